"""GiNZA entity spans made fit for linking, using the morphological tags of the same parse.

GiNZA's NER often cuts a person's name short (小宮山 of 小宮山昌友, with 昌友 tagged as a
profession), keeps a kinship word in front (三女悦子) or misses a name the tokenizer itself tags
as a person's name (高橋 as 名詞-固有名詞-人名-姓). `spans_from_doc` repairs those cases from the
Sudachi part-of-speech tags; every other span is kept as GiNZA gave it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON = "Person"
_NAME_TAG = "名詞-固有名詞-人名"


def _is_name(token: Token) -> bool:
    return token.tag_.startswith(_NAME_TAG)


def spans_from_doc(doc: Doc) -> list[tuple[int, int, str]]:
    """`(start, end, label)` character spans of `doc`'s entities with person names repaired."""
    spans: list[list[int | str]] = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        if ent.label_ == PERSON:
            # Drop leading common nouns before the name (三女 in 三女悦子).
            while (
                start < end - 1
                and not _is_name(doc[start])
                and all(_is_name(t) for t in doc[start + 1 : end])
            ):
                start += 1
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
    out = [
        (doc[int(s)].idx, doc[int(e) - 1].idx + len(doc[int(e) - 1].text), str(lab)) for s, e, lab in merged
    ]
    return sorted(out)
