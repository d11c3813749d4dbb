"""HTML: main text with trafilatura, Twitter/X embeds kept as posts, title, URL and publication date.

Embedded tweets (`<blockquote class="twitter-tweet">`) are taken out of the page before extraction
and replaced by a unique placeholder paragraph, because trafilatura treats them as boilerplate or
flattens their signature. After extraction each placeholder is replaced by the post in the same
text form a scraped article shows (the post's text, then `— Name (@handle) June 17, 2024`), so the
segment stage reads HTML and text input alike; a post whose placeholder the extractor dropped is
appended at the end. The posts are also returned as `Post` values with spans into that text.

The publication date comes from the page's own metadata only (JSON-LD `datePublished`, then meta
tags, then `<time datetime>`); trafilatura runs without metadata extraction so it never guesses a
date from the text or falls back to today.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import lxml.etree
import lxml.html
import trafilatura

from newsgraph.dates import plausible_day
from newsgraph.errors import InputError
from newsgraph.ingest._common import (
    canonical_text,
    detect_language,
    make_document,
    normalise_date,
    short_hash,
)
from newsgraph.ingest._text import decode_bytes
from newsgraph.model import Document, Post, Span

log = logging.getLogger(__name__)

NO_TEXT_REASON = "no main text found (the page may need JavaScript or be an index page)"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

# Meta tags naming the publication date, most trusted first; keys are lower-cased
# `property`, `name` or `itemprop` values.
META_DATE_KEYS: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date.issued",
)

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "  # noqa: SIM905
    "header hr li main nav ol p pre section table td th tr ul".split()
)
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template"))
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not \s: the ideographic space U+3000 is text

_SIGNATURE = re.compile(r"[—–―-]+\s*(?P<name>.*?)\s*\(@(?P<handle>\w{1,50})\)\s*$", re.DOTALL)
_POST_URL = re.compile(r"https?://t\.co/\w+|pic\.(?:twitter|x)\.com/\w+")
_HASHTAG = re.compile(r"(?:^|(?<=[\s(（「、。]))[#＃](\w+)")


def decode_html(data: bytes, source: str, charset: str | None = None) -> str:
    """Decode an HTML page: the given charset (HTTP header), else its meta charset, else detection."""
    if charset is None:
        match = _META_CHARSET.search(data[:4096])
        if match:
            charset = match.group(1).decode("ascii")
    return decode_bytes(data, source, charset)


def _parse(html: str) -> lxml.html.HtmlElement:
    # lxml refuses str input that still carries an XML encoding declaration.
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(NO_TEXT_REASON) from exc


def block_text(element: lxml.html.HtmlElement) -> str:
    """The text of an element as lines: block elements and `<br>` end lines, other whitespace is one space.

    Empty lines are dropped, like trafilatura does, so a fragment reads the same way as a page.
    """
    parts: list[str] = []

    def visit(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""  # comments and processing instructions: ""
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if tag and tag not in _SKIP_TAGS:
            if el.text:
                parts.append(_SPACES.sub(" ", el.text))
            for child in el:
                visit(child)
                if child.tail:
                    parts.append(_SPACES.sub(" ", child.tail))
        if block:
            parts.append("\n")

    visit(element)
    lines = (line.strip(" ") for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# --- publication date, title, URL -------------------------------------------------------------


def _json_ld_dates(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        value = node.get("datePublished")
        if isinstance(value, str):
            yield value
        for child in node.values():
            yield from _json_ld_dates(child)
    elif isinstance(node, list):
        for child in node:
            yield from _json_ld_dates(child)


def _meta_values(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """The first `content` of each meta tag, keyed by its lower-cased property, name or itemprop."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key:
                values.setdefault(key, content.strip())
    return values


def find_published(tree: lxml.html.HtmlElement) -> tuple[str | None, str]:
    """The page's publication date and where it was found: `json-ld`, `meta`, `html-time` or `unknown`."""
    for script in tree.iter("script"):
        if (script.get("type") or "").split(";")[0].strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except json.JSONDecodeError:
            continue  # broken JSON-LD is common; other sources may still have the date
        for value in _json_ld_dates(data):
            published = normalise_date(value)
            if published:
                return published, "json-ld"
    meta = _meta_values(tree)
    for key in META_DATE_KEYS:
        published = normalise_date(meta.get(key, ""))
        if published:
            return published, "meta"
    times = [t for t in tree.iter("time") if t.get("datetime")]
    # A <time> marked as the publication date beats the first one on the page (often a sidebar's).
    times.sort(key=lambda t: not (t.get("pubdate") is not None or t.get("itemprop") == "datePublished"))
    for element in times:
        published = normalise_date(element.get("datetime", ""))
        if published:
            return published, "html-time"
    return None, "unknown"


