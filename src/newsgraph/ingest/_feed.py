"""RSS and Atom feeds (feedparser): one document per entry, from its content or summary, or its page.

The entry's own date string is read rather than feedparser's `*_parsed` tuples, which are converted
to UTC and so can move a Japanese article to the previous day; the tuples are the fallback for
date formats `normalise_date` does not know.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from typing import Any

import feedparser

from newsgraph.dates import plausible_day
from newsgraph.errors import InputError, UnsupportedInput
from newsgraph.ingest._common import (
    IngestOptions,
    Item,
    canonical_text,
    guarded,
    make_document,
    normalise_date,
    slug,
)
from newsgraph.ingest._html import fragment_text
from newsgraph.model import Document, Post

Follow = Callable[[str], Iterator[Item]]
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _entry_link(entry: Any) -> str | None:
    """The entry's web address; feedparser also fills `link` from non-web ids such as `tag:` URIs."""
    link = entry.get("link")
    if isinstance(link, str) and link.lower().startswith(("http://", "https://")):
        return link
    return None


def _entry_published(entry: Any) -> str | None:
    for field in ("published", "updated"):
        raw = entry.get(field)
        published = normalise_date(raw) if isinstance(raw, str) else None
        if published:
            return published
        parsed = entry.get(f"{field}_parsed")
        if parsed and plausible_day(*parsed[:3]):
            year, month, day, hour, minute, second = parsed[:6]
            return datetime(year, month, day, hour, minute, second, tzinfo=UTC).isoformat()
    return None


def _entry_body(entry: Any) -> tuple[str, tuple[Post, ...]]:
    """The entry's full content when the feed carries it, else its summary, as text with posts."""
    details = [c for c in entry.get("content", []) if c.get("value")]
    details.sort(key=lambda c: c.get("type") not in _HTML_TYPES)
    if not details and entry.get("summary"):
        details = [entry.get("summary_detail") or {"value": entry["summary"], "type": "text/html"}]
    for detail in details:
        if detail.get("type") in _HTML_TYPES:
            text, posts = fragment_text(detail["value"])
        else:
            text, posts = canonical_text(detail["value"]).strip(), ()
        if text.strip():
            return text, posts
    return "", ()


def _read_entry(
    entry: Any, key: str, feed_source: str, options: IngestOptions, follow: Follow | None
) -> Iterator[Item]:
    link = _entry_link(entry)
    title = (entry.get("title") or "").strip() or None
    published = _entry_published(entry)
    if options.follow_feed_links and link and follow is not None:
        for item in follow(link):
            if isinstance(item, Document):
                # The page's own metadata wins; the feed fills what the page lacks.
                if item.published is None and published:
                    item = replace(item, published=published, published_how="feed")
                if item.title is None and title:
                    item = replace(item, title=title)
            yield item
        return
    text, posts = _entry_body(entry)
    if not text:
        raise InputError("feed entry has neither content nor summary; follow its link to read the page")
    yield make_document(
        id=slug(key),
        text=text,
        source=feed_source,
        url=link,
        title=title,
        published=published,
        published_how="feed",
        posts=posts,
    )


def read_feed(
    data: bytes, source: str, options: IngestOptions, follow: Follow | None = None
) -> Iterator[Item]:
    """Yield a `Document` (or a `Skip`) per entry of the RSS or Atom feed in `data`.

    `follow` reads an entry's link when `options.follow_feed_links` is set. Raises
    `UnsupportedInput` when `data` is not a feed.
    """
    # A file object, never bytes or str: feedparser treats a string as a URL or path to open.
    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries", [])
    if not entries:
        if parsed.get("bozo") or not parsed.get("version"):
            problem = parsed.get("bozo_exception") or "no RSS or Atom elements"
            raise UnsupportedInput(f"not a readable RSS or Atom feed ({problem})", source)
        raise InputError("feed has no entries", source)
    for number, entry in enumerate(entries, start=1):
        key = entry.get("id") or entry.get("link") or f"{source}#{number}"
        entry_source = _entry_link(entry) or f"{source}#{number}"
        yield from guarded(entry_source, partial(_read_entry, entry, key, source, options, follow))
