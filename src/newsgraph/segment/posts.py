"""Embedded social-media posts in text form.

A scraped article keeps an embedded post as its text followed by a signature line::

    …招待… pic.twitter.com/bTFcLmihut— 報道ステーション+土日ステ (@hst_tvasahi) June 17, 2024

The signature may be glued to the post's last line or stand on its own line. The post's first line is
found by walking back from the signature over lines that read as post text, stopping at the first line
that reads as article prose, at another post's signature, or at the start of the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsgraph.dates import plausible_day
from newsgraph.model import Post, Span

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        )
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_RE = (
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}}),?\s*(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<mon2>{_MONTH_RE})\.?\s+(?P<year2>\d{{4}})"
    r"|(?P<jy>\d{4})年(?P<jm>\d{1,2})月(?P<jd>\d{1,2})日)"
)
# The dash may be glued to the previous text (`…pic.twitter.com/x— Name`); a bare hyphen only
# counts at the start of a line, where it cannot be part of a word.
_SP = r"[^\S\n]*"  # spaces, tabs and no-break spaces, never a line break
SIGNATURE = re.compile(
    rf"(?:[—―–]|(?:(?<=\n)|^)-{{1,2}}){_SP}(?P<name>[^\n]*?){_SP}"
    rf"[(（][@＠](?P<handle>[A-Za-z0-9_]{{1,30}})[)）]"
    rf"{_SP}{_DATE_RE}{_SP}",
    re.IGNORECASE | re.MULTILINE,
)
URL = re.compile(r"(?:https?://|pic\.twitter\.com/)[A-Za-z0-9./_\-?=&%~+:;,@!$']*[A-Za-z0-9/_\-=&%~+]")
HASHTAG = re.compile(r"(?<![\w&/])[#＃](?P<tag>[^\s#＃!-/:-@\[-^`{-~、。「」『』（）・…]+)")
PROSE_END = tuple("。．！？!?.")
POST_LINE_START = re.compile(r"^[\s]*(?:[▼▽■□◆◇●○・※🔸🔹🔶🔷➡→►▶【]|[\U0001F000-\U0001FAFF\u2600-\u27BF])")
# The author's own voice: first person, today as 本日, humble forms, direct address.
SELF_REFERENCE = re.compile(
    r"本日|私|わたし|我々|われわれ|まいります|参ります|いたします|いたしました|皆様|皆さん|ございます|\b[Ww]e\b|\bI\b"
)
# Prose quoting someone (「私は…」と述べた) reports; it does not speak.
REPORTING = re.compile(r"と(?:述べ|語|話|強調|説明|明らかに|発表|報じ|伝え)|によると|said|told|according to")
MAX_POST_CHARS = 600  # a long-form post rarely runs past this in a news embed; stops runaway walks


@dataclass(frozen=True)
class _Signature:
    start: int
    end: int
    name: str
    handle: str
    posted: str | None


def _signatures(text: str) -> Iterator[_Signature]:
    for m in SIGNATURE.finditer(text):
        g = m.groupdict()
        if g["jy"]:
            y, mo, d = int(g["jy"]), int(g["jm"]), int(g["jd"])
        else:
            mon = (g["mon"] or g["mon2"] or "").lower()
            y = int(g["year"] or g["year2"])
            mo = MONTHS[mon]
            d = int(g["day"] or g["day2"])
        # an impossible or far-off date (December 31, 9999; year 0) is refused, the post kept
        posted = f"{y:04d}-{mo:02d}-{d:02d}" if plausible_day(y, mo, d) else None
        yield _Signature(m.start(), m.end(), g["name"].strip(), g["handle"], posted)


def _reads_as_prose(line: str) -> bool:
    """A line of article prose: ends like a sentence, starts like one, holds no links or tags, and
    speaks of others (an author's own voice, 本日…しました / 私たちは, marks a post)."""
    s = line.strip()
    if not s.endswith(PROSE_END):
        return False
    if POST_LINE_START.match(s):
        return False
    if SELF_REFERENCE.search(s) and not REPORTING.search(s):
        return False
    return not (URL.search(s) or HASHTAG.search(s))


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line in text[start:end], without the newline."""
    spans = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        spans.append((pos, stop))
        pos = stop + 1
    return spans


def first_line(post_text: str) -> str:
    """The first line of a post, cut after its first sentence when the line runs on past one."""
    line = post_text.strip().split("\n", 1)[0].strip()
    for i, ch in enumerate(line):
        if ch in "。！？" and i + 1 < len(line):
            return line[: i + 1]
    return line


def find_posts(text: str) -> list[Post]:
    """All embedded posts in `text`, in document order, with spans covering text and signature."""
    posts: list[Post] = []
    floor = 0  # posts never reach back over an earlier post's signature
    for sig in _signatures(text):
        body_end = sig.start
        lines = _line_spans(text, floor, body_end)
        # The signature's own line (glued case) or the line just above it always belongs to the post.
        idx = len(lines) - 1
        while idx >= 0 and not text[lines[idx][0] : lines[idx][1]].strip():
            idx -= 1
        if idx < 0:
            floor = sig.end
            continue
        first = idx
        size = lines[idx][1] - lines[idx][0]
        j = idx - 1
        while j >= 0:
            line = text[lines[j][0] : lines[j][1]]
            if not line.strip():
                j -= 1
                continue
            size += len(line)
            if _reads_as_prose(line) or size > MAX_POST_CHARS:
                break
            first = j
            j -= 1
        start = lines[first][0]
        start += len(text[start:body_end]) - len(text[start:body_end].lstrip())
        body = text[start:body_end]
        urls = tuple(URL.findall(body))
        tags = tuple(m.group("tag") for m in HASHTAG.finditer(URL.sub(" ", body)))
        lang = text_language(body, "ja")
        posts.append(
            Post(
                span=Span(start, sig.end),
                platform="twitter",
                author=sig.name,
                handle=sig.handle,
                posted=sig.posted,
                first_line=first_line(body),
                urls=urls,
                hashtags=tags,
                language=lang,
            )
        )
        floor = sig.end
    return posts


def text_language(text: str, default: str) -> str:
    """`en` when most letters (links aside) are Latin, `ja` when most are not, else `default`."""
    letters = [c for c in URL.sub("", text) if c.isalpha()]
    if not letters:
        return default
    latin = sum(1 for c in letters if c.isascii()) / len(letters)
    return "en" if latin > 0.6 else "ja"