def find_title(tree: lxml.html.HtmlElement) -> str | None:
    """`og:title`, else `<title>`, else the first `<h1>`."""
    meta = _meta_values(tree)
    candidates = [meta.get("og:title")]
    candidates += [el.text_content() for el in tree.iter("title")][:1]
    candidates += [el.text_content() for el in tree.iter("h1")][:1]
    for candidate in candidates:
        if candidate and candidate.strip():
            return _SPACES.sub(" ", candidate).strip()
    return None


def find_url(tree: lxml.html.HtmlElement) -> str | None:
    """The page's canonical URL (`<link rel="canonical">` or `og:url`), if it names one."""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return str(link.get("href")).strip()
    return _meta_values(tree).get("og:url")


# --- Twitter/X embeds ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Embed:
    """A tweet read from its embed code: its text, the date as the embed writes it, and its `Post`,
    whose span is set once the tweet has a place in the document text."""

    text: str
    date_text: str
    post: Post

    @property
    def text_form(self) -> str:
        signature = f"— {self.post.author} (@{self.post.handle}) {self.date_text}".rstrip()
        return f"{self.text}\n{signature}"


def _posted(date_text: str) -> str | None:
    """The ISO date of an embed's date link: `June 17, 2024`, `Jun 17, 2024` or `2024年6月17日`."""
    for fmt in ("%B %d, %Y", "%b %d, %Y"):
        try:
            posted = datetime.strptime(date_text, fmt).date()
        except ValueError:
            continue
        # December 31, 9999 parses, but no relative time can be resolved against it
        return posted.isoformat() if plausible_day(posted.year) else None
    return normalise_date(date_text)


def _read_embed(quote: lxml.html.HtmlElement) -> _Embed | None:
    """The tweet in one embed blockquote, or None when its signature is not the embed code's."""
    paragraphs = [p for p in quote if p.tag == "p"]
    text = "\n".join(block_text(p) for p in paragraphs).strip()
    links = [a for a in quote.iter("a") if "/status/" in (a.get("href") or "")]
    date_link = links[-1] if links else None
    # The signature is the blockquote's own text outside its paragraphs and the date link.
    signature = (quote.text or "") + "".join(
        (child.text_content() if child not in paragraphs and child is not date_link else "")
        + (child.tail or "")
        for child in quote
    )
    match = _SIGNATURE.search(_SPACES.sub(" ", signature).strip())
    if not text or not match:
        return None
    date_text = _SPACES.sub(" ", date_link.text_content()).strip() if date_link is not None else ""
    status_url = None
    if date_link is not None:
        parts = urlsplit(str(date_link.get("href")))
        status_url = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    tags = [
        a.text_content().strip().lstrip("#＃")
        for p in paragraphs
        for a in p.iter("a")
        if "/hashtag/" in (a.get("href") or "")
    ]
    tags += _HASHTAG.findall(text)
    lang = next((p.get("lang") for p in paragraphs if p.get("lang") in ("ja", "en")), None)
    post = Post(
        span=Span(0, 0),
        platform="twitter",
        author=match.group("name"),
        handle=match.group("handle"),
        posted=_posted(date_text),
        first_line=text.split("\n", 1)[0],
        urls=tuple(dict.fromkeys(_POST_URL.findall(text))),
        hashtags=tuple(dict.fromkeys(t for t in tags if t)),
        status_url=status_url,
        language=lang or detect_language(text),
    )
    return _Embed(text=text, date_text=date_text, post=post)


