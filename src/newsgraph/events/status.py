"""Status and attribution of an event: the modality and negation cues of the trigger's clause, and who
the claim is credited to (`X によると`, `according to X`, `X の分析`, a generic source, a speaker
`X は、…と述べた` / `X said`). The parsed clause's own chain, where there is one, is read by
`events.clausal.status` first.
"""

from __future__ import annotations

import re
from typing import cast

from newsgraph.events.args import clause_end
from newsgraph.events.japanese import CONTRAST_WORDS
from newsgraph.events.lexicon import Cues, TriggerMatch
from newsgraph.events.types import having
from newsgraph.model import Mention, Status

SPEAKER_TYPES = ("PERSON", "ORG", "MEDIA", "COUNTRY")
# Speech acts: 〜ている on them is their result, not a continuing action.
VERBAL = having("verbal")
STANCES = having("stance")
# A completed clause subordinated to a noun (…した際, …したことへの): what follows belongs to
# the clause above it.
_SUBORDINATE_END = re.compile(r"た(?:際|時|とき|後|ことへの|ことに対する|ことを受け|ことから|ことで)")
# A condition written right after the trigger and closing its clause (解放しなければ、, 攻撃すれば、,
# 強行するなら、, 続ける限り、): where the parse has no clause of its own for it (inside a quotation);
# also an act awaited, told in the non-past before まで (要求が受け入れられるまで: until it is done).
_CONDITION = re.compile(
    r"[^、。「」]{0,5}?(?:ば|たら|なら|限り)、|[^、。「」]{0,6}?場合(?:は|には|でも|、)|[^、。「」]{0,5}?[るい]まで(?!に)"
)
# Measures that take effect when they are announced: 規制を解除すると発表した, 交渉を中断すると発表した
# report the decision made, not a plan (a visit announced, 訪問すると明らかにした, is still to come);
# so does an agreement (和平案に同意すると発表した: it agrees).
ENACTED = frozenset({"SANCTION", "CONCEDE", "REJECT", "AGREE"})
# The planned cues that only report an announcement (すると発表, すると表明, すると決め).
_ANNOUNCED = "すると"


def _written(cue: str, window: str) -> bool:
    """Whether `cue` is in `window`: an English cue as whole words (not in another, noted), and not
    as what the act is measured against (a day later than planned, went ahead as planned)."""
    if not cue.isascii():
        return cue in window
    return re.search(rf"(?<![a-z])(?<!than )(?<!as ){re.escape(cue)}(?![a-z])", window) is not None


# The quotative と closing a predicate reported as done, and the verb of saying after it (…したと
# している, …したと発表しています): what follows is the report's.
_TOLD = re.compile(r"[ただ]と(?:して|し|述べ|発表|語|明らか|主張|指摘|強調|伝え|報じ|説明)")
# A stance not given up (撤退を求める立場を崩さなかった, 要求する姿勢を変えていない): the act it holds is
# kept, its negation no negation of the act.
_KEPT = re.compile(
    r"(?:立場|姿勢|主張|方針|態度|構え)を(?:崩|変え|曲げ|改め|譲)(?:さ|ら|し|っ)?(?:なかった|ない|ず|ていない|ておらず)"
)
# A quotation in Japanese, whose words are the speaker's (「制裁は…寄与しない」).
_QUOTED = re.compile(r"「[^「」]*」")
# A condition after an English trigger (if attacks continue, unless talks resume).
_IF_EN = re.compile(r"\b(?:if|unless|in case)\b", re.IGNORECASE)
# The start of what a speech act says (warned that…).
_THAT = re.compile(r"\bthat\b")
# A verb's infinitive content right after a speech act (agreed to continue, pledged to keep).
_TO_CONTENT = re.compile(r"\s+to\s+(?:continue|keep|maintain|remain|go on|pursue)\b")
# A verb in the past coordinated after the trigger's (…and called for, …and said), which starts a
# predicate of its own.
_AND_VERB = re.compile(r"\band\s+(?:[a-z]+ed|said|told|made|took|gave|sent|held|met|went|threatened)\b")
# An infinitive negated after a speech act's addressee (urged Ukraine not to attack).
_NOT_TO = re.compile(r"\bnot\s+to\b")
# The month May, which the modal may's cue must not read (a strike on May 17, in early May).
_MONTH_MAY = re.compile(
    r"\bMay(?=\s+\d)|(?<=\d )May\b|\b(?i:in|on|of|since|until|by|from|early|late|mid-|last|next|this) May\b"
)


