"""http(s) URLs: fetch with a timeout and a size cap, then read the body by its content type.

The size cap is enforced while streaming (on the decompressed body), so a server that lies about
or leaves out its Content-Length cannot make us hold more than `max_bytes`.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlsplit

import httpx

from newsgraph.errors import FetchError, UnsupportedInput
from newsgraph.ingest._common import IngestOptions, Item, make_document, slug
from newsgraph.ingest._feed import read_feed
from newsgraph.ingest._html import decode_html, read_html
from newsgraph.ingest._text import decode_bytes

MAX_REDIRECTS = 5
DEADLINE_SLACK = 0.5  # seconds past the deadline before a fetch stuck in its headers is given up
HTML_TYPES = frozenset(("text/html", "application/xhtml+xml"))
FEED_TYPES = frozenset(
    ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
)


@dataclass(frozen=True)
class Response:
    """A fetched body with what the server said about it."""

    url: str  # after redirects
    body: bytes
    mime: str  # lower-cased, without parameters; "" when the server sent none
    charset: str | None


def check_url(url: str) -> None:
    """Raise `UnsupportedInput` unless `url` is an http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise UnsupportedInput("only http and https URLs are supported", url)
    if not parts.netloc:
        raise UnsupportedInput("the URL has no host", url)


def is_public_host(host: str) -> bool:
    """True when every address `host` resolves to is a public one (not loopback, link-local,
    private, multicast, reserved or unspecified); False when it does not resolve."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    addresses = {ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos}
    return bool(addresses) and all(a.is_global and not a.is_multicast for a in addresses)


def _refuse_private(request: httpx.Request) -> None:
    """A request hook: refuse a link found in a feed, or a redirect, that leads to a private address."""
    host = request.url.host
    if not is_public_host(host):
        raise UnsupportedInput(
            f"{host} is not a public address; pass --allow-private-urls to fetch it", str(request.url)
        )


def fetch(url: str, options: IngestOptions, *, public_only: bool = False) -> Response:
    """GET `url`, following up to five redirects; raises `FetchError` on any failure.

    The whole fetch, however slowly the server sends, ends after `options.deadline` seconds.
    With `public_only` every request of it (redirects too) must go to a public address.
    """
    check_url(url)
    outcome: list[Response | BaseException] = []

    def run() -> None:
        try:
            outcome.append(_fetch(url, options, public_only))
        except BaseException as exc:  # handed to the caller's thread below
            outcome.append(exc)

    # The body loop stops a body that drips at the deadline; a server that drips its headers keeps
    # httpx inside one call, so the fetch runs in a thread we stop waiting for. The thread ends
    # when the server stops; as a daemon it never holds the process open.
    worker = threading.Thread(target=run, name=f"fetch {url}", daemon=True)
    worker.start()
    worker.join(options.deadline + DEADLINE_SLACK)
    if not outcome:
        raise FetchError(_too_slow(options), url)
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _fetch(url: str, options: IngestOptions, public_only: bool) -> Response:
    headers = {"User-Agent": options.user_agent}
    hooks = {"request": [_refuse_private]} if public_only else {}
    deadline = time.monotonic() + options.deadline
    try:
        with (
            httpx.Client(
                timeout=min(options.timeout, options.deadline),
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                headers=headers,
                event_hooks=hooks,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".rstrip(), url)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > options.max_bytes:
                raise FetchError(_too_large(options), url)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                if time.monotonic() > deadline:
                    raise FetchError(_too_slow(options), url)
                size += len(chunk)
                if size > options.max_bytes:
                    raise FetchError(_too_large(options), url)
                chunks.append(chunk)
            mime, _, params = response.headers.get("Content-Type", "").partition(";")
            return Response(
                url=str(response.url),
                body=b"".join(chunks),
                mime=mime.strip().lower(),
                charset=_charset(params),
            )
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out after {options.timeout:g} s; retry or raise the timeout", url) from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", url) from exc
    except httpx.InvalidURL as exc:
        raise UnsupportedInput(f"invalid URL ({exc})", url) from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot fetch it ({exc}); check the address and the network", url) from exc


def _too_slow(options: IngestOptions) -> str:
    return (
        f"not complete after {options.deadline:g} s (the server sends too slowly); raise the fetch deadline"
    )


def _too_large(options: IngestOptions) -> str:
    return f"larger than {options.max_bytes} bytes; raise max_bytes to read it"


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _sniff(body: bytes) -> str:
    """A content type for a body served without a useful one, from its first bytes."""
    head = body[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "text/html"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "application/rss+xml"
    return "text/plain"


def read_url(url: str, options: IngestOptions, *, from_feed: bool = False) -> Iterator[Item]:
    """Fetch `url` and yield its document(s): an HTML page or plain text is one, a feed is one per entry.

    A URL `from_feed` (a link a feed named) is fetched only from a public address unless
    `options.allow_private_urls`: a feed must not make us reach into the local network.
    """
    response = fetch(url, options, public_only=from_feed and not options.allow_private_urls)
    mime = response.mime
    if mime not in HTML_TYPES and mime not in FEED_TYPES and not mime.startswith("text/"):
        mime = _sniff(response.body)
    doc_id = slug(url)
    if mime in HTML_TYPES:
        html = decode_html(response.body, url, response.charset)
        yield read_html(html, id=doc_id, source=url, url=response.url)
    elif mime in FEED_TYPES:
        follow = partial(read_url, options=options, from_feed=True)
        yield from read_feed(response.body, url, options, follow=follow)
    else:
        text = decode_bytes(response.body, url, response.charset)
        yield make_document(id=doc_id, text=text, source=url, url=response.url)
