"""The English trigger lexicon, on lemmas: verbs, phrasal verbs, nominal predicates and phrases.

`lexicon_en.yaml` lists each PLOVER type's English predicates by lemma. Where the sentence was
parsed, a trigger is a clause whose lemma the lexicon holds (`events.clauses_en` reads clauses off
spaCy's parse): a verb by its lemma (banned → ban), a phrasal verb by its lemma and particle (called
off → call off), a noun only where it heads a clause of its own, with an event argument (of,
against, on, by, a possessor) or as the object of a light verb (launch an attack, hold talks, stage
a protest). Fixed phrases (go on strike, be ready to) are matched in the text with the inflections
of their first word. An entry with `objects` holds verbs that code only with one of those nouns as
their parsed object (lift a night curfew, eased emergency measures): never on unparsed text, but a
sentence holding such a verb is parsed. An unparsed sentence is matched on the text: every
inflection of every other lemma.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from newsgraph.errors import KnowledgeBaseError
from newsgraph.model import PLOVER_TYPES, Clause

if TYPE_CHECKING:
    from newsgraph.events.lexicon import Trigger, TriggerMatch

HERE = Path(__file__).parent
# Nouns that count or group what a verb acts on (dozens of missiles, a barrage of rockets).
_QUANTITIES = frozenset(
    {"barrage", "barrages", "couple", "dozen", "dozens", "flurry", "hundreds", "number", "pair", "salvo"}
    | {"salvos", "scores", "series", "swarm", "swarms", "thousands", "total", "volley", "volleys", "wave"}
    | {"waves"}
)
_KEYS = {
    "type",
    "mode",
    "frame",
    "target",
    "verbs",
    "nouns",
    "phrases",
    "objects",
    "intent",
    "modals",
    "context",
    "not",
    "examples",
    "of",
}
# How a trigger reads its roles (events.frames); one list for the Japanese and English lexicons.
FRAMES = ("transitive", "visit", "symmetric", "give", "receive", "attack", "refuge")
_VOWELS = "aeiou"
_PREPOSITIONS = {"on", "for", "to", "with", "against", "into", "from", "of", "over", "about", "at"}


# Verbs of force that news also uses of words (attacked the government over its handling of…).
_ATTACK_IN_WORDS = frozenset({"attack", "slam", "blast", "hit out"})


@dataclass(frozen=True)
class EnglishEntry:
    """One entry of `lexicon_en.yaml`: what it codes and the lemmas that code it."""

    type: str
    mode: str | None
    frame: str
    target: str  # required | optional | self
    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    phrases: tuple[str, ...]
    context: tuple[str, ...] = ()
    not_context: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()  # the verbs code only with one of these nouns as their object
    intent: bool = False  # an expressed intention: the act it commits to decides its type
    modals: tuple[str, ...] = ()  # the verbs code only where what they report holds one of these
    of_role: str = "auto"  # "target": a noun naming a wrong, whoever commits it is its target

    @property
    def size(self) -> int:
        return len(self.verbs) + len(self.nouns) + len(self.phrases)


def verb_forms(lemma: str, irregular: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A verb lemma (or phrasal verb, or phrase) with the inflections of its first word: ban → bans,
    banned, banning; withdraw → withdrew, withdrawn from the lexicon's irregular forms. A final
    consonant after one vowel is written both doubled and not (expel → expelled, visit → visited):
    the extra form never occurs, so it costs nothing."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {head, *irregular.get(head, ())}
    if head.isalpha():
        if head.endswith("e"):
            forms |= {head + "s", head + "d", head[:-1] + "ing"}
        elif head.endswith("y") and head[-2:-1] not in _VOWELS:
            forms |= {head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
        elif head.endswith(("s", "sh", "ch", "x", "z")):
            forms |= {head + "es", head + "ed", head + "ing"}
        else:
            forms |= {head + "s", head + "ed", head + "ing"}
            if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", head):
                forms |= {head + head[-1] + "ed", head + head[-1] + "ing"}
    return tuple(sorted(f + tail for f in forms))


def noun_forms(lemma: str) -> tuple[str, ...]:
    """A noun lemma and its plural (attack → attacks, sanctions stays, crisis → crises)."""
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma, lemma + "es")
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return (lemma, lemma[:-1] + "ies")
    return (lemma, lemma + "s")


class EnglishLexicon:
    """English triggers compiled for matching on a parse or, without one, on the text."""

    def __init__(
        self, entries: list[EnglishEntry], light: Sequence[str], irregular: dict[str, tuple[str, ...]]
    ) -> None:
        from newsgraph.events.lexicon import Trigger

        self.entries = entries
        self.light = frozenset(light)
        self.triggers: list[Trigger] = []
        self.verbs: dict[str, Trigger] = {}
        self.nouns: dict[str, Trigger] = {}
        self._prepositional: dict[str, Trigger] = {}  # call on, appeal to: verb lemma and preposition
        # lift a curfew, ease restrictions: verb lemma → (object nouns and plurals, entry)
        self._with_object: dict[str, list[tuple[frozenset[str], Trigger]]] = {}
        # said Sudan must return: verb lemma → (modals of the reported clause, entry)
        self._with_modal: dict[str, list[tuple[frozenset[str], Trigger]]] = {}
        gated: set[str] = set()  # their verbs' forms: a sentence holding one deserves a parse
        phrases: dict[str, Trigger] = {}
        forms: dict[str, Trigger] = {}
        for e in entries:
            t = Trigger(
                type=e.type,
                mode=e.mode,
                frame=e.frame,
                target_required=e.target == "required",
                of_role=e.of_role,
                words=(*e.verbs, *e.nouns, *e.phrases),
                context=e.context,
                self_target=e.target == "self",
                not_context=e.not_context,
                examples=e.examples,
                intent=e.intent,
            )
            self.triggers.append(t)
            if e.modals:
                for v in e.verbs:
                    self._with_modal.setdefault(v, []).append((frozenset(e.modals), t))
                gated.update(e.modals)  # a sentence saying X must… deserves a parse
                continue
            if e.objects:
                objects = frozenset(f for o in e.objects for f in noun_forms(o))
                for v in e.verbs:
                    self._with_object.setdefault(v, []).append((objects, t))
                    gated.update(verb_forms(v, irregular))
                continue
            for v in e.verbs:
                self.verbs.setdefault(v, t)
                for f in verb_forms(v, irregular):
                    forms.setdefault(f, t)
            for n in e.nouns:
                self.nouns.setdefault(n, t)
                for f in noun_forms(n):
                    forms.setdefault(f, t)
            for p in e.phrases:
                words = p.split()
                if len(words) == 2 and words[1] in _PREPOSITIONS:
                    self._prepositional.setdefault(p, t)
                for f in verb_forms(p, irregular):
                    phrases.setdefault(f, t)
                    forms.setdefault(f, t)
        self._forms = forms
        self._phrases = phrases
        self._any = _Words(forms)
        self._phrase_rx = _Words(phrases)
        self._gated = _Words(gated)

    def has_trigger(self, sentence: str) -> bool:
        return self._any.search(sentence) or self._gated.search(sentence)

    def find(self, sentence: str, clauses: Sequence[Clause] = (), base: int = 0) -> list[TriggerMatch]:
        """Trigger matches in `sentence` (offsets into it), longest first where they overlap, in
        text order. `clauses` (document offsets; `base` is the sentence's start) are its parse."""
        from newsgraph.events.lexicon import TriggerMatch

        english = [c for c in clauses if c.language == "en"]
        found: list[TriggerMatch] = []
        rx = self._phrase_rx if english else self._any
        table = self._phrases if english else self._forms
        for a, b in rx.finditer(sentence):
            found.append(TriggerMatch(a, b, sentence[a:b], table[sentence[a:b].lower()]))
        for k, c in enumerate(clauses):
            if c.language != "en":
                continue
            entry = (
                self._verbal_attack(k, clauses)
                or self._clause_trigger(c, sentence, base)
                or self._modal_trigger(k, clauses)
            )
            if entry is not None:
                a, b = c.predicate.start - base, c.predicate.end - base
                found.append(TriggerMatch(a, b, sentence[a:b], entry))
        found = [
            m for m in found if _fits(sentence, m) and not _before_infinitive(sentence, m, english, base)
        ]
        found = self._without_light(found, english, base)
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        out: list[TriggerMatch] = []
        for m in found:
            if out and m.start < out[-1].end:
                continue
            out.append(m)
        return out

    def _clause_trigger(self, c: Clause, sentence: str = "", base: int = 0) -> Trigger | None:
        """The entry of a clause: a noun's by its lemma; a verb's by its lemma and the preposition
        of one of its arguments (called on X, called Thursday on X, appealed to X for help), else
        by its lemma with its particle, else by its lemma alone; a verb of an `objects` entry by its
        lemma and its object's head (lifted a night curfew) first."""
        if c.nominal:
            return self.nouns.get(c.lemma)
        entries = self._with_object.get(c.lemma, ())
        # airspace was violated by drones: a passive's subject is the verb's object
        patient = ("object", "subject") if c.voice == "passive" else ("object",)
        heads = [a.text.lower() for a in c.args(*patient)] if entries else []
        # launched dozens of ballistic missiles, fired a barrage of rockets: a quantity heads the
        # object, the nouns after its `of` are what is launched
        heads += [
            w.lower()
            for a in (c.args(*patient) if entries else ())
            if a.text.lower() in _QUANTITIES
            for w in sentence[a.head.end - base : a.span.end - base].split()[1:]
        ]
        # summoned South Korean Ambassador Lee Do-hoon: a title before the name heads it (the words
        # from it to the head all capitalised, a name, not a phrase it owns)
        titles = [
            w.lower()
            for a in (c.args("object") if entries else ())
            for words in [sentence[a.span.start - base : a.head.end - base].split()]
            for i, w in enumerate(words[:-1])
            if all(x[:1].isupper() for x in words[i + 1 :])
        ]
        for objects, entry in entries:
            named = [*heads, *(w for w in titles if w in objects)]
            # launched a missile and drone attack: an act the verb carries besides the entry's own
            # objects is what it codes, not the missile (a lifted curfew is the entry's own)
            # (a wave of drone strikes: the words after `of` are as written, strikes for strike)
            carried = any(
                (h in self.nouns or (h.endswith("s") and h[:-1] in self.nouns)) and h not in objects
                for h in named
            )
            if not carried and any(h in objects for h in named):
                return entry
        for a in c.arguments:
            t = self._prepositional.get(f"{c.lemma} {a.marker}") if a.marker in _PREPOSITIONS else None
            if t is not None:
                return t
        head = c.lemma.partition(" ")[0]
        return self.verbs.get(c.lemma) or self.verbs.get(head)

    def _verbal_attack(self, k: int, clauses: Sequence[Clause]) -> Trigger | None:
        """The criticism entry for a verb of attack aimed at someone for a stated reason (South Korea
        attacked Russia for what it called an irresponsible decision; attacked the government over its
        handling of the crisis): words, not force. A reason is a clause of its own after for or over,
        or an act named by a noun; a time (for the third night) or a place (over the border) is none."""
        c = clauses[k]
        if c.lemma not in _ATTACK_IN_WORDS or not c.args("object"):
            return None
        reasons = {a.head for a in c.args("oblique") if a.marker in ("for", "over")}
        for d in clauses:
            if not any(x.kind == "complement" and x.other == k for x in d.links):
                continue
            reason = d.predicate in reasons if d.nominal else d.predicate.start > c.predicate.end
            if reason:
                return self.verbs.get("criticize")
        return None

    def _modal_trigger(self, k: int, clauses: Sequence[Clause]) -> Trigger | None:
        """The entry of a verb of saying whose report holds one of its `modals` and a subject of its
        own (Russia said Sudan must return the helicopter: a demand on Sudan)."""
        c = clauses[k]
        for modals, entry in self._with_modal.get(c.lemma, ()):
            speaker = {a.head for a in c.args("subject")}
            for d in clauses:
                subject = {a.head for a in d.args("subject")}
                reports = any(x.kind == "report" and x.other == k for x in d.links)
                if reports and modals & set(d.chain) and subject and not subject & speaker:
                    return entry
        return None

    def _without_light(
        self, found: list[TriggerMatch], clauses: Sequence[Clause], base: int
    ) -> list[TriggerMatch]:
        """A light verb that carries a trigger noun is no trigger itself (launched an attack)."""
        out = []
        for t in found:
            c = next((c for c in clauses if c.predicate.start - base == t.start and not c.nominal), None)
            # a phrase that runs over the noun (lodged a protest) is the trigger, not the verb alone
            carried = c is not None and c.lemma in self.light and t.end <= c.predicate.end - base
            if (
                carried
                and c is not None
                and any(
                    u is not t and a.head.start - base <= u.start < a.head.end - base
                    for u in found
                    for a in c.args("object")
                )
            ):
                continue
            out.append(t)
        return out


def _fits(sentence: str, t: TriggerMatch) -> bool:
    """The entry's required context is in the sentence, at the start of a word (aid, not the aid in
    said; weapon in weapons), and no everyday sense overlaps the match."""
    trig = t.trigger
    low = sentence.lower()
    if trig.context and not any(_word_start(low, c) for c in trig.context):
        return False
    for c in trig.not_context:
        k = low.find(c)
        while k >= 0:
            if k < t.end and t.start < k + len(c):
                return False
            k = low.find(c, k + 1)
    return True


def _before_infinitive(sentence: str, m: TriggerMatch, clauses: Sequence[Clause], base: int) -> bool:
    """Whether a phrase that ends in `to` (weapons to, aid to) ends on the marker of an infinitive,
    not on the preposition of whom the act is for: weapons to help Ukraine (the verb after it is a
    clause of its own, with `to` in its chain)."""
    if not sentence[m.start : m.end].lower().endswith(" to"):
        return False
    rest = sentence[m.end :]
    at = m.end + len(rest) - len(rest.lstrip())
    return any(c.predicate.start - base == at and "to" in c.chain and not c.nominal for c in clauses)


def _word_start(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` where no letter comes right before it."""
    k = text.find(word)
    while k >= 0:
        if k == 0 or not text[k - 1].isalpha():
            return True
        k = text.find(word, k + 1)
    return False


_WORD = re.compile(r"\w+")


class _Words:
    """Forms (lower case, each beginning and ending with a word character) found as whole words,
    case-insensitively, the longest at each place, left to right without overlap: what one
    alternation `\\b(?:form|…)\\b` of them, longest first, finds, but by a look-up of each word of
    the text among the forms that begin with it instead of a try of every form at every place
    (the alternation of 4,700 forms took a seventh of the pipeline's time on English news)."""

    def __init__(self, forms: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for f in forms:
            first = _WORD.match(f)
            if first is None or not _WORD.fullmatch(f[-1]):
                raise ValueError(f"an English form begins and ends with a letter or digit: {f!r}")
            by_first.setdefault(first.group(0), []).append(f)
        self._by_first = {k: sorted(v, key=len, reverse=True) for k, v in by_first.items()}

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each match in `text`."""
        end = 0
        for w in _WORD.finditer(text):
            start = w.start()
            if start < end:
                continue
            for form in self._by_first.get(w.group(0).lower(), ()):
                stop = start + len(form)
                if text[start:stop].lower() == form and not _WORD.match(text, stop):
                    yield start, stop
                    end = stop
                    break

    def search(self, text: str) -> bool:
        """Whether `text` holds a match."""
        return next(self.finditer(text), None) is not None


def check_trigger(raw: object, path: Path, where: str, keys: set[str]) -> None:
    """Refuse a lexicon entry that is not a mapping of `keys` with a PLOVER type, a known frame and a
    target rule (both lexicons' entries)."""
    if not isinstance(raw, dict):
        raise _fail(path, where, "each trigger is a mapping")
    unknown = set(raw) - keys
    if unknown:
        raise _fail(path, where, f"unknown keys {sorted(unknown)}")
    if raw.get("type") not in PLOVER_TYPES:
        raise _fail(path, where, f"type {raw.get('type')!r} is not a PLOVER type")
    if raw.get("frame", "transitive") not in FRAMES:
        raise _fail(path, where, f"frame {raw.get('frame')!r} is not one of {FRAMES}")
    if raw.get("target", "required") not in ("required", "optional", "self"):
        raise _fail(path, where, "target is `required`, `optional` or `self`")


def _fail(path: Path, entry: str, message: str) -> KnowledgeBaseError:
    return KnowledgeBaseError(message, path=str(path), entry=entry)


def _strings(node: Any, path: Path, where: str) -> tuple[str, ...]:
    if node is None:
        return ()
    if not isinstance(node, list) or not all(isinstance(s, str) and s.strip() for s in node):
        raise _fail(path, where, "expected a list of strings")
    return tuple(s.strip() for s in node)


def read_english(path: Path = HERE / "lexicon_en.yaml") -> EnglishLexicon:
    """Read and check `lexicon_en.yaml`; raises KnowledgeBaseError naming the file and entry."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, where built: ten times faster
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(data, dict) or not isinstance(data.get("triggers"), list):
        raise _fail(path, "", "expected a mapping with a `triggers` list")
    irregular_node = data.get("irregular") or {}
    if not isinstance(irregular_node, dict):
        raise _fail(path, "irregular", "maps a lemma to its irregular forms")
    irregular = {k: _strings(v, path, f"irregular.{k}") for k, v in irregular_node.items()}
    entries = []
    for i, raw in enumerate(data["triggers"]):
        where = f"triggers[{i}]"
        check_trigger(raw, path, where, _KEYS)
        entry = EnglishEntry(
            type=raw["type"],
            mode=raw.get("mode"),
            frame=raw.get("frame", "transitive"),
            target=raw.get("target", "required"),
            verbs=tuple(v.lower() for v in _strings(raw.get("verbs"), path, f"{where}.verbs")),
            nouns=tuple(n.lower() for n in _strings(raw.get("nouns"), path, f"{where}.nouns")),
            phrases=tuple(p.lower() for p in _strings(raw.get("phrases"), path, f"{where}.phrases")),
            context=tuple(c.lower() for c in _strings(raw.get("context"), path, f"{where}.context")),
            not_context=tuple(c.lower() for c in _strings(raw.get("not"), path, f"{where}.not")),
            examples=_strings(raw.get("examples"), path, f"{where}.examples"),
            objects=tuple(o.lower() for o in _strings(raw.get("objects"), path, f"{where}.objects")),
            intent=raw.get("intent") is True,
            modals=tuple(m.lower() for m in _strings(raw.get("modals"), path, f"{where}.modals")),
            of_role=raw.get("of", "auto"),
        )
        if entry.of_role not in ("auto", "target"):
            raise _fail(path, where, "`of` is `target` or left out")
        if (entry.objects or entry.modals) and (not entry.verbs or entry.nouns or entry.phrases):
            raise _fail(path, where, "`objects` and `modals` go with `verbs` alone")
        if not entry.size:
            raise _fail(path, where, "needs `verbs`, `nouns` or `phrases`")
        entries.append(entry)
    return EnglishLexicon(entries, _strings(data.get("light"), path, "light"), irregular)


@functools.cache
def default_english() -> EnglishLexicon:
    """The built-in English lexicon, loaded once per process."""
    return read_english()


def light_verbs() -> frozenset[str]:
    """Verbs that carry an event noun as their object (launch an attack, hold talks)."""
    return default_english().light
