"""Hand-made analyses for the web tests: no model, no knowledge base, offsets found in the text.

Three clean documents (Japanese with an embedded post, a Japanese follow-up that repeats an event,
English) and one hostile document whose title, text, post author, entity name and evidence carry
script and attribute-breaking payloads.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from newsgraph.model import (
    ActorRef,
    Analysis,
    Document,
    Entity,
    Event,
    Mention,
    Post,
    Segmentation,
    Span,
    TimeValue,
)
from newsgraph.store import Store

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_ee4defb6909103be.txt"

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
PAYLOADS = (SCRIPT, IMG)
HOSTILE_ID = "local:" + SCRIPT

PUTIN = Entity(
    "wiki:Vladimir_Putin", "PERSON", {"en": ("Vladimir Putin",), "ja": ("プーチン",)}, "RUS", "GOV"
)
RUSSIA = Entity("wiki:Russia", "COUNTRY", {"en": ("Russia",), "ja": ("ロシア",)}, "RUS")
PRK = Entity("wiki:North_Korea", "COUNTRY", {"en": ("North Korea",), "ja": ("北朝鮮",)}, "PRK")
JAPAN = Entity("wiki:Japan", "COUNTRY", {"en": ("Japan",)}, "JPN")
USA = Entity("wiki:United_States", "COUNTRY", {"en": ("United States",)}, "USA")
KREMLIN = Entity(
    "wiki:Presidential_Administration_of_Russia",
    "ORG",
    {"en": ("Presidential Administration of Russia",), "ja": ("ロシア大統領府",)},
    "RUS",
    "GOV",
)
REUTERS = Entity("wiki:Reuters", "MEDIA", {"en": ("Reuters",)}, None, "MED")
HOSTILE = Entity(HOSTILE_ID, "PERSON", {"en": (IMG,)}, "PRK")


def ref(e: Entity) -> ActorRef:
    return ActorRef(e.id, e.country, e.sector)


def span_of(text: str, part: str, after: int = 0) -> Span:
    at = text.index(part, after)
    return Span(at, at + len(part))


def mention(text: str, part: str, entity: Entity, after: int = 0) -> Mention:
    return Mention(span_of(text, part, after), part, entity.id, entity.type)


def doc(doc_id: str, text: str, **kw: object) -> Document:
    return Document(
        id=doc_id,
        text=text,
        content_hash=hashlib.sha1(text.encode()).hexdigest(),
        **kw,  # type: ignore[arg-type]
    )


def sentence_of(text: str, part: str) -> tuple[Span, str]:
    """The sentence (ended by 。 or . or a line end) that holds `part`."""
    at = text.index(part)
    dot = text.rfind(". ", 0, at)
    start = max(text.rfind("。", 0, at) + 1, text.rfind("\n", 0, at) + 1, dot + 2 if dot >= 0 else 0)
    ends = [i + 1 for i in (text.find("。", at), text.find(". ", at)) if i >= 0]
    if text.find("\n", at) >= 0:
        ends.append(text.find("\n", at))
    end = min(ends) if ends else len(text)
    return Span(start, end), text[start:end]


def event(
    text: str, trigger: str, type_: str, source: list[Entity], target: list[Entity], **kw: object
) -> Event:
    span, evidence = sentence_of(text, trigger)
    return Event(
        type=type_,
        span=span,
        evidence=evidence,
        source=tuple(ref(e) for e in source),
        target=tuple(ref(e) for e in target),
        trigger=trigger,
        trigger_span=span_of(text, trigger, span.start),
        confidence=0.8,
        **kw,  # type: ignore[arg-type]
    )


def putin_visit() -> Analysis:
    """Japanese prose and an embedded post: a planned visit (attributed) and undated military aid."""
    text = (
        "ロシアのプーチン大統領が18日夜から北朝鮮を訪問する予定です。24年ぶりの訪朝となります。\n"
        "【速報】プーチン氏 24年ぶり訪朝へ\n"
        "ロシア大統領府は、プーチン大統領が18日から北朝鮮を訪問すると明らかに"
        "— 報道ステーション+土日ステ (@hst_tvasahi) June 17, 2024\n"
        "北朝鮮はこれまで秘密裏にロシアへ弾薬や短距離弾道ミサイルの供与を行ってきました。"
    )
    post_start = text.index("【速報】")
    post_end = text.index("2024\n", post_start) + 4
    post = Post(
        Span(post_start, post_end),
        "twitter",
        "報道ステーション+土日ステ",
        "hst_tvasahi",
        "2024-06-17",
        "【速報】プーチン氏 24年ぶり訪朝へ",
        status_url="https://twitter.com/hst_tvasahi/status/1",
    )
    mentions = (
        mention(text, "ロシア", RUSSIA),
        mention(text, "プーチン大統領", PUTIN),
        mention(text, "北朝鮮", PRK),
        mention(text, "プーチン氏", PUTIN),
        mention(text, "ロシア大統領府", KREMLIN),
        mention(text, "プーチン大統領", PUTIN, post_start),
        mention(text, "北朝鮮", PRK, post_start),
        mention(text, "北朝鮮", PRK, post_end),
        mention(text, "ロシア", RUSSIA, post_end),
    )
    times = (
        TimeValue(span_of(text, "18日夜"), "18日夜", "2024-06-18", part="night", anchor="published"),
        TimeValue(span_of(text, "24年ぶり"), "24年ぶり", "P24Y", kind="duration"),
    )
    visit = event(
        text,
        "訪問する予定",
        "CONSULT",
        [PUTIN],
        [PRK],
        mode="visit",
        date="2024-06-18/2024-06-19",
        status="planned",
        attribution=(KREMLIN.id,),
        event_id="ev_putin_visit",
    )
    aid = event(text, "供与", "AID", [PRK], [RUSSIA], mode="military", event_id="ev_prk_aid")
    return Analysis(
        doc("ja_putin_visit", text, title="プーチン大統領、24年ぶり訪朝へ", published="2024-06-18"),
        Segmentation((), (post,), ()),
        mentions,
        (PUTIN, RUSSIA, PRK, KREMLIN),
        times,
        (visit, aid),
    )


def putin_followup() -> Analysis:
    """A second Japanese document repeating the visit: it merges into the same event."""
    text = "プーチン大統領は18日、北朝鮮を訪問する。"
    visit = event(
        text,
        "訪問する",
        "CONSULT",
        [PUTIN],
        [PRK],
        mode="visit",
        date="2024-06-18",
        status="planned",
        event_id="ev_b",
    )
    return Analysis(
        doc("ja_followup", text, title="プーチン氏訪朝", published="2024-06-18"),
        Segmentation((), (), ()),
        (mention(text, "プーチン大統領", PUTIN), mention(text, "北朝鮮", PRK)),
        (PUTIN, PRK),
        (TimeValue(span_of(text, "18日"), "18日", "2024-06-18", anchor="published"),),
        (visit,),
    )


def english_sanctions() -> Analysis:
    """English: a call for pressure (desired) and sanctions reported by an outlet."""
    text = (
        "On 13 October 2017 Japan called for maximum pressure on North Korea. "
        "The United States imposed sanctions on North Korea in March 2023, Reuters reported."
    )
    pressure = event(
        text, "called for", "SANCTION", [JAPAN], [PRK], date="2017-10-13", status="desired", event_id="ev_jpn"
    )
    sanction = event(
        text,
        "imposed sanctions",
        "SANCTION",
        [USA],
        [PRK],
        date="2023-03",
        attribution=(REUTERS.id,),
        event_id="ev_usa",
    )
    return Analysis(
        doc("en_sanctions", text, title="Pressure on North Korea", published="2023-03-20", language="en"),
        Segmentation((), (), ()),
        (
            mention(text, "Japan", JAPAN),
            mention(text, "North Korea", PRK),
            mention(text, "United States", USA),
            mention(text, "North Korea", PRK, text.index("United States")),
            mention(text, "Reuters", REUTERS),
        ),
        (JAPAN, PRK, USA, REUTERS),
        (
            TimeValue(span_of(text, "13 October 2017"), "13 October 2017", "2017-10-13"),
            TimeValue(span_of(text, "March 2023"), "March 2023", "2023-03"),
        ),
        (pressure, sanction),
    )


def hostile() -> Analysis:
    """A document whose every untrusted field tries to run script or break out of an attribute."""
    text = (
        f"{SCRIPT} threatened North Korea. {IMG} said so.\n"
        f"A post {SCRIPT} {IMG}\n— {SCRIPT} (@evil) June 1, 2024\n"
        f"The end {IMG}"
    )
    post_start = text.index("A post")
    post_end = text.index("2024", post_start) + 4
    post = Post(
        Span(post_start, post_end),
        "twitter",
        f"{SCRIPT}{IMG}",
        "evil",
        "2024-06-01",
        f"A post {SCRIPT} {IMG}",
        hashtags=(SCRIPT,),
        status_url="javascript:alert(2)",
    )
    threat = event(
        text,
        "threatened",
        "THREATEN",
        [HOSTILE],
        [PRK],
        date="2024-06-01",
        attribution=(HOSTILE_ID,),
        event_id="ev_hostile",
    )
    return Analysis(
        doc(
            "hostile",
            text,
            title=f"{SCRIPT}{IMG}",
            url="javascript:alert(3)",
            source=IMG,
            published="2024-06-01",
        ),
        Segmentation((), (post,), ()),
        (mention(text, SCRIPT, HOSTILE), mention(text, "North Korea", PRK), mention(text, IMG, HOSTILE)),
        (HOSTILE, PRK),
        (TimeValue(span_of(text, "June 1, 2024"), "June 1, 2024", "2024-06-01", anchor="post"),),
        (threat,),
    )


def clean() -> list[Analysis]:
    """The three well-behaved documents."""
    return [putin_visit(), putin_followup(), english_sanctions()]


def build(path: Path, analyses: list[Analysis]) -> Path:
    """A database file at `path` holding `analyses`, one batch each (so events merge across them)."""
    store = Store(path)
    for a in analyses:
        store.write([a])
    return path


CHINA = Entity("wiki:China", "COUNTRY", {"en": ("China",)}, "CHN")
KOREA = Entity("wiki:South_Korea", "COUNTRY", {"en": ("South Korea",)}, "KOR")

# (document id, published, sentence, trigger, type, source, target, event date, status)
_DATED = [
    (
        "d_w10",
        "2024-03-08",
        "Japan met China that week.",
        "met",
        "CONSULT",
        JAPAN,
        CHINA,
        "2024-W10",
        "asserted",
    ),
    (
        "d_0320",
        "2024-03-20",
        "Japan accused China.",
        "accused",
        "ACCUSE",
        JAPAN,
        CHINA,
        "2024-03-20",
        "asserted",
    ),
    (
        "d_0322",
        "2024-03-22",
        "China threatened Japan.",
        "threatened",
        "THREATEN",
        CHINA,
        JAPAN,
        "2024-03-21",
        "asserted",
    ),
    (
        "d_0415",
        "2024-04-15",
        "Japan aided South Korea.",
        "aided",
        "AID",
        JAPAN,
        KOREA,
        "2024-04-15",
        "asserted",
    ),
    (
        "d_0416",
        "2024-04-16",
        "South Korea plans to meet Japan.",
        "meet",
        "CONSULT",
        KOREA,
        JAPAN,
        "2024-04-16",
        "planned",
    ),
    (
        "d_05",
        "2024-05-30",
        "China seized Japanese boats in May.",
        "seized",
        "COERCE",
        CHINA,
        JAPAN,
        "2024-05",
        "asserted",
    ),
]


def dated() -> list[Analysis]:
    """Events dated at every granularity (a week, days, a month) between Japan, China and Korea."""
    out = []
    for doc_id, published, text, trigger, type_, source, target, date, status in _DATED:
        ev = event(
            text, trigger, type_, [source], [target], date=date, status=status, event_id=f"ev_{doc_id}"
        )
        out.append(
            Analysis(
                doc(doc_id, text, title=text, published=published),
                Segmentation((), (), ()),
                (),
                (source, target),
                (),
                (ev,),
            )
        )
    return out
