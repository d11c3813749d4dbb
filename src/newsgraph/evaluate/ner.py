"""Named-entity evaluation on stockmark's Japanese Wikipedia NER set (`ner.json`).

`evaluate_ner(path)` runs GiNZA once over the sentences (`nlp.pipe`) and scores two systems on the
same spans, exact match, micro-averaged:

- **ginza**: GiNZA's own entity spans with their ENE labels mapped by `GINZA_TYPES`;
- **newsgraph**: the KB linker over each sentence, with GiNZA's spans repaired from the same
  parse (`link.spans_from_doc`: whole person names, names found by their endings) as its NER
  input, plus the repaired spans it does not cover. Each span is typed by (1) the KB entity's type
  and sector for linked mentions (`_kb_type`), else (2) a naming rule on the span's ending
  (`SUFFIX_TYPES`: 株式会社 is a company, 党 a political organisation, 駅 a facility, 戦争 an
  event; universities are companies and schools facilities, as stockmark files them), else (3)
  `GINZA_TYPES`, else (4) the type of the local entity the linker made. Spans with a label GiNZA
  gives unreliably (`UNTRUSTED_LABELS`) count only when rule (2) types them, and a span GiNZA
  took for a title or number (Position_Vocation, Ordinal_Number) counts when rule (2) types it
  (民主党, 第13師団). A family (伊藤家) is scored as its family name, a person. A span followed by
  の戦い/の乱/の役/の変 is a battle or rebellion and grows over it; an event's year or edition
  written before it (2008年, 第25回) is part of its name. Mentions that are not names in
  stockmark's sense are left out: bare titles resolved to office holders (首相) and the title or
  honorific after a person's name (プーチン大統領 is scored as プーチン); one-character country
  abbreviations (米, 独) are places there, as in stockmark.

Stockmark's eight types and what maps to them:

    人名            PERSON; GiNZA Person
    法人名          MEDIA, ORG with sector BUS; GiNZA Company, Company_Group, Corporation_Other, Newspaper
    政治的組織名    ORG with sector GOV, LEG, PTY, MIL, JUD, IGO; GiNZA Government, Political_Party,
                    Political_Organization_Other, Military, Cabinet, International_Organization
    その他の組織名  ORG with other or no sector; GiNZA Organization_Other, sports organisations,
                    School, Research_Institute, Public_Institution, Show_Organization, Family
    地名            COUNTRY, GPE, LOC; GiNZA Country, City, Province, regions, seas, rivers, islands...
    施設名          GiNZA facilities: Facility_Other, Airport, Station, Port, Road, Bridge, Park, Museum...
    製品名          WORK; GiNZA products and works: Product_Other, Car, Train, Book, Movie, Music, Game...
    イベント名      EVENT; GiNZA Event_Other, Occasion_Other, War, Conference, Incident_Other...

Returns `{"newsgraph": {...}, "ginza": {...}, "n_sentences": N}`, each system with `typed` and
`span` precision, recall and F1 and the counts behind them. The data are read where they are (the
shared folder), never copied; nothing is learnt from them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from newsgraph.kb import KnowledgeBase, default_kb
from newsgraph.link import Linker, spans_from_doc
from newsgraph.link._scan import is_katakana
from newsgraph.model import Mention

Span3 = tuple[int, int, str]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


STOCKMARK_TYPES = (
    "人名",
    "法人名",
    "政治的組織名",
    "その他の組織名",
    "地名",
    "施設名",
    "製品名",
    "イベント名",
)

_GINZA_GROUPS: dict[str, tuple[str, ...]] = {
    "人名": _words("Person"),
    "法人名": _words("Company Company_Group Corporation_Other Newspaper"),
    "政治的組織名": _words(
        "Government Political_Party Political_Organization_Other Military Cabinet International_Organization"
    ),
    "その他の組織名": _words(
        "Organization_Other Pro_Sports_Organization Sports_Organization_Other Sports_League "
        "Show_Organization School Research_Institute Public_Institution Family"
    ),
    "地名": _words(
        "Country City Province County GPE_Other Domestic_Region Continental_Region Region_Other "
        "Geological_Region_Other Location_Other Sea Bay Lake River Mountain Island Water_Route "
        "Spa Astral_Body_Other Planet"
    ),
    "施設名": _words(
        "Facility_Other Facility_Part Airport Station Port Car_Stop Railroad Road Bridge Tunnel "
        "Park Museum Theater Worship_Place Sports_Facility Amusement_Park Zoo Line_Other "
        "Archaeological_Place_Other Tumulus"
    ),
    "製品名": _words(
        "Product_Other Car Train Aircraft Ship Spaceship Vehicle_Other Weapon Book Movie Music "
        "Game Show Broadcast_Program Magazine Printing_Other Art_Other Character Drug Clothing"
    ),
    "イベント名": _words(
        "Event_Other Occasion_Other War Conference Incident_Other Natural_Disaster Earthquake "
        "Religious_Festival"
    ),
}

GINZA_TYPES: dict[str, str] = {label: st for st, labels in _GINZA_GROUPS.items() for label in labels}

_POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "MIL", "JUD", "IGO"})

# Japanese naming by ending, longest first within each type; the first type whose ending matches
# wins, in this order (a 神社 is a facility before 社 makes it a company). Juridical persons
# (協会, 財団, 組合) are companies and research institutes facilities, as stockmark files them.
SUFFIX_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "施設名",
        _words(
            "神社 寺 大社 神宮 教会 大聖堂 駅 空港 飛行場 港 城 橋 ホール 劇場 球場 "
            "スタジアム 競技場 競輪場 競馬場 アリーナ 美術館 博物館 図書館 公園 タワー ビル "
            "病院 支店 本店 トンネル ダム 発電所 基地 宮殿 御所 街道 国道 高速道路 本線 "
            "霊園 遺跡 古墳 庭園 水族館 動物園 植物園 工場 キャンパス センター 機関区 "
            "高等学校 高校 中学校 小学校 学校 ホテル インターチェンジ ブリッジ カレッジ "
            "造船所 天文台 灯台 道路 パーク フィールド スクエア ガーデン 墓地 修道院 記念館 会館 "
            "体育館 診療所 蒸留所 商店街 砦 研究所"
        ),
    ),
    (
        "イベント名",
        _words(
            "戦争 の戦い 合戦 の乱 の役 の変 事件 事変 革命 大会 選挙 選手権 サミット "
            "博覧会 万博 オリンピック 五輪 フェスティバル 音楽祭 映画祭 ワールドカップ "
            "グランプリ 震災 紛争 会戦 会談 騒乱 ショック ショー トーナメント カップ "
            "オープン マーケット 爆撃 空襲 レース"
        ),
    ),
    (
        "法人名",
        _words(
            "株式会社 有限会社 合同会社 ホールディングス グループ 銀行 証券 商事 物産 工業 "
            "製作所 電機 電気 電力 自動車 航空 鉄道 新聞社 新聞 放送 テレビ 出版 書店 "
            "レコード レコーズ 製薬 化学 建設 不動産 生命 保険 通信 興業 製紙 汽車 大学 "
            "学院 学園 Inc. Ltd. Corporation 社 集団 コーポレーション "
            "カンパニー キャピタル インターナショナル 製鐵所 製鉄所 造船 プロダクション "
            "プロダクションズ スタジオ セメント 飛行機 ヘリコプター 精工舎 モータース 交通 電鉄 汽船 "
            "海運 商会 商店 紡績 製糸 酒造 エンタテインメント エンターテインメント ブラザーズ "
            "ブラザース 水電 電灯 瓦斯 協会 連盟 財団 組合 機構 公社 公団"
        ),
    ),
    (
        "政治的組織名",
        _words(
            "政府 内閣 省 庁 議会 国会 党 幕府 朝廷 藩 軍 県警 警察 裁判所 委員会 市役所 県庁 局 守備隊 "
            "王朝 司令部 艦隊"
        ),
    ),
    (
        "その他の組織名",
        _words("クラブ 楽団 管弦楽団 合唱団 劇団 チーム FC 選手団 リーグ"),
    ),
    ("製品名", _words("法 宣言 シリーズ 号 丸")),
    ("地名", _words("郡 町 村 州 地区 諸島 半島 山脈")),
)
# One-character endings that also end a person's name span GiNZA mislabels (メイソン郡, 八戸駅):
# they count when the span is long or written in katakana, where a surname (木村) cannot hide.
_PERSON_SHORT_ENDINGS = frozenset("郡町村州駅社省")
_SURNAME_ENDINGS = frozenset(_words("フィールド パーク ガーデン ブラザーズ ブラザース スクエア"))
# GiNZA labels that name something of their mapped type less often than the system's F1 / 2,
# the rate below which keeping a span lowers F1 (measured on the even-numbered sentences of the
# stockmark set, checked on the odd-numbered ones): such a span counts only when a naming rule
# types it (ホール, 協会). The KB linker still makes them `local:` entities for the pipeline.
UNTRUSTED_LABELS = frozenset(
    _words(
        "Car Character Clothing Event_Other Facility_Part Game Location_Other Mountain Organization_Other "
        "Park Plan Planet Printing_Other Public_Institution Religious_Festival School Show_Organization "
        "Theater Vehicle_Other"
    )
)
_FAMILY_TAILS = ("一族", "一家", "家", "氏")
# A span GiNZA took for a title or a number is still a name when it ends like one (民主党,
# 第13師団, 観光協会); a rank never is (優勝チーム).
_NEVER_NAMES = frozenset({"Rank"})
_PREFIX_COMPANY = ("株式会社", "有限会社")
_BATTLE_TAILS = ("の戦い", "の乱", "の役", "の変")
_SKIP_HOW = frozenset({"role", "nested", "home"})  # titles, inner countries, bare 政府: no names


def _suffix_type(surface: str, label: str = "") -> str | None:
    """The stockmark type a name's ending shows; a person's name only counts endings of two or
    more characters (高橋 is a surname, not a bridge)."""
    if surface[:1].isdigit():
        return None  # 3社, 2010年大会: counts and dates, not names
    if surface.startswith(_PREFIX_COMPANY):
        return "法人名"
    person = label == "Person"
    short_ok = not person or len(surface) >= 4 or any(is_katakana(c) for c in surface)
    for stype, endings in SUFFIX_TYPES:
        for ending in endings:
            if person and len(ending) == 1 and not (short_ok and ending in _PERSON_SHORT_ENDINGS):
                continue
            if not surface.endswith(ending) or len(surface) <= len(ending):
                continue
            # in a person's span, an ending that also ends surnames must be a word of its own
            # (ペイン・フィールド), not the end of the surname (マンスフィールド)
            before = surface[-len(ending) - 1]
            if person and ending in _SURNAME_ENDINGS and (is_katakana(before) or before == "ー"):
                continue
            return stype
    return None


def _family_name(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """A family (伊藤家, 毛利氏) is scored as the family name it carries, a person's name."""
    surface = text[start:end]
    for tail in _FAMILY_TAILS:
        if surface.endswith(tail) and len(surface) > len(tail):
            return start, end - len(tail), "人名"
    return start, end, None


