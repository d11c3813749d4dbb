"""The segment stage: embedded posts, prose and post blocks, and sentences.

`segment(document)` returns a `Segmentation` whose blocks tile the document text: prose between
posts, one block per post. Sentences never split inside 「」 or 『』 quotes, and none is longer than
`MAX_SENTENCE` characters: a longer stretch without a sentence end (a line with no punctuation, a
runaway quote) is cut into pieces, at a comma or a space where there is one, so that the work of the
later stages, which grows faster than a sentence's length, stays linear in the text's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from newsgraph.model import Block, Document, Post, Segmentation, Sentence, Span
from newsgraph.segment.dateline import Dateline, dateline_day, read_dateline
from newsgraph.segment.posts import SIGNATURE, find_posts, first_line, text_language

__all__ = [
    "Dateline",
    "dated",
    "dateline_day",
    "find_posts",
    "first_line",
    "infer_published",
    "read_dateline",
    "segment",
    "split_sentences",
]

_JA_END = "。！？!?"
_OPEN = "「『（(【"
_CLOSE = "」』）)】"
_EN_END = re.compile(r"(?<=[.!?])(?P<close>[\"'”’)\]]*)\s+(?=[A-Z\"'“‘(\[])")
# Kana and CJK ideographs: a stretch with none is in a Latin script, whatever its quotes and dashes
# (“revenge,” Shi’ite, KYIV —).
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")
# A period that ends an initial, an initialism or a title, not a sentence (the U.S. Embassy, George
# W. Bush, Lt. Gen. Prosper Avril, Mr. Smith).
_EN_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.(?:[A-Z]\.)*|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Brig|Sen|Rep|Gov|Rev|St|Jr|Sr|No|Mt|Ft)\.)$"
)
MAX_SENTENCE = 500  # characters; news sentences stay far below (the longest in the examples: 343)
_SOFT_BREAKS = "、，,;；:：」』）) \u3000\t"


def split_sentences(
    text: str, start: int = 0, end: int | None = None, max_len: int = MAX_SENTENCE
) -> list[Span]:
    """Sentence spans in text[start:end]: cut at 。！？ and line ends, never inside 「」 or 『』.

    English stretches also split at `. ` followed by a capital. Leading and trailing blanks are trimmed.
    A stretch longer than `max_len` (default `MAX_SENTENCE`) is cut into pieces no longer than that.
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    depth = 0
    s = start
    i = start
    while i < end:
        ch = text[i]
        cut = None
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "\n":
            cut = i
            depth = 0  # a quote never runs over a line break in news text
        elif ch in _JA_END and depth == 0:
            j = i + 1
            while j < end and text[j] in _CLOSE + _JA_END:
                j += 1
            cut = j
        if cut is not None:
            spans.extend(_trim(text, s, cut))
            s = cut
            i = cut if cut > i else i + 1
            continue
        i += 1
    spans.extend(_trim(text, s, end))
    out: list[Span] = []
    for sp in spans:  # English sentences inside one line
        piece_text = text[sp.start : sp.end]
        pieces = None if _CJK.search(piece_text) else _en_split(piece_text)
        if not pieces or len(pieces) == 1:
            out.extend(_capped(text, sp, max_len))
            continue
        pos = sp.start
        for piece in pieces:
            k = text.index(piece, pos)
            out.extend(_capped(text, Span(k, k + len(piece)), max_len))
            pos = k + len(piece)
    return out


# Words that open a sentence and follow no title or initialism (…in the U.S. He said).
_EN_OPENER = re.compile(r"(?:He|She|It|They|We|I|The|This|That|These|Those|But|And|In|On|At|A|An|There)\b")


def _en_split(text: str) -> list[str]:
    """`text` cut at each `. ` before a capital that ends no abbreviation (`_EN_ABBREVIATION`), or
    ends one before a word that opens sentences (`_EN_OPENER`)."""
    pieces: list[str] = []
    s = 0
    for m in _EN_END.finditer(text):
        if _EN_ABBREVIATION.search(text, 0, m.start()) and not _EN_OPENER.match(text, m.end()):
            continue
        pieces.append(text[s : m.start() + len(m["close"])])  # the closing quote ends the sentence
        s = m.end()
    pieces.append(text[s:])
    return pieces


