"""GiNZA entity spans made fit for linking, using the morphological tags of the same parse.

GiNZA's NER often cuts a person's name short (小宮山 of 小宮山昌友, with 昌友 tagged as a
profession), keeps a kinship word in front (三女悦子) or misses a name the tokenizer itself tags
as a person's name (高橋 as 名詞-固有名詞-人名-姓). `spans_from_doc` repairs those cases from the
Sudachi part-of-speech tags; every other span is kept as GiNZA gave it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsgraph.link._rules import Rules, load_rules
from newsgraph.text import is_kanji

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON = "Person"
_NAME_TAG = "名詞-固有名詞-人名"
_GIVEN_TAG = "名詞-固有名詞-人名-名"
_SURNAME_TAG = "名詞-固有名詞-人名-姓"
_PLACE_TAG = "名詞-固有名詞-地名"
_SYMBOL = "補助記号"
_COMMON_NOUN = "名詞-普通名詞"
# Heads that make common words a region's name (湖水地方, 中東地域).
_REGION_HEADS = ("地方", "地域", "地区", "半島", "諸島", "海峡", "高原", "盆地", "平原")
_ACT_NOUN = "名詞-普通名詞-サ変可能"  # 戦争, 攻撃, 交換: nouns of acts
_ADVERBIAL_NOUN = "名詞-普通名詞-副詞可能"  # 未明, 当時, 今回: nouns that stand as adverbs
_ALNUM = re.compile(r"[A-Za-z0-9]")
_PLACE_LABELS = frozenset({"City", "Country", "Province", "County", "GPE_Other", "Domestic_Region"})
# A quotation closed and taken up by a verb of criticism or statement (「…」と批判, 「…」と述べた):
# what is said, not a title or a name (「…」と題する, 「…」と呼ばれる name one).
_QUOTED_SPEECH = re.compile(r"」と(?:批判|非難|述べ|指摘|強調|主張|反発|訴え|表明|警告|酷評|断じ|糾弾)")
_BRACKETS = frozenset("「」『』()（）[]【】〈〉《》\"'")


def _is_name(token: Token) -> bool:
    return token.tag_.startswith(_NAME_TAG)


def _name_part(token: Token) -> bool:
    """A token that can continue a person's name split in two spans: a name or a katakana word,
    not a title (中尉) or a place (高知)."""
    return _is_name(token) or (
        all(_katakana(c) for c in token.text) and not token.tag_.startswith(_PLACE_TAG)
    )


def _surname_like(doc: Doc, i: int) -> bool:
    """A kanji family name before a given name, also when the tokenizer reads it as a place
    (兵庫|慎司, 栃木|孝夫) or the model as something else (築地|米三郎)."""
    tok = doc[i]
    return (
        i + 1 < len(doc)
        and doc[i + 1].tag_.startswith(_GIVEN_TAG)
        and tok.tag_.startswith((_SURNAME_TAG, _PLACE_TAG))
        and all(is_kanji(c) for c in tok.text)
    )


TokenSpan = tuple[int, int, str]  # token start, token end, GiNZA label


def spans_from_doc(doc: Doc, rules: Rules | None = None) -> list[tuple[int, int, str]]:
    """`(start, end, label)` character spans of `doc`'s entities, repaired, plus names NER missed
    that end like a name (`rules.name_suffixes`; default: the linking rules)."""
    rules = rules or load_rules()
    spans = _join_given_names(
        doc, [t for ent in doc.ents if (t := _trimmed(doc, ent.start, ent.end, ent.label_, rules))]
    )
    spans += _runs(doc, spans, _is_name, lambda i, j: PERSON)  # names NER left out (高橋)
    spans += _runs(doc, spans, _nounish, lambda i, j: _suffix_label(doc, i, j, rules))
    out = []
    for s, e, label in spans:
        if label in _PLACE_LABELS:
            e, label = _organisation_after_place(doc, e, label, rules)
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        if label == PERSON:
            start, end = _join_dotted(doc.text, start, end)
        out.append((start, end, label))
    return sorted(out)


def _trimmed(doc: Doc, start: int, end: int, label: str, rules: Rules) -> TokenSpan | None:
    """An entity without what does not belong to its name: anything from a bracket on
    (ギャングエイジ・シアター」旗揚げ), punctuation at its edges (会津若松駅-), and for a person the
    words before the name (三女悦子, 副長・土方歳三, FW大久保)."""
    for k in range(start + 1, end):
        if doc[k].text in _BRACKETS:
            end = k
            break
    while start < end and doc[start].tag_.startswith(_SYMBOL):
        start += 1
    while end > start and doc[end - 1].tag_.startswith(_SYMBOL):
        end -= 1
    if (
        label in rules.thing_labels
        and all(t.tag_.startswith(_COMMON_NOUN) for t in doc[start:end])
        and not _ALNUM.search(doc[start:end].text)
    ):
        return None  # a product or work made only of common nouns is a thing, not a name (ナイフ)
    if _abbreviated_forces(doc[start:end].text, rules):
        return None
    after = doc[end - 1].idx + len(doc[end - 1].text)
    quoted = start > 0 and doc[start - 1].text == "「"
    if label in rules.thing_labels and quoted and _QUOTED_SPEECH.match(doc.text, after):
        return None  # 「世界有数の麻薬密売人」と批判: what is said of someone, no title
    if (
        label in _PLACE_LABELS
        and _common_kanji(doc, start, end)
        and not doc[start:end].text.endswith(_REGION_HEADS)
    ):
        return None  # 日本産の水産物: common words in kanji, no place's name (湖水地方 is one)
    if end - start == 1 and doc[start].tag_.startswith(_ACT_NOUN) and _common_kanji(doc, start, end):
        return None  # 戦争捕虜: a noun of an act (戦争, 侵攻) is no one's name, whatever its label
    if all(t.tag_.startswith(_ADVERBIAL_NOUN) for t in doc[start:end]):
        return None  # 13日未明に, 当時: a noun that can stand as an adverb of time is no one's name
    if label == PERSON and _common_kanji(doc, start, end):
        return None  # 領空, 領空侵犯: common words in kanji, no one's name
    if label == PERSON and any(_is_name(t) for t in doc[start:end]):
        while start < end - 1 and not _is_name(doc[start]) and not _surname_like(doc, start):
            start += 1
    return (start, end, label) if start < end else None


def _common_kanji(doc: Doc, start: int, end: int) -> bool:
    """Whether `doc[start:end]` is common nouns written in kanji alone (領空, 水産物)."""
    return all(t.tag_.startswith(_COMMON_NOUN) for t in doc[start:end]) and all(
        is_kanji(c) for c in doc[start:end].text
    )


def _join_given_names(doc: Doc, spans: list[TokenSpan]) -> list[TokenSpan]:
    """A person's span grows over the given-name tokens right after it (小宮山|昌友), even when
    NER gave them a span of their own."""
    starts = {s for s, _, _ in spans}
    out: list[TokenSpan] = []
    for s, e, label in spans:
        if out and _continues(doc, out[-1], s, e, label):
            out[-1] = (out[-1][0], e, PERSON)
            continue
        if e - s == 1 and label != PERSON and _surname_like(doc, s) and e not in starts:
            label = PERSON  # a family name the model labelled otherwise, before a given name it missed
        if label == PERSON:
            if s > 0 and _surname_like(doc, s - 1) and (not out or out[-1][1] < s):
                s -= 1  # the family name the model left out (甲斐|智久)
            while e < len(doc) and _is_name(doc[e]) and e not in starts:
                e += 1
        out.append((s, e, label))
    return out


def _continues(doc: Doc, prev: TokenSpan, s: int, e: int, label: str) -> bool:
    """Whether the span `s:e` right after `prev` carries on the same person's name: given names
    after a person (小宮山|昌友), a second person span of name words (大林|芳五郎), or a given name
    after a one-token family name the model labelled otherwise (築地|米三郎)."""
    if prev[1] != s:
        return False
    if prev[2] == PERSON:
        return all(_is_name(t) for t in doc[s:e]) or (label == PERSON and _name_part(doc[s]))
    return label == PERSON and prev[1] - prev[0] == 1 and _surname_like(doc, s - 1)


def _runs(
    doc: Doc,
    spans: list[TokenSpan],
    member: Callable[[Token], bool],
    label_of: Callable[[int, int], str | None],
) -> list[TokenSpan]:
    """Maximal runs of `member` tokens outside `spans`, each labelled by `label_of` (None drops it)."""
    covered = {i for s, e, _ in spans for i in range(s, e)}
    out: list[TokenSpan] = []
    i = 0
    while i < len(doc):
        if i in covered or not member(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j not in covered and member(doc[j]):
            j += 1
        label = label_of(i, j)
        if label is not None:
            out.append((i, j, label))
        i = j
    return out


def _abbreviated_forces(text: str, rules: Rules) -> bool:
    """Whether `text` is the forces of countries named by their abbreviations (米英軍, 米韓両軍): no
    name of its own, as the abbreviations link each to its country."""
    head = text.removesuffix("軍").removesuffix("両")
    return text.endswith("軍") and 2 <= len(head) <= 4 and all(ch in rules.strong for ch in head)


def _suffix_label(doc: Doc, i: int, j: int, rules: Rules) -> str | None:
    """The label of a run of nouns that ends like a name and holds a proper noun or a katakana
    or Latin word before the ending (宗湖寺, スエズ運河, テーチョ国際空港); None otherwise."""
    text = "".join(t.text for t in doc[i:j])
    suffix = next((w for w in rules.name_suffixes if text.endswith(w) and len(text) > len(w)), None)
    if suffix is None or _abbreviated_forces(text, rules):
        return None
    head = text[: -len(suffix)]
    named = any(t.tag_.startswith("名詞-固有名詞") for t in doc[i:j]) or any(
        _katakana(c) or (c.isascii() and c.isalpha()) for c in head
    )
    return rules.name_suffix_labels[suffix] if named else None


def _nounish(token: Token) -> bool:
    return token.tag_.startswith(("名詞", "接尾辞-名詞的", "接頭辞")) and not token.tag_.startswith(
        "名詞-数詞"
    )


def _organisation_after_place(doc: Doc, e: int, label: str, rules: Rules) -> tuple[int, str]:
    """A place followed by nouns that end like an organisation's name is part of that name
    (イングランド|銀行): the span grows over them and takes that name's label."""
    j = e
    while j < len(doc) and doc[j].tag_.startswith("名詞") and not doc[j].ent_type_:
        j += 1
        word = "".join(t.text for t in doc[e:j])
        suffix = next((w for w in rules.name_suffixes if word.endswith(w)), None)
        if suffix is not None:
            return j, rules.name_suffix_labels[suffix]
    return e, label


def _join_dotted(text: str, start: int, end: int) -> tuple[int, int]:
    """Foreign names are katakana words joined by ・ (ヨハン・フリードリヒ・ヘルバルト): a person's
    span grows over the katakana words it is joined to."""

    def katakana_run(i: int, step: int) -> int:
        while 0 <= i < len(text) and _katakana(text[i]):
            i += step
        return i

    while end + 1 < len(text) and text[end] in "・=＝" and _katakana(text[end + 1]):
        end = katakana_run(end + 1, 1)
    while start - 2 >= 0 and text[start - 1] in "・=＝" and _katakana(text[start - 2]):
        start = katakana_run(start - 2, -1) + 1
    return start, end


def _katakana(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch == "ー"