def _span_type(text: str, start: int, end: int, label: str) -> tuple[int, int, str | None]:
    """A name span's extent and stockmark type by the rules that need no KB: a family as its family
    name, a battle grown over its tail (の戦い), the naming endings, then GiNZA's label unless it is
    untrusted (labels of numbers, dates and titles map to no type)."""
    if label == "Family":
        return _family_name(text, start, end)
    grown = _extend_battle(text, start, end)
    if grown > end:
        return start, grown, "イベント名"
    stype = _suffix_type(text[start:end], label)
    if stype is None and label not in UNTRUSTED_LABELS:
        stype = GINZA_TYPES.get(label)
    return start, end, stype


def _kb_type(linker: Linker, mention: Mention) -> str | None:
    ent = linker.entity(mention.entity_id)
    if ent is None:
        return None
    if ent.type == "PERSON":
        return "人名"
    if ent.type in ("COUNTRY", "GPE", "LOC"):
        return "地名"
    if ent.type == "MEDIA":
        return "法人名"
    if ent.type == "EVENT":
        return "イベント名"
    if ent.type == "WORK":
        return "製品名"
    if ent.sector == "BUS":
        return "法人名"
    if ent.sector in _POLITICAL_SECTORS:
        return "政治的組織名"
    return "その他の組織名"


