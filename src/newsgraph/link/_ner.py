"""GiNZA entity spans made fit for linking, using the morphological tags of the same parse.

GiNZA's NER often cuts a person's name short (小宮山 of 小宮山昌友, with 昌友 tagged as a
profession), keeps a kinship word in front (三女悦子) or misses a name the tokenizer itself tags
as a person's name (高橋 as 名詞-固有名詞-人名-姓). `spans_from_doc` repairs those cases from the
Sudachi part-of-speech tags; every other span is kept as GiNZA gave it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.link._rules import Rules, load_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON = "Person"
_NAME_TAG = "名詞-固有名詞-人名"
_SYMBOL = "補助記号"
_PLACE_LABELS = frozenset({"City", "Country", "Province", "County", "GPE_Other", "Domestic_Region"})
_BRACKETS = frozenset("「」『』()（）[]【】〈〉《》\"'")


def _is_name(token: Token) -> bool:
    return token.tag_.startswith(_NAME_TAG)


def spans_from_doc(doc: Doc, rules: Rules | None = None) -> list[tuple[int, int, str]]:
    """`(start, end, label)` character spans of `doc`'s entities, repaired, plus names NER missed
    that end like a name (`rules.name_suffixes`; default: the linking rules)."""
    rules = rules or load_rules()
    name_suffixes = rules.name_suffixes
    spans: list[list[int | str]] = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        # A bracket or quote ends a name (ギャングエイジ・シアター」旗揚げ); punctuation at either
        # edge is not part of it (会津若松駅-).
        for k in range(start, end):
            if doc[k].text in _BRACKETS:
                end = k if k > start else end
                break
        while start < end and doc[start].tag_.startswith(_SYMBOL):
            start += 1
        while end > start and doc[end - 1].tag_.startswith(_SYMBOL):
            end -= 1
        if ent.label_ == PERSON and any(_is_name(t) for t in doc[start:end]):
            # Drop words before the name: kinship, rank or position (三女悦子, 副長・土方歳三, FW大久保).
            while start < end - 1 and not _is_name(doc[start]):
                start += 1
        if start < end:
            spans.append([start, end, ent.label_])
    # Extend a person's span over the given-name tokens right after it (小宮山|昌友).
    merged: list[list[int | str]] = []
    for span in spans:
        s, e, label = int(span[0]), int(span[1]), str(span[2])
        if (
            merged
            and merged[-1][2] == PERSON
            and int(merged[-1][1]) == s
            and all(_is_name(t) for t in doc[s:e])
        ):
            merged[-1][1] = e
            continue
        if label == PERSON:
            while e < len(doc) and _is_name(doc[e]) and not any(int(x[0]) == e for x in spans):
                e += 1
        merged.append([s, e, label])
    # Names the tokenizer knows that NER left out (高橋).
    covered = {i for s, e, _ in merged for i in range(int(s), int(e))}
    i = 0
    while i < len(doc):
        if i in covered or not _is_name(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j not in covered and _is_name(doc[j]):
            j += 1
        merged.append([i, j, PERSON])
        i = j
    merged += _suffix_names(doc, merged, rules)
    out = []
    for s, e, lab in merged:
        s, e, lab = int(s), int(e), str(lab)
        if lab in _PLACE_LABELS:
            e, lab = _organisation_after_place(doc, e, lab, name_suffixes, rules.name_suffix_labels)
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        if lab == PERSON:
            start, end = _join_dotted(doc.text, start, end)
        out.append((start, end, lab))
    return sorted(out)


def _suffix_names(doc: Doc, spans: list[list[int | str]], rules: Rules) -> list[list[int | str]]:
    """Runs of nouns outside every span that end like a name and hold a proper noun or a
    katakana or Latin word before the ending (宗湖寺, スエズ運河, テーチョ国際空港)."""
    covered = {i for s, e, _ in spans for i in range(int(s), int(e))}
    out: list[list[int | str]] = []
    i = 0
    while i < len(doc):
        if i in covered or not _nounish(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j not in covered and _nounish(doc[j]):
            j += 1
        text = "".join(t.text for t in doc[i:j])
        suffix = next((w for w in rules.name_suffixes if text.endswith(w) and len(text) > len(w)), None)
        if suffix is not None:
            head = text[: -len(suffix)]
            named = any(t.tag_.startswith("名詞-固有名詞") for t in doc[i:j]) or any(
                _katakana(c) or (c.isascii() and c.isalpha()) for c in head
            )
            if named:
                out.append([i, j, rules.name_suffix_labels[suffix]])
        i = j
    return out


def _nounish(token: Token) -> bool:
    return token.tag_.startswith(("名詞", "接尾辞-名詞的", "接頭辞")) and not token.tag_.startswith(
        "名詞-数詞"
    )


def _organisation_after_place(
    doc: Doc, e: int, label: str, suffixes: tuple[str, ...], labels: dict[str, str]
) -> tuple[int, str]:
    """A place followed by nouns that end like an organisation's name is part of that name
    (イングランド|銀行): the span grows over them and becomes an organisation."""
    j = e
    while j < len(doc) and doc[j].tag_.startswith("名詞") and not doc[j].ent_type_:
        j += 1
        word = "".join(t.text for t in doc[e:j])
        suffix = next((w for w in suffixes if word.endswith(w)), None)
        if suffix is not None:
            return j, labels[suffix]
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
