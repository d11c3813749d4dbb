"""The trigger lexicon and the status and attribution cues, read from YAML data files.

`Lexicon.load()` reads `lexicon.yaml` and `cues.yaml` beside this module, checks them against the
schema described at the top of each file, and compiles one regular expression per language so that
finding triggers in a sentence is a single scan (longest match first).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import KnowledgeBaseError
from newsgraph.events.lexicon_en import EnglishLexicon, check_trigger, read_english
from newsgraph.model import PLOVER_TYPES, Clause

HERE = Path(__file__).parent
STATUSES = ("negated", "desired", "suspected", "expected", "planned", "ongoing")
_TRIGGER_KEYS = {"type", "mode", "frame", "target", "ja", "en", "of", "context", "not", "examples"}


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: the words and what they code."""

    type: str
    mode: str | None
    frame: str
    target_required: bool
    of_role: str  # role of `X の trigger`: "auto" (by frame), "source" or "target"
    words: tuple[str, ...]
    context: tuple[str, ...] = ()
    self_target: bool = False  # with no target named, the source acts on its own country (戒厳)
    not_context: tuple[str, ...] = ()  # everyday senses: the word inside one of these does not count
    examples: tuple[str, ...] = ()  # sentences written for the entry; a data test codes each
    proofs: tuple[tuple[str, str], ...] = ()  # (stem, the sentence written for it) of a `ja` mapping
    intent: bool = False  # an intention (be ready to, vow): its content's type decides (types.yaml)


@dataclass(frozen=True)
class TriggerMatch:
    start: int  # offsets into the sentence
    end: int
    surface: str
    trigger: Trigger


@dataclass(frozen=True)
class Cues:
    priority: tuple[str, ...]
    clause: dict[str, tuple[str, ...]]
    sentence: dict[str, tuple[str, ...]]
    regex: dict[str, tuple[re.Pattern[str], ...]]
    past_progressive: tuple[str, ...]
    reported: tuple[str, ...]
    speech: tuple[str, ...]
    analysis: tuple[str, ...]
    generic_sources: tuple[str, ...]
    reversal_after: tuple[str, ...] = ()
    reversal_before: tuple[str, ...] = ()
    reversal_types: tuple[tuple[str, str], ...] = ()
    street: tuple[str, ...] = ()
    crowd: tuple[str, ...] = ()
    joint: tuple[str, ...] = ()
    forces: tuple[str, ...] = ()
    refusal_after: tuple[str, ...] = ()
    refusal_types: tuple[tuple[str, str], ...] = ()

    def undone(self, type_: str, after: str) -> str:
        """The type of an act `type_` that the text `after` its trigger undoes (制裁を解除: CONCEDE),
        else `type_` itself."""
        if any(after.lstrip().startswith(c) for c in self.reversal_after) or _UNDONE_AFTER.match(after):
            return dict(self.reversal_types).get(type_, type_)
        return type_

    def undone_before(self, type_: str, before: str) -> str:
        """The type of an act `type_` an English verb `before` its trigger undoes (suspended a military
        agreement: REJECT; halted its offensive: RETREAT), else `type_` itself."""
        verbs = "|".join(re.escape(c) for c in self.reversal_before)
        if verbs and re.search(_UNDOING_VERB.format(verbs), before.lower()):
            return dict(self.reversal_types).get(type_, type_)
        return type_


# An undoing verb after an adverb of a few characters (首脳会談を急きょ中止, 支援を全面的に停止), not
# after a clause of its own (攻撃を受けて停止: what stopped is something else).
_UNDONE_AFTER = re.compile(
    r"を(?:(?![てでをがはとの])[\u3040-\u309f\u4e00-\u9fff]){1,5}?(?:停止|中止|中断|打ち切|凍結|撤回|解除|撤廃)"
)
# An undoing verb, then at most a determiner and three words (U.S., its own), right before the trigger.
_UNDOING_VERB = r"\b(?:{})\s+(?:(?:a|an|the|its|their|his|her|all)\s+)?(?:[a-z0-9.'’-]+\s+){{0,3}}$"