def _person_end(linker: Linker, mention: Mention, text: str) -> int:
    """End of the name inside a person mention: without the title, honorific or country after it."""
    kb = linker.kb
    start, end = mention.span.start, mention.span.end
    ent = kb.get(mention.entity_id)
    names = sorted({n for ns in (ent.names.values() if ent else ()) for n in ns}, key=len, reverse=True)
    for name in names:
        if text.startswith(name, start):
            return start + len(name)
    return end


def _extend_battle(text: str, start: int, end: int) -> int:
    for tail in _BATTLE_TAILS:
        if text.startswith(tail, end):
            return end + len(tail)
    return end


# An event's name includes its year or edition written before it (2008年北京オリンピック,
# 第25回衆議院議員総選挙, 2010 FIFAワールドカップ).
_EDITION = re.compile(r"(?:\d{4}年?|第\d+回)\s?$")


def _with_edition(text: str, start: int, stype: str | None) -> int:
    if stype != "イベント名":
        return start
    m = _EDITION.search(text[max(0, start - 8) : start])
    return start - len(m.group(0)) if m else start


def ginza_system(spans: Sequence[Span3]) -> set[Span3]:
    """Raw GiNZA: its spans with labels mapped to stockmark's types (unmapped labels dropped)."""
    return {(s, e, GINZA_TYPES[label]) for s, e, label in spans if label in GINZA_TYPES}