def _capped(text: str, sp: Span, max_len: int) -> list[Span]:
    """`sp` cut into pieces of at most `max_len` characters: after the last comma, closing quote or
    blank in the second half of each window, else at the limit."""
    if sp.end - sp.start <= max_len:
        return [sp]
    out: list[Span] = []
    s = sp.start
    while sp.end - s > max_len:
        cut = s + max_len
        for j in range(cut - 1, s + max_len // 2, -1):
            if text[j] in _SOFT_BREAKS:
                cut = j + 1
                break
        out.extend(_trim(text, s, cut))
        s = cut
    out.extend(_trim(text, s, sp.end))
    return out


def _trim(text: str, s: int, e: int) -> list[Span]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return [Span(s, e)] if e > s else []


def infer_published(document: Document, posts: tuple[Post, ...]) -> tuple[str | None, str]:
    """The document date and how it was found: metadata when present, else a dateline's date with
    its year (LONDON, Feb. 8, 2024 (Yonhap) --), else the newest post date. A date given coarser than
    a day (2024-02 from a folder, a bare year) takes the dateline's day when that day falls in it
    (［東京　８日　ロイター］ in 2024-02 is 2024-02-08): the day relative times count from."""
    dateline = read_dateline(document.text)
    if document.published:
        if (day := _day_within(dateline, document.published)) is not None:
            return day, "dateline"
        return document.published, document.published_how
    if dateline is not None and dateline.date is not None:
        return dateline.date, "dateline"
    dates = [p.posted for p in posts if p.posted]
    if dates:
        return max(dates), "newest-post"
    return None, "unknown"


def _day_within(dateline: Dateline | None, given: str) -> str | None:
    """The day (ISO) `dateline` names inside `given` when `given` is a year or a month, else None."""
    m = re.fullmatch(r"([0-9]{4})(?:-([0-9]{2}))?", given)
    if dateline is None or dateline.day is None or m is None:
        return None
    year, month = int(m[1]), int(m[2]) if m[2] else None
    if dateline.date is not None:
        return dateline.date if dateline.date.startswith(given + "-") else None
    if month is not None and dateline.month not in (None, month):
        return None
    month = month or dateline.month
    if month is None or not 1 <= month <= 12:
        return None
    try:
        return dt.date(year, month, dateline.day).isoformat()
    except ValueError:
        return None


def segment(document: Document) -> Segmentation:
    """Find posts, cut the text into prose and post blocks, and split each block into sentences.

    Each block gets its reference date (`Block.reference`, `Block.anchor`): the post's date inside
    a dated post, else the document's date (`infer_published`), which `Segmentation.published` and
    `published_how` keep for `dated`. The dateline at the head of the text, if any, is
    `Segmentation.dateline` (`read_dateline`)."""
    text = document.text
    posts = tuple(document.posts) if document.posts else tuple(find_posts(text))
    published, how = infer_published(document, posts)
    blocks: list[Block] = []
    pos = 0
    for i, post in enumerate(posts):
        if post.span.start > pos and text[pos : post.span.start].strip():
            blocks.append(
                Block(Span(pos, post.span.start), "prose", language=document.language, reference=published)
            )
        dated = bool(post.posted)
        blocks.append(
            Block(
                post.span,
                "post",
                post=i,
                language=post.language,
                reference=post.posted if dated else published,
                anchor="post" if dated else "published",
            )
        )
        pos = max(pos, post.span.end)
    if pos < len(text) and text[pos:].strip():
        blocks.append(Block(Span(pos, len(text)), "prose", language=document.language, reference=published))
    sentences: list[Sentence] = []
    for b, block in enumerate(blocks):
        end = block.span.end
        if block.kind == "post":
            # The signature is a sentence of its own, so that no event reads it as post text.
            sig = SIGNATURE.search(text, block.span.start, block.span.end)
            if sig:
                end = sig.start()
                # capped too: on a line without line breaks a signature can run long
                for sp in _capped(text, Span(sig.start(), sig.end()), MAX_SENTENCE):
                    sentences.append(Sentence(sp, b, text[sp.start : sp.end]))
        for sp in split_sentences(text, block.span.start, end):
            sentences.append(Sentence(sp, b, text[sp.start : sp.end]))
    sentences.sort(key=lambda s: s.span.start)
    if document.language == "ja":
        # An English stretch inside a Japanese article (a quoted English post) takes the English path.
        blocks = [
            replace(bl, language=text_language(text[bl.span.start : bl.span.end], bl.language))
            for bl in blocks
        ]
    return Segmentation(tuple(blocks), posts, tuple(sentences), read_dateline(text), published, how)


def dated(document: Document, seg: Segmentation) -> Document:
    """`document` with the date `segment` worked out for it and dated its blocks by
    (`seg.published`, `seg.published_how`); `document` itself when it had that date already."""
    if (seg.published, seg.published_how) == (document.published, document.published_how):
        return document
    return replace(document, published=seg.published, published_how=seg.published_how)