def _fail(path: Path, entry: str, message: str) -> KnowledgeBaseError:
    return KnowledgeBaseError(message, path=str(path), entry=entry)


def _read_triggers(path: Path) -> list[Trigger]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, where built
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(data, dict) or not isinstance(data.get("triggers"), list):
        raise _fail(path, "", "expected a mapping with a `triggers` list")
    out = []
    for i, raw in enumerate(data["triggers"]):
        where = f"triggers[{i}]"
        check_trigger(raw, path, where, _TRIGGER_KEYS)
        frame = raw.get("frame", "transitive")
        of_role = raw.get("of", "auto")
        if of_role not in ("auto", "source", "target"):
            raise _fail(path, where, "of is `source` or `target`")
        proofs = _proofs(raw.get("ja"), path, f"{where}.ja")
        words = (
            [*(stem for stem, _ in proofs), *raw.get("en", [])]
            if proofs
            else [*(raw.get("ja") or []), *(raw.get("en") or [])]
        )
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise _fail(path, where, "needs non-empty `ja` or `en` word lists")
        out.append(
            Trigger(
                type=raw["type"],
                mode=raw.get("mode"),
                frame=frame,
                target_required=raw.get("target", "required") == "required",
                of_role=of_role,
                words=tuple(words),
                context=_strings(raw.get("context"), path, f"{where}.context"),
                self_target=raw.get("target") == "self",
                not_context=_strings(raw.get("not"), path, f"{where}.not"),
                examples=(
                    *_strings(raw.get("examples"), path, f"{where}.examples"),
                    *(sentence for _, sentence in proofs),
                ),
                proofs=proofs,
            )
        )
    return out


def _proofs(node: Any, path: Path, where: str) -> tuple[tuple[str, str], ...]:
    """The (stem, sentence) pairs of a `ja` mapping, each sentence holding its stem; () for a list."""
    if not isinstance(node, dict):
        return ()
    for stem, sentence in node.items():
        if not isinstance(stem, str) or not stem.strip() or not isinstance(sentence, str):
            raise _fail(path, f"{where}.{stem}", "maps a stem to a sentence written for it")
        if stem not in sentence:
            raise _fail(path, f"{where}.{stem}", f"the sentence written for {stem!r} does not hold it")
    return tuple(node.items())


def _strings(node: Any, path: Path, where: str) -> tuple[str, ...]:
    if node is None:
        return ()
    if not isinstance(node, list) or not all(isinstance(s, str) for s in node):
        raise _fail(path, where, "expected a list of strings")
    return tuple(node)


def _read_cues(path: Path) -> Cues:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    status = data.get("status", {})
    if set(status) - set(STATUSES):
        raise _fail(path, "status", f"unknown statuses {sorted(set(status) - set(STATUSES))}")
    priority = _strings(data.get("priority"), path, "priority")
    if set(priority) != set(STATUSES):
        raise _fail(path, "priority", f"must list each of {STATUSES} once")
    att = data.get("attribution", {})
    rev = data.get("reversal", {})
    refusal = data.get("refusal", {})
    return Cues(
        priority=priority,
        clause={k: _strings(v.get("clause"), path, f"status.{k}.clause") for k, v in status.items()},
        sentence={k: _strings(v.get("sentence"), path, f"status.{k}.sentence") for k, v in status.items()},
        regex={
            k: tuple(re.compile(r) for r in _strings(v.get("regex"), path, f"status.{k}.regex"))
            for k, v in status.items()
        },
        past_progressive=_strings(data.get("past_progressive"), path, "past_progressive"),
        reported=_strings(att.get("reported"), path, "attribution.reported"),
        speech=_strings(att.get("speech"), path, "attribution.speech"),
        analysis=_strings(att.get("analysis"), path, "attribution.analysis"),
        generic_sources=_strings(att.get("generic_sources"), path, "attribution.generic_sources"),
        reversal_after=_strings(rev.get("after"), path, "reversal.after"),
        reversal_before=_strings(rev.get("before"), path, "reversal.before"),
        reversal_types=tuple(_reversal_types(rev.get("types", {}), path, "reversal.types")),
        street=_strings(data.get("street"), path, "street"),
        crowd=_strings(data.get("crowd"), path, "crowd"),
        joint=_strings(data.get("joint"), path, "joint"),
        forces=_strings(data.get("forces"), path, "forces"),
        refusal_after=_strings(refusal.get("after"), path, "refusal.after"),
        refusal_types=tuple(_reversal_types(refusal.get("types", {}), path, "refusal.types")),
    )


