"""Pieces every reader shares: options, canonical text, language, hashes, ids and error guarding."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from newsgraph._version import __version__
from newsgraph.dates import plausible_iso
from newsgraph.errors import InputError
from newsgraph.model import Document, Skip

Item = Document | Skip

# File name endings read as HTML pages and as feeds, wherever the bytes come from.
HTML_SUFFIXES = frozenset((".html", ".htm"))
FEED_SUFFIXES = frozenset((".xml", ".rss", ".atom"))


@dataclass(frozen=True)
class IngestOptions:
    """How inputs are read.

    `timeout` is seconds per network read; `deadline` is seconds for one whole fetch, however the
    server drips its bytes; `max_bytes` caps one file, one download or one JSON Lines record;
    `follow_feed_links` fetches each feed entry's article page instead of using the entry's
    summary, from public addresses only unless `allow_private_urls`; `follow_symlinks` reads links
    in a folder that point out of it. In a folder, `include` globs (when given) choose the files read,
    `exclude` globs drop files, and files that are not articles (gold and record `.json` files,
    READMEs, licences, dotfiles) are skipped unless an `include` glob names them.
    """

    timeout: float = 20.0
    deadline: float = 30.0
    max_bytes: int = 20_000_000
    user_agent: str = f"newsgraph/{__version__} (news event extraction)"
    follow_feed_links: bool = False
    allow_private_urls: bool = False
    follow_symlinks: bool = False
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


DEFAULT_OPTIONS = IngestOptions()

_NEWLINES = re.compile(r"\r\n?")


def canonical_text(text: str) -> str:
    """The canonical form of decoded text: no leading BOM, line endings as `\\n`, nothing else changed.

    Offsets of every later stage point into this string, so it is deliberately not NFKC-normalised.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    return _NEWLINES.sub("\n", text)


def content_hash(text: str) -> str:
    """The sha256 hex digest of `text` (already canonical) encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short_hash(text: str) -> str:
    """Eight hex digits of sha256, enough to keep slugs of similar sources apart."""
    return content_hash(text)[:8]


def _is_japanese_char(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x31F0 <= code <= 0x31FF  # katakana phonetic extensions
        or 0x3400 <= code <= 0x4DBF  # CJK extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0xF900 <= code <= 0xFAFF  # CJK compatibility ideographs
        or 0xFF66 <= code <= 0xFF9F  # half-width katakana
        or 0x20000 <= code <= 0x2FA1F  # CJK extensions B and later
    )


JA_SHARE = 0.2


def detect_language(text: str) -> str:
    """Return `"ja"` when kana and kanji make up at least 20% of the letters in `text`, else `"en"`.

    A cheap heuristic for a product that reads Japanese and English only: letters are characters
    that `str.isalpha` accepts, so digits, punctuation, URLs' slashes and emoji do not count, while
    the Latin letters of URLs and handles do, which is why the threshold is low. Chinese text
    (kanji without kana) is reported as `"ja"` too.
    """
    letters = 0
    japanese = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if _is_japanese_char(ch):
                japanese += 1
    if letters == 0:
        return "en"
    return "ja" if japanese / letters >= JA_SHARE else "en"


_SLUG_DROP = re.compile(r"[\W_]+")
SLUG_LENGTH = 60


def slug(key: str, length: int = SLUG_LENGTH) -> str:
    """A readable, file-name-safe id for `key` (a URL, a feed entry id): words of it, then a short hash.

    URLs lose their scheme, query and fragment in the readable part; the hash is taken over the whole
    key so two keys that shorten to the same words still get different ids.
    """
    readable = key
    parts = urlsplit(key)
    if parts.scheme in ("http", "https") and parts.netloc:
        readable = parts.netloc + unquote(parts.path)
    readable = _SLUG_DROP.sub("-", unicodedata.normalize("NFKC", readable).lower()).strip("-")
    readable = readable[:length].rstrip("-")
    return f"{readable}-{short_hash(key)}" if readable else short_hash(key)


_YEAR_MONTH = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2]))?$")
_LOOSE_DAY = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def normalise_date(value: str) -> str | None:
    """An ISO 8601 date (`2024-06-18`) or timestamp for a date string found in metadata, else None.

    None too for impossible dates (`2024-13-45`) and years outside `dates.MIN_YEAR`..`MAX_YEAR`.
    """
    normal = _normalise_date(value)
    return normal if normal is not None and plausible_iso(normal) else None


def _normalise_date(value: str) -> str | None:
    """`normalise_date` before the plausibility check.

    Reads ISO 8601, RFC 822 (feeds, HTTP) and loose `2024/06/18` or `2024年6月18日` forms. A timestamp
    keeps its own UTC offset: converting to UTC would move an early-morning Tokyo article to the
    previous day. A date without a time stays a date, never gaining a made-up midnight.
    """
    value = value.strip()
    if not value:
        return None
    if _YEAR_MONTH.match(value):  # ISO at a coarser granularity: 2024, 2024-06
        return value
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    match = _LOOSE_DAY.search(value)
    if match:
        try:
            return date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            return None
    return None


def make_document(*, id: str, text: str, source: str, **fields: Any) -> Document:
    """Build a `Document` from canonical text; `fields` are any of its other fields (`url`, `title`,
    `published`, `published_how`, `posts`, `text_how`, ...). `language` (unless given) and
    `content_hash` are filled from the text, and `published_how` is `unknown` without a date.

    Raises `InputError("empty document")` when the text is only whitespace.
    """
    if not text.strip():
        raise InputError("empty document", source)
    document = Document(id=id, text=text, source=source, **fields)
    return replace(
        document,
        published_how=document.published_how if document.published else "unknown",
        language=fields.get("language") or detect_language(text),
        content_hash=content_hash(text),
    )


def guarded(source: str, produce: Callable[[], Iterable[Item]]) -> Iterator[Item]:
    """Run a reader and turn the failures of one input into a `Skip` instead of an exception.

    `InputError`s carry their own reason (and sometimes a more precise source); `OSError`s are files
    that vanished or cannot be opened. Anything else is a programming error and propagates.
    """
    try:
        yield from produce()
    except InputError as exc:
        yield Skip(exc.source or source, exc.reason)
    except OSError as exc:
        yield Skip(source, f"cannot read it ({exc.strerror or exc}); check the path and its permissions")