def condition(text: str, t: TriggerMatch) -> bool:
    """Whether the trigger's clause is written as a condition of the next one."""
    return bool(_CONDITION.match(text, t.end))


def status_of(cues: Cues, text: str, t: TriggerMatch, language: str, stop: int | None = None) -> Status:
    """The status the cues give a trigger's clause (from the trigger to the clause end or `stop`)."""
    end = clause_end(text, t.end)
    if stop is not None:
        end = min(end, stop)
    if language != "en" and (told := _TOLD.search(text, t.end, end)):
        end = told.start() + 1  # …死亡したとしています: the ている is the report's, not the act's
    opened, closed = text.rfind("「", 0, t.start), text.find("」", t.end)
    if language != "en" and opened > text.rfind("」", 0, t.start) and closed >= 0:
        end = min(end, closed)  # 「…に反対する」と強調している: a quotation's predicate ends in it
    if language != "en" and (sub := _SUBORDINATE_END.search(text, t.end, end)):
        # 訪問した際の演習…とみられ: the cue is the main clause's, the trigger's clause ended
        end = sub.start() + 1
    if language == "en" or text.isascii():
        if t.trigger.type in VERBAL and (told := _THAT.search(text, t.start, end)):
            # Iran warned that it will retaliate: the modality of what is said is its content's;
            # the warning is made
            end = told.start()
        if cond := _IF_EN.search(text, t.end, end):
            # warned Iran of retaliation if attacks continue: the condition's verbs are not the act's
            end = cond.start()
        if t.trigger.type in VERBAL and _TO_CONTENT.match(text, t.end):
            # agreed to continue talks: what is agreed to goes on, the agreement is made
            end = t.end
        if joined := _AND_VERB.search(text, t.end, end):
            # lodged a strong protest and called for its retraction: the next verb's words are its own
            end = joined.start()
        if t.trigger.type in VERBAL and (kept_from := _NOT_TO.search(text, t.end, end)):
            # urged Ukraine not to attack, warned its citizens not to travel: the negation is of what
            # is asked, the asking is made
            end = kept_from.start()
        # the trigger's own words are no cue of its status (called for: the call is made)
        own = text[max(0, t.start - 30) : t.start] + " " + "_" * (t.end - t.start) + " " + text[t.end : end]
        window = _MONTH_MAY.sub("Month", own).lower()
        after = window
    else:
        # 「制裁は…寄与しない」と反発した: a quotation after the trigger is the speaker's words, whose
        # negation and modality are its own predicates', not the trigger's
        start = t.start
        if t.trigger.type == "REQUEST" and (asked := t.surface.rfind("よう")) >= 0:
            start += asked  # 攻撃しないよう要求した: the negation is of what is asked, not of the request
        window = _KEPT.sub("", _QUOTED.sub("「」", text[start:end]))
        after = _KEPT.sub("", _QUOTED.sub("「」", text[t.end : end]))
    found: set[str] = set()
    enacted = _enacted(cues, text, t)
    for status in cues.priority:
        clause = cues.clause.get(status, ())
        if status == "planned" and enacted:
            clause = tuple(c for c in clause if not c.startswith(_ANNOUNCED))
        if any(_written(c, window) for c in clause):
            found.add(status)
        if any(_written(c, text[: t.start]) for c in cues.sentence.get(status, ())):
            found.add(status)
        if any(rx.search(after) for rx in cues.regex.get(status, ())):
            found.add(status)
    if (
        "ongoing" in found
        and language != "en"
        and (
            any(p in window for p in cues.past_progressive)
            or (t.trigger.type in VERBAL and t.trigger.type not in STANCES and t.trigger.frame != "visit")
        )
    ):
        # A past progressive reports a finished fact; 〜ている on a speech act is its result, not
        # a continuing action (「…」を非難しています has criticised). A visit goes on while the
        # visitor is there (米国を訪問している首相), a stance while it is kept (反対している).
        found.discard("ongoing")
    for status in cues.priority:
        if status in found:
            return cast(Status, status)
    return "asserted"


def _enacted(cues: Cues, text: str, t: TriggerMatch) -> bool:
    """Whether the trigger, after any undoing cue (制裁を解除: CONCEDE), is a measure enacted by its
    announcement."""
    return cues.undone(t.trigger.type, text[t.end : t.end + 12]) in ENACTED