def newsgraph_system(linker: Linker, text: str, spans: Sequence[Span3]) -> set[Span3]:
    """The KB linker plus the GiNZA spans it leaves free, typed as described in the module docstring."""
    out: set[Span3] = set()
    taken: list[tuple[int, int]] = []
    for m in linker.link(text, date=None, ner=spans):
        if m.how in _SKIP_HOW:
            continue
        start, end = m.span.start, m.span.end
        if m.entity_id.startswith("local:"):
            label = next((lab for s, e, lab in spans if (s, e) == (start, end)), "")
            start, end, stype = _span_type(text, start, end, label)
            if stype is None and label not in UNTRUSTED_LABELS and label != "Family":
                stype = _kb_type(linker, m)
        else:
            stype = _kb_type(linker, m)
            if m.type == "PERSON":
                end = _person_end(linker, m, text)
        taken.append((m.span.start, m.span.end))
        if stype:
            out.add((_with_edition(text, start, stype), end, stype))
    for s, e, label in spans:
        if any(s < te and ts < e for ts, te in taken) or label in _NEVER_NAMES:
            continue
        s, end, stype = _span_type(text, s, e, label)
        if stype:
            out.add((_with_edition(text, s, stype), end, stype))
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score(pred: Iterable[set[Span3]], gold: Iterable[set[Span3]]) -> dict[str, Any]:
    """Typed and span-only exact-match scores over parallel lists of per-sentence span sets."""
    typed = [0, 0, 0]
    untyped = [0, 0, 0]
    for p, g in zip(pred, gold, strict=True):
        typed[0] += len(p & g)
        typed[1] += len(p - g)
        typed[2] += len(g - p)
        ps, gs = {(s, e) for s, e, _ in p}, {(s, e) for s, e, _ in g}
        untyped[0] += len(ps & gs)
        untyped[1] += len(ps - gs)
        untyped[2] += len(gs - ps)
    return {"typed": _prf(*typed), "span": _prf(*untyped)}


def load_sentences(path: Path, limit: int | None = None) -> list[tuple[str, set[Span3]]]:
    """Sentences of `ner.json` with their gold spans `(start, end, type)`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data[:limit] if limit is not None else data
    return [(r["text"], {(e["span"][0], e["span"][1], e["type"]) for e in r["entities"]}) for r in rows]


_SPACE = re.compile(r"\s")


def evaluate_ner(path: Path, *, limit: int | None = None, kb: KnowledgeBase | None = None) -> dict[str, Any]:
    """Score newsgraph and raw GiNZA on the first `limit` sentences (all when None) of `path`."""
    from newsgraph.nlp import load

    sentences = load_sentences(path, limit)
    nlp = load()
    ginza_spans: list[list[Span3]] = []
    repaired: list[list[Span3]] = []
    for doc in nlp.pipe((t for t, _ in sentences), batch_size=64):
        ginza_spans.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
        repaired.append(spans_from_doc(doc))
    linker = Linker(kb or default_kb())
    gold = [g for _, g in sentences]
    ginza = [ginza_system(s) for s in ginza_spans]
    ours = [newsgraph_system(linker, t, s) for (t, _), s in zip(sentences, repaired, strict=True)]
    return {"newsgraph": score(ours, gold), "ginza": score(ginza, gold), "n_sentences": len(sentences)}
