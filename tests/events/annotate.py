"""Hand-made annotation for event tests: mentions from a small alias table, no model, no KB."""

from __future__ import annotations

import re

from newsgraph.events import EventCoder
from newsgraph.model import Document, Entity, Event, Mention, Span, TimeValue
from newsgraph.resolve import merged_events, resolve_document
from newsgraph.segment import dated, segment

# surface → (id, type, country, sector)
ALIASES: dict[str, tuple[str, str, str | None, str | None]] = {
    "北朝鮮": ("wiki:North_Korea", "COUNTRY", "PRK", None),
    "ロシア": ("wiki:Russia", "COUNTRY", "RUS", None),
    "ロ": ("wiki:Russia", "COUNTRY", "RUS", None),
    "日本": ("wiki:Japan", "COUNTRY", "JPN", None),
    "韓国": ("wiki:South_Korea", "COUNTRY", "KOR", None),
    "中国": ("wiki:China", "COUNTRY", "CHN", None),
    "台湾": ("wiki:Taiwan", "COUNTRY", "TWN", None),
    "米国": ("wiki:United_States", "COUNTRY", "USA", None),
    "アメリカ": ("wiki:United_States", "COUNTRY", "USA", None),
    "ウクライナ": ("wiki:Ukraine", "COUNTRY", "UKR", None),
    "イラン": ("wiki:Iran", "COUNTRY", "IRN", None),
    "イスラエル": ("wiki:Israel", "COUNTRY", "ISR", None),
    "日本政府": ("wiki:Government_of_Japan", "ORG", "JPN", "GOV"),
    "ロシア外務省": ("wiki:Ministry_of_Foreign_Affairs_(Russia)", "ORG", "RUS", "GOV"),
    "岸田首相": ("wiki:Fumio_Kishida", "PERSON", "JPN", "GOV"),
    "プーチン大統領": ("wiki:Vladimir_Putin", "PERSON", "RUS", "GOV"),
    "金正恩総書記": ("wiki:Kim_Jong_Un", "PERSON", "PRK", "GOV"),
    "ゼレンスキー大統領": ("wiki:Volodymyr_Zelenskyy", "PERSON", "UKR", "GOV"),
    "ロシア軍": ("wiki:Russian_Armed_Forces", "ORG", "RUS", "MIL"),
    "ウクライナ軍": ("wiki:Armed_Forces_of_Ukraine", "ORG", "UKR", "MIL"),
    "中国海警局": ("wiki:China_Coast_Guard", "ORG", "CHN", "GOV"),
    "共同通信": ("wiki:Kyodo_News", "MEDIA", "JPN", "MED"),
    "読売新聞": ("wiki:The_Yomiuri_Shimbun", "MEDIA", "JPN", "MED"),
    "国連": ("wiki:United_Nations", "ORG", None, "IGO"),
    "ソウル": ("wiki:Seoul", "GPE", "KOR", None),
    "平壌": ("wiki:Pyongyang", "GPE", "PRK", None),
    "モンゴル": ("wiki:Mongolia", "COUNTRY", "MNG", None),
    "NHK": ("wiki:NHK", "MEDIA", "JPN", "MED"),
    "Japan": ("wiki:Japan", "COUNTRY", "JPN", None),
    "China": ("wiki:China", "COUNTRY", "CHN", None),
    "Russia": ("wiki:Russia", "COUNTRY", "RUS", None),
    "Ukraine": ("wiki:Ukraine", "COUNTRY", "UKR", None),
    "North Korea": ("wiki:North_Korea", "COUNTRY", "PRK", None),
    "South Korea": ("wiki:South_Korea", "COUNTRY", "KOR", None),
    "the United States": ("wiki:United_States", "COUNTRY", "USA", None),
    "Iran": ("wiki:Iran", "COUNTRY", "IRN", None),
    "Israel": ("wiki:Israel", "COUNTRY", "ISR", None),
    "Reuters": ("wiki:Reuters", "MEDIA", "GBR", "MED"),
    "India": ("wiki:India", "COUNTRY", "IND", None),
    "Pakistan": ("wiki:Pakistan", "COUNTRY", "PAK", None),
    "ハマス": ("wiki:Hamas", "ORG", "PSE", None),
    "Kyiv": ("wiki:Kyiv", "GPE", "UKR", None),
}
# One-character abbreviations count only inside compounds, as the linker reads them.
_ABBR = re.compile(r"(?<=[対訪])ロ")


def annotate(text: str) -> tuple[list[Mention], list[Entity]]:
    """Longest-match mentions of the alias table in `text`."""
    words = sorted((w for w in ALIASES if len(w) > 1), key=len, reverse=True)
    rx = re.compile("|".join(map(re.escape, words)))
    spans = [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]
    spans += [(m.start(), m.end(), m.group()) for m in _ABBR.finditer(text)]
    mentions = [Mention(Span(s, e), w, ALIASES[w][0], ALIASES[w][1]) for s, e, w in sorted(spans)]  # type: ignore[arg-type]
    entities = {v[0]: Entity(v[0], v[1], country=v[2], sector=v[3]) for v in ALIASES.values()}  # type: ignore[arg-type]
    return mentions, list(entities.values())


def code(text: str, published: str = "2024-06-18", times: list[tuple[str, str]] = ()) -> list[Event]:
    """Merged events of `text` as a one-document article published on `published`.

    `times` are (expression, value) pairs standing in for the time stage.
    """
    doc = Document(id="t", text=text, published=published, published_how="metadata")
    seg = segment(doc)
    doc = dated(doc, seg)
    mentions, entities = annotate(text)
    tvs = [
        TimeValue(Span(m.start(), m.end()), expr, value)
        for expr, value in times
        for m in re.finditer(re.escape(expr), text)
    ]
    events = EventCoder().code(doc, seg, mentions, entities, tvs)
    return merged_events(resolve_document(doc.id, events))


def countries(refs) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.country for r in refs if r.country}