def _reversal_types(node: Any, path: Path, entry: str) -> list[tuple[str, str]]:
    if not isinstance(node, dict) or not all(
        k in PLOVER_TYPES and v in PLOVER_TYPES for k, v in node.items()
    ):
        raise _fail(path, entry, "maps PLOVER types to PLOVER types")
    return list(node.items())


def english_forms(phrase: str) -> tuple[str, ...]:
    """A verb phrase and the inflections of its first word: attack → attacks, attacked, attacking.

    Lexicon entries list the base form; irregular forms are listed in the lexicon as they are.
    """
    head, _, rest = phrase.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {head}
    if head.endswith(("ed", "ing")) or not head.isalpha():
        return (phrase,)
    if head.endswith("e"):
        forms |= {head + "s", head + "d", head[:-1] + "ing"}
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms |= {head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {head + "es", head + "ed", head + "ing"}
    else:
        forms |= {head + "s", head + "ed", head + "ing"}
    return tuple(f + tail for f in sorted(forms))


def _everyday(sentence: str, start: int, end: int, contexts: tuple[str, ...]) -> bool:
    """Whether the match `[start, end)` overlaps one of `contexts` in the sentence (記者会見 for 会見し,
    意見が衝突 for 衝突し, 金融緩和 for 緩和し): the word is used in its everyday sense there."""
    for c in contexts:
        k = sentence.find(c)
        while k >= 0:
            if k < end and start < k + len(c):
                return True
            k = sentence.find(c, k + 1)
    return False


def _katakana(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch == "\u30fc"


def _inside_loanword(sentence: str, start: int, end: int) -> bool:
    """Whether a katakana match is part of a longer katakana word (デモ in デモクラシー, テロ in
    テロリスト): no word boundary separates it from the katakana around it."""
    before = sentence[start - 1] if start > 0 else ""
    after = sentence[end] if end < len(sentence) else ""
    return (_katakana(sentence[start]) and _katakana(before)) or (
        _katakana(sentence[end - 1]) and _katakana(after)
    )


# A stem of a noun, its case particle and a verb (輸入を再開, 制裁を解除, 逮捕状を発付, 戦闘が激化).
# Adverbs between a clause-final サ変 noun and its object or quotation (これに強く反発。).
_CLIPPED_ADVERBS = ("強く", "激しく", "猛烈に", "改めて", "重ねて", "一斉に", "直ちに", "即座に")
# Verbs news writes in kana as often as in kanji (対抗措置をとる, 圧力をかける): a stem with the kanji
# also matches the kana.
_KANA_VERBS = {"取": "と", "掛": "か"}
_KANA_VERB = re.compile(r"(取|掛)([らりるれろっけか])")
_PHRASE_STEM = re.compile(r"(?P<noun>[^をにが]{2,})(?P<particle>[をにが])(?P<verb>[^をにが]{2,})")


# A サ変 noun: two or more kanji (否定, 反発).
_SAHEN = re.compile(r"[\u4e00-\u9fff]{2,}")


def _sahen_noun(word: str, stems: set[str]) -> str | None:
    """The noun of a サ変 verb's stem written with し (占領し: 占領), unless the noun is a stem of its own
    (訪問, which covers the verb's forms itself); else None."""
    noun = word[:-1]
    return noun if word.endswith("し") and _SAHEN.fullmatch(noun) and noun not in stems else None


def _sahen_forms(word: str, stems: set[str]) -> tuple[str, ...]:
    """A Japanese stem with the forms it stands for: a サ変 verb's stem written with し (占領し) also in
    its other forms that keep it a verb (占領する, 占領された, 占領させた), never the bare noun."""
    noun = _sahen_noun(word, stems)
    forms = (word, noun + "す", noun + "さ") if noun is not None else (word,)
    return tuple(dict.fromkeys(v for f in forms for v in (f, _KANA_VERB.sub(_in_kana, f))))


def _in_kana(m: re.Match[str]) -> str:
    return _KANA_VERBS[m.group(1)] + m.group(2)


def _inflecting_stem(verb: str) -> str:
    """A verb without the kana ending it inflects (取る: 取, 問う: 問); a サ変 noun (再開) stays whole."""
    stem = verb.rstrip("うくぐすつぬぶむる")
    return stem if stem and stem != verb and not stem.endswith(("す", "し")) else verb


def _is_latin(word: str) -> bool:
    return all(c.isascii() for c in word)


class Lexicon:
    """Triggers and cues, compiled for matching. English comes from `english` (lexicon_en.yaml,
    matched on lemmas) where it is given, else from the `en` words of the trigger file."""

    def __init__(self, triggers: list[Trigger], cues: Cues, english: EnglishLexicon | None = None) -> None:
        self.triggers = triggers
        self.cues = cues
        self.english = english
        by_word: dict[str, Trigger] = {}
        stems = {w for t in triggers for w in t.words}
        for t in triggers:
            for w in t.words:
                if english is not None and _is_latin(w):
                    continue
                forms = english_forms(w.lower()) if _is_latin(w) else _sahen_forms(w, stems)
                for form in forms:
                    by_word.setdefault(form, t)
        self._by_word = by_word
        ja = sorted((w for w in by_word if not _is_latin(w)), key=len, reverse=True)
        en = sorted((w for w in by_word if _is_latin(w)), key=len, reverse=True)
        # an empty word list matches nothing (an empty alternation would match everywhere)
        self._ja = re.compile("|".join(map(re.escape, ja)) or "(?!)")
        self._en = re.compile(r"\b(?:" + ("|".join(map(re.escape, en)) or "(?!)") + r")\b", re.IGNORECASE)
        # 輸入を再開, 制裁を解除, 戦闘が激化: phrases of a noun, its particle and a verb, for the parse
        # to find with words between them (輸入を一部再開, 制裁を全面的に解除, 戦闘が各地で激化)
        self._phrases: dict[str, list[tuple[str, str, str]]] = {}
        for w in ja:
            m = _PHRASE_STEM.fullmatch(w)
            if m:
                self._phrases.setdefault(m["particle"], []).append((m["noun"], m["verb"], w))
        # (a comma may stand between: 輸入を事実上、停止する; the parse decides whether they are one)
        # (a noun in quotes, 「対抗措置」を取る, is the same phrase)
        # (a verb inflects: 対抗措置を取った, 取らざるを得ない; the parse gives its lemma)
        split = [
            f"{re.escape(n)}[」』]?{p}[^。]{{0,12}}?{re.escape(_inflecting_stem(v))}"
            for p, xs in self._phrases.items()
            for n, v, _ in xs
        ]
        self._split = re.compile("|".join(split) or "(?!)")
        # 関与を否定。, …と反発、: a サ変 noun whose verb form (否定し) is an entry, ending a clause
        # with its own object or quotation before it, is that verb with する left out
        clipped = sorted(
            (noun for w in ja if (noun := _sahen_noun(w, stems)) is not None), key=len, reverse=True
        )
        # (an adverb may stand between: これに強く反発。)
        after = "|".join(f"(?<=[をとに]{a})" for a in ("", *_CLIPPED_ADVERBS))
        self._clipped = re.compile(
            rf"(?:{after})(?:{'|'.join(map(re.escape, clipped))})(?=[。、」]|$)" if clipped else "(?!)"
        )

    @classmethod
    def load(
        cls,
        lexicon: Path = HERE / "lexicon.yaml",
        cues: Path = HERE / "cues.yaml",
        english: Path | None = HERE / "lexicon_en.yaml",
    ) -> Lexicon:
        """Read and check the data files; raises KnowledgeBaseError naming the file and entry.
        With `english` None, English comes from the `en` words of `lexicon`."""
        return cls(_read_triggers(lexicon), _read_cues(cues), read_english(english) if english else None)

    def find(self, sentence: str, clauses: Sequence[Clause] = (), base: int = 0) -> list[TriggerMatch]:
        """Trigger matches in `sentence`, longest first where they overlap, in text order; English
        ones from the parse's `clauses` where there are any (document offsets, `base` the sentence's
        start)."""
        found = []
        if self.english is not None and _has_latin_word(sentence):
            found.extend(self.english.find(sentence, clauses, base))
        for rx in (self._ja, self._en) if self.english is None else (self._ja,):
            for m in rx.finditer(sentence):
                word = m.group(0)
                key = word.lower() if _is_latin(word) else word
                trigger = self._by_word[key]
                if self._holds(sentence, m.start(), m.end(), trigger):
                    found.append(TriggerMatch(m.start(), m.end(), word, trigger))
        for m in self._clipped.finditer(sentence):
            # 口論を展開。: the bare noun keeps its verb's contexts and everyday senses
            trigger = self._by_word[m.group(0) + "し"]
            if self._holds(sentence, m.start(), m.end(), trigger):
                found.append(TriggerMatch(m.start(), m.end(), m.group(0), trigger))
        found.extend(self._split_phrases(sentence, clauses, base))
        found.sort(key=lambda t: (t.start, -(t.end - t.start)))
        out: list[TriggerMatch] = []
        for t in found:
            if out and t.start < out[-1].end:
                continue
            out.append(t)
        return out

    @staticmethod
    def _holds(sentence: str, start: int, end: int, trigger: Trigger) -> bool:
        """Whether a match of `trigger` at `sentence[start:end]` counts: a context it needs is in the
        sentence, it is no part of an everyday sense (`not`) or of a loanword."""
        if trigger.context and not any(c in sentence for c in trigger.context):
            return False
        if trigger.not_context and _everyday(sentence, start, end, trigger.not_context):
            return False
        return not _inside_loanword(sentence, start, end)

    def _split_phrases(self, sentence: str, clauses: Sequence[Clause], base: int) -> list[TriggerMatch]:
        """Phrase stems (輸入を再開) the parse finds with words between the noun's particle and the
        verb (輸入を一部再開した): the subject, object or dative's head word ends with the noun, the predicate
        begins with the verb. The match runs from the noun to the verb, words between included."""
        out: list[TriggerMatch] = []
        for c in clauses:
            if c.language != "ja":
                continue
            verb_at = c.predicate.start - base
            for a in c.arguments:
                particle = a.marker[:1]
                head_end = a.head.end - base
                if particle not in self._phrases or not 0 <= head_end < verb_at:
                    continue
                # 「対抗措置」を取る: a noun in quotes carries the verb as the bare noun does
                quoted = sentence.startswith(("」", "』"), head_end)
                at = head_end + 1 if quoted else head_end
                if not sentence.startswith(particle, at):
                    continue
                head = sentence[a.head.start - base : head_end]
                for noun, verb, stem in self._phrases[particle]:
                    if not head.endswith(noun):
                        continue
                    if sentence.startswith(verb, verb_at):
                        if not quoted and verb_at == at + 1:
                            break  # written together, the stem itself matches (or its contexts rule it out)
                        end = verb_at + len(verb)
                    elif verb in (c.lemma, c.light) and sentence.startswith(_inflecting_stem(verb), verb_at):
                        end = c.predicate.end - base  # 対抗措置を取った: the verb inflected
                    else:
                        continue
                    start = head_end - len(noun)
                    out.append(TriggerMatch(start, end, sentence[start:end], self._by_word[stem]))
                    break
        return out

    def has_trigger(self, sentence: str) -> bool:
        """Cheap test used to decide which sentences deserve a parse."""
        if self._split.search(sentence) or self._clipped.search(sentence):
            return True  # 輸入を一部再開: a phrase the parse may find with words between
        if self.english is not None:
            return bool(self._ja.search(sentence) or self.english.has_trigger(sentence))
        return bool(self._ja.search(sentence) or self._en.search(sentence))


def _has_latin_word(sentence: str) -> bool:
    return re.search(r"[A-Za-z]{2}", sentence) is not None


@functools.cache
def default_lexicon() -> Lexicon:
    """The built-in lexicon, loaded once per process."""
    return Lexicon.load()