def take_embeds(tree: lxml.html.HtmlElement, nonce: str) -> list[tuple[str, _Embed]]:
    """Replace each tweet embed in `tree` by a placeholder paragraph; return `(placeholder, embed)` pairs.

    Blockquotes whose signature does not parse stay in the tree as ordinary quoted text.
    """
    found: list[tuple[str, _Embed]] = []
    for quote in list(tree.iter("blockquote")):
        classes = (quote.get("class") or "").split()
        if "twitter-tweet" not in classes:
            continue
        parent = quote.getparent()
        embed = _read_embed(quote)
        if embed is None or parent is None:
            continue
        token = f"ngembed{nonce}n{len(found)}"
        placeholder = lxml.html.Element("p")
        placeholder.text = token
        placeholder.tail = quote.tail  # the tail belongs to the replaced element in lxml
        parent.replace(quote, placeholder)
        found.append((token, embed))
    return found


def place_embeds(text: str, embeds: list[tuple[str, _Embed]]) -> tuple[str, tuple[Post, ...]]:
    """Put each embed's text form where its placeholder stands in `text` (or at the end); make its Post."""
    parts: list[str] = []
    size = 0
    posts: list[Post] = []

    def emit(piece: str) -> None:
        nonlocal size
        if piece:
            parts.append(piece)
            size += len(piece)

    def emit_post(embed: _Embed) -> None:
        if parts and not parts[-1].endswith("\n"):
            emit("\n")
        start = size
        emit(embed.text_form)
        posts.append(replace(embed.post, span=Span(start, size)))

    cursor = 0
    dropped: list[_Embed] = []
    for token, embed in embeds:
        at = text.find(token, cursor)
        if at < 0:
            dropped.append(embed)
            continue
        emit(text[cursor:at])
        emit_post(embed)
        cursor = at + len(token)
        if cursor < len(text) and text[cursor] != "\n":
            emit("\n")
    emit(text[cursor:])
    for embed in dropped:
        emit_post(embed)
    return "".join(parts), tuple(posts)


# --- the fallback: the page's visible text -------------------------------------------------------


class _VisibleText(HTMLParser):
    """The text a browser shows, as lines: a streaming tokenizer, so no nesting depth can lose it
    (libxml2 stops building the tree a few hundred levels down, and the extractor with it)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # depth inside <script>, <style>, <head>...

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(_SPACES.sub(" ", data))


_HIDDEN_TAGS = _SKIP_TAGS | {"head", "title"}


def visible_text(page: str) -> str:
    """The visible text of an HTML page as lines (block elements end lines), however deep its nesting."""
    parser = _VisibleText()
    parser.feed(page)
    parser.close()
    lines = (line.strip(" ") for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# --- readers ------------------------------------------------------------------------------------


def read_html(html: str, *, id: str, source: str, url: str | None = None) -> Document:
    """A `Document` from an HTML page: main text with its tweets in place, title, URL, date.

    `url` (where the page was fetched from) wins over the page's canonical URL. Raises
    `InputError` when the page has no main text.
    """
    tree = _parse(html)
    published, how = find_published(tree)
    title = find_title(tree)
    url = url or find_url(tree)
    embeds = take_embeds(tree, short_hash(html))
    extracted = trafilatura.extract(
        tree,
        url=url,
        include_comments=False,
        favor_recall=True,
        with_metadata=False,
        include_tables=True,
        deduplicate=False,
    )
    text, posts = place_embeds(canonical_text(extracted or "").strip("\n"), embeds)
    text_how = "main-text"
    if not text.strip():
        # The extractor found no article (deep nesting, unusual markup): the page's visible text
        # beats losing the page, and `text_how` says which was stored.
        text, posts, text_how = canonical_text(visible_text(html)), (), "visible-text"
        log.info("%s: no main text found; stored the page's visible text", source)
    if not text.strip():
        raise InputError(NO_TEXT_REASON, source)
    return make_document(
        id=id,
        text=text,
        source=source,
        url=url,
        title=title,
        published=published,
        published_how=how,
        posts=posts,
        text_how=text_how,
    )


def fragment_text(html: str) -> tuple[str, tuple[Post, ...]]:
    """The text of an HTML fragment (a feed entry's content) with its tweets as posts, no extraction.

    Feed content is already the article body, so it is converted whole instead of going through
    trafilatura, which drops short fragments as boilerplate.
    """
    html = html.strip()
    if not html:
        return "", ()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return "", ()
    embeds = take_embeds(root, short_hash(html))
    return place_embeds(block_text(root), embeds)