# A modal noun with が (対話する用意があると述べた, 協議する必要があると語った): the speaker's own
# stance, no other subject whose words the speaker reports.
_MODAL_GA = re.compile(r"(?:用意|意思|覚悟|必要|必要性|可能性|考え|予定|意向|余地|準備)が(?=あ|な)")
# が after a predicate, joining two clauses (表明したが、…攻撃していた): but, no subject.
_BUT = re.compile(r"(?<=[たるいすだ])が、")


# An English speaker: a name, the body of its that speaks (Qatar's foreign ministry, the Russian Defence
# Ministry), then the verb of saying.
_EN_SPEAKER = re.compile(
    r"(?:'s?|’s?)?(?:\s+(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ss]tate|[Mm]ilitary|[Aa]rmy|[Gg]overnment|[Mm]inistry"
    r"|[Oo]ffice|[Oo]fficials?|[Ss]pokes(?:man|woman|person)|[Pp]residential|[Ee]mbassy|[Aa]uthorities|[Pp]olice"
    r"|[Cc]oast|[Gg]uard|[Cc]ommand|[Mm]inister|[Pp]rosecutors?)){0,4}"
    r"\s+(?:said|says|reported|told|announced|stated|revealed|disclosed)\b"
)
# What closes an outlet's name in a dateline: BANGKOK (Reuters) -, SEOUL (Yonhap) --.
# The dash that ends a dateline (BANGKOK (Reuters) -, CAIRO –).
_DASH = r"(?:-|–|—|--)"
_DATELINE_OUTLET = re.compile(rf"\s*[)）]\s*{_DASH}")


# What follows the place of an English dateline: a date, the outlet in brackets, and a dash
# (CAIRO –, LONDON, Feb. 8 (Yonhap) --, KYIV, Ukraine (AP) —).
_DATELINE_PLACE = re.compile(rf"(?:,[^–—()\n]{{1,24}})?\s*(?:[(（][^)）\n]{{1,30}}[)）]\s*)?{_DASH}\s")


def dateline_place(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`–`end` of `text` is the place of a dateline the text opens with,
    written in capitals (CAIRO – Paramilitary forces stormed…): where the story was filed, no party."""
    return not text[:start].strip() and text[start:end].isupper() and bool(_DATELINE_PLACE.match(text, end))


def dateline_outlet(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`–`end` of `text` is in a dateline's brackets (BANGKOK (Reuters) -)."""
    return bool(_DATELINE_OUTLET.match(text, end)) and text[:start].rstrip().endswith(("(", "（"))


# A contrast that closes one clause and opens the next (…空爆を行ったが、ハマス側は…, …一方で、).
_CONTRAST_JA = re.compile(rf"(?:{CONTRAST_WORDS}|一方で)、")
# A verb's continuative form closing a clause (空爆し、, 攻撃を行い、, 撃ち込み、).
_CONTINUED_JA = re.compile(r"(?<=[\u4e00-\u9fff\u3041-\u3093])[しいりきちみびぎえけせめべれじて]、")


def _spoken_by_next_topic(cues: Cues, text: str, rel: int, ends: list[int]) -> bool:
    """Whether the verb of speech after a topic ending at `rel` comes after a contrast that opens a
    clause with a topic of its own (`ends`: where the sentence's actors end): that topic speaks, not
    this one (イスラエル軍は…空爆を行ったが、ハマス側は攻撃は失敗したと主張). So does a clause the
    topic's own verb closes with its continuative form, with no subject of its own before it
    (イスラエル軍は…を空爆し、シリア国営メディアは…と伝えた)."""
    contrast = _CONTRAST_JA.search(text, rel)
    continued = _CONTINUED_JA.search(text, rel)
    if (
        continued is not None
        and "が" not in text[rel + 1 : continued.start()]
        and (contrast is None or continued.start() < contrast.start())
    ):
        contrast = continued
    if contrast is None:
        return False
    said = [k for c in cues.speech if (k := text.find(c, rel)) >= 0]
    topic = any(e >= contrast.end() and text.startswith(("は", "側は", "も"), e) for e in ends)
    return topic and bool(said) and min(said) >= contrast.end()


def _topic_on_topic(text: str, rel: int, actors: list[Mention], base: int) -> bool:
    """Whether the topic ending at `rel` is followed right away by another actor's topic (ロシア外務省
    はアサド大統領は…と発表した): the first is the speaker's, the second that of what is said."""
    return any(
        m.span.start - base > rel
        and _BEFORE_TOPIC.fullmatch(text, rel + 1, m.span.start - base)
        and text.startswith(("は", "も"), m.span.end - base)
        for m in actors
    )


# What may stand between two topics (ロシア外務省は、ベラルーシの大統領は): a comma, the owner of the second.
_BEFORE_TOPIC = re.compile(r"[、\s]*(?:[^、。「」はがをにでと]{1,15}の)?")


# What follows an outlet that someone speaks to (ロイターに対し, NHKの取材に, 共同通信のインタビューで).
_TOLD_TO = re.compile(r"(?:に対し|の(?:単独)?(?:取材|インタビュー)(?:に|で))")


def attribution(
    cues: Cues, text: str, actors: list[Mention], types: list[str], base: int
) -> tuple[set[int], list[str], int | None]:
    """(actors to keep out of the roles, attribution ids in order, the speaker's index) for one
    sentence.

    Sources are `X によると`, `according to X`, `X の分析`, a generic source (関係者によると), and a
    speaker: `X は、…が…と報じた` or `X said`.
    """
    reported: list[str] = []
    quiet: set[int] = set()
    speaker: int | None = None
    owned: set[int] = set()  # where a generic source that names an actor's people ends
    for i, m in enumerate(actors):
        rel = m.span.end - base
        tail = text[rel : rel + 12]
        if tail.startswith("など"):
            tail = tail[2:]  # 国防省などによりますと: the source with others unnamed
        # 防衛省関係者によりますと: the people of X it names are X's
        of = next((g for g in cues.generic_sources if tail.startswith(g)), "")
        if of and any(tail.startswith(c, len(of)) for c in cues.reported):
            tail = tail[len(of) :]
            owned.add(rel + len(of))
        head = text[max(0, m.span.start - base - 14) : m.span.start - base].lower()
        if (
            head.rstrip(" ,").endswith("according to")
            or any(tail.startswith(c) for c in cues.reported)
            # X の分析 / X の報道 credit X, but X の報道官 names a person of X's
            or any(
                re.match(rf"[^、。]{{0,3}}の{re.escape(c)}(?![\u4e00-\u9fff])", tail) for c in cues.analysis
            )
        ):
            reported.append(m.entity_id)
            quiet.add(i)
        elif types[i] == "MEDIA" and dateline_outlet(text, m.span.start - base, rel):
            quiet.add(i)  # BANGKOK (Reuters) - …: the outlet that files the story, no party to it
        elif types[i] == "MEDIA" and _TOLD_TO.match(text, rel):
            # エジプト関係筋はロイターに対し…と語った, NHKの取材に対し: the outlet told is how the story is
            # known, no party to what is told
            reported.append(m.entity_id)
            quiet.add(i)
        elif dateline_place(text, m.span.start - base, rel):
            quiet.add(i)  # CAIRO – …: where the story was filed
    found = [(k, g) for g in cues.generic_sources if (k := text.find(g)) >= 0]
    for k, g in found:
        wider = any(j <= k and k + len(g) <= j + len(h) and h != g for j, h in found)
        # 政府関係者によると (not 関係者 again); 防衛省関係者によると credits the ministry alone
        if wider or k + len(g) in owned:
            continue
        if any(text.startswith(c, k + len(g)) for c in cues.reported):
            reported.append(f"local:{g}")
    if any(c in text for c in cues.speech):
        for i, m in enumerate(actors):
            rel = m.span.end - base
            if types[i] not in SPEAKER_TYPES:
                continue
            later = any(a.span.start - base > rel for a in actors)
            # 情報機関「国家情報院」は: a name in brackets speaks as well
            rel += 1 if text.startswith(("」は", "』は"), rel) else 0
            ja_speaker = (
                text.startswith("は", rel)
                and later
                and (
                    "が" in _BUT.sub("", _MODAL_GA.sub("", text[rel + 1 :]))
                    or _topic_on_topic(text, rel, actors, base)
                )
            )
            if ja_speaker and _spoken_by_next_topic(cues, text, rel, [a.span.end - base for a in actors]):
                continue
            en_speaker = _EN_SPEAKER.match(text, rel)
            if ja_speaker or en_speaker:
                reported.append(m.entity_id)
                quiet.add(i)
                speaker = i
                break
    return quiet, reported, speaker
