"""URLs, served by a test HTTP server on 127.0.0.1: pages, text, feeds, errors, caps and redirects."""

from __future__ import annotations

import time

from ingest_server import Route, Server

from newsgraph.ingest import IngestOptions, read_inputs, read_url
from newsgraph.ingest._url import is_public_host
from newsgraph.model import Document, Skip

TEXT = "北朝鮮の金正恩総書記は１８日、平壌でロシアのプーチン大統領と会談した。\n"


def one(url: str, options: IngestOptions = IngestOptions()) -> Document | Skip:
    items = list(read_url(url, options))
    assert len(items) == 1
    return items[0]


def test_html_page(server: Server, tweet_page: str) -> None:
    server.routes["/world/putin-visit.html"] = Route(body=tweet_page.encode("utf-8"))
    url = server.url("/world/putin-visit.html")
    doc = one(url)
    assert isinstance(doc, Document)
    assert doc.source == url
    assert doc.url == url  # where it was fetched from beats the page's canonical URL
    assert doc.id.startswith("127-0-0-1-") and "world-putin-visit-html" in doc.id
    assert (doc.published, doc.published_how) == ("2024-06-18T09:30:00+09:00", "json-ld")
    assert [p.handle for p in doc.posts] == ["hst_tvasahi", "sputnik_jp"]


def test_plain_text_with_and_without_charset(server: Server) -> None:
    server.routes["/a.txt"] = Route(body=TEXT.encode("cp932"), content_type="text/plain; charset=Shift_JIS")
    server.routes["/b.txt"] = Route(body=TEXT.encode("euc_jp"), content_type="text/plain")
    server.routes["/c"] = Route(body=TEXT.encode("utf-8"), content_type=None)
    for path in ("/a.txt", "/b.txt", "/c"):
        doc = one(server.url(path))
        assert isinstance(doc, Document) and doc.text == TEXT
    ids = {d.id for d in read_inputs([server.url(p) for p in ("/a.txt", "/b.txt", "/c")])}
    assert len(ids) == 3


def test_html_served_as_octet_stream_is_sniffed(server: Server, tweet_page: str) -> None:
    server.routes["/page"] = Route(body=tweet_page.encode("utf-8"), content_type="application/octet-stream")
    doc = one(server.url("/page"))
    assert isinstance(doc, Document) and len(doc.posts) == 2


def test_binary_body_is_skipped(server: Server) -> None:
    server.routes["/img"] = Route(body=b"\x89PNG\r\n\x1a\n" + bytes(100), content_type="image/png")
    item = one(server.url("/img"))
    assert isinstance(item, Skip) and item.reason.startswith("binary file")


def feed(server: Server) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local</title><link>{server.base}/</link><description>d</description>
<item><title>Feed title</title><link>{server.url("/story.html")}</link>
<pubDate>Tue, 18 Jun 2024 09:00:00 +0900</pubDate><description>要約の文です。</description></item>
<item><title>Gone</title><link>{server.url("/gone.html")}</link><description>消えた記事の要約。</description></item>
</channel></rss>""".encode()


STORY_TEXT = "記事ページの本文です。プーチン大統領が平壌に到着した。"
STORY = f"<html><body><article><p>{STORY_TEXT}</p></article></body></html>"


def test_feed_url_uses_entry_summaries(server: Server) -> None:
    server.routes["/feed"] = Route(body=feed(server), content_type="application/rss+xml; charset=utf-8")
    first, second = read_url(server.url("/feed"))
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == "要約の文です。"
    assert (first.published, first.published_how, first.title) == (
        "2024-06-18T09:00:00+09:00",
        "feed",
        "Feed title",
    )
    assert first.source == server.url("/feed")


def test_feed_url_following_links(server: Server) -> None:
    server.routes["/feed"] = Route(body=feed(server), content_type="text/xml")
    server.routes["/story.html"] = Route(body=STORY.encode("utf-8"))
    # the test's own server is on 127.0.0.1: links a feed names there are refused unless allowed
    options = IngestOptions(follow_feed_links=True, allow_private_urls=True)
    story, gone = read_url(server.url("/feed"), options)
    assert isinstance(story, Document)
    assert story.text == STORY_TEXT
    assert story.url == server.url("/story.html")
    # The page has no date or title of its own: the feed's fill them in.
    assert (story.published, story.published_how, story.title) == (
        "2024-06-18T09:00:00+09:00",
        "feed",
        "Feed title",
    )
    assert gone == Skip(server.url("/gone.html"), "HTTP 404 Not Found")


def test_feed_links_to_private_addresses_are_refused(server: Server) -> None:
    server.routes["/feed"] = Route(body=feed(server), content_type="text/xml")
    server.routes["/story.html"] = Route(body=STORY.encode("utf-8"))
    # The feed itself was asked for by the user; the links inside it lead to loopback.
    story, gone = read_url(server.url("/feed"), IngestOptions(follow_feed_links=True))
    assert story == Skip(
        server.url("/story.html"), "127.0.0.1 is not a public address; pass --allow-private-urls to fetch it"
    )
    assert isinstance(gone, Skip) and "not a public address" in gone.reason


def test_public_addresses() -> None:
    for host in ("127.0.0.1", "localhost", "10.1.2.3", "192.168.0.1", "172.16.5.5", "169.254.169.254", "::1"):
        assert not is_public_host(host), host
    assert is_public_host("93.184.216.34") and is_public_host("2606:4700::1111")


def test_http_errors_are_skips(server: Server) -> None:
    server.routes["/boom"] = Route(status=500, body=b"oops", content_type="text/plain")
    assert one(server.url("/missing")) == Skip(server.url("/missing"), "HTTP 404 Not Found")
    assert one(server.url("/boom")) == Skip(server.url("/boom"), "HTTP 500 Internal Server Error")


def test_size_cap_while_streaming_and_from_the_header(server: Server) -> None:
    server.routes["/stream"] = Route(body=b"a" * 5000, content_type="text/plain", send_length=False)
    server.routes["/declared"] = Route(body=b"a" * 5000, content_type="text/plain")
    options = IngestOptions(max_bytes=1000)
    for path in ("/stream", "/declared"):
        item = one(server.url(path), options)
        assert isinstance(item, Skip)
        assert item.reason.startswith("larger than 1000 bytes")


def test_redirects_are_followed_up_to_five(server: Server) -> None:
    server.routes["/story.html"] = Route(body=STORY.encode("utf-8"))
    server.routes["/old"] = Route(status=301, content_type=None, headers={"Location": "/story.html"})
    for hop in range(7):
        server.routes[f"/hop{hop}"] = Route(
            status=302, content_type=None, headers={"Location": f"/hop{hop + 1}"}
        )
    server.routes["/hop7"] = Route(body=b"end", content_type="text/plain")
    doc = one(server.url("/old"))
    assert isinstance(doc, Document) and doc.url == server.url("/story.html")
    assert doc.source == server.url("/old")
    assert isinstance(one(server.url("/hop2")), Document)  # five redirects: still followed
    assert one(server.url("/hop1")) == Skip(server.url("/hop1"), "more than 5 redirects")


def test_timeout_is_a_skip(server: Server) -> None:
    server.routes["/slow"] = Route(body=b"late", content_type="text/plain", delay=2.0)
    item = one(server.url("/slow"), IngestOptions(timeout=0.3))
    assert isinstance(item, Skip)
    assert item.reason.startswith("timed out after 0.3 s")


def test_total_deadline_stops_a_dripping_server(server: Server) -> None:
    # one byte every 0.1 s never trips the per-read timeout; the whole fetch still ends
    server.routes["/drip"] = Route(body=b"x" * 200, content_type="text/plain", drip=0.1)
    started = time.monotonic()
    item = one(server.url("/drip"), IngestOptions(timeout=5.0, deadline=1.0))
    assert time.monotonic() - started < 3.0
    assert isinstance(item, Skip) and item.reason.startswith("not complete after 1 s")
    # a server that drips its headers is given up at the deadline too
    server.routes["/drip-headers"] = Route(body=b"x" * 200, drip=0.1, drip_headers=True)
    started = time.monotonic()
    item = one(server.url("/drip-headers"), IngestOptions(timeout=5.0, deadline=1.0))
    assert time.monotonic() - started < 3.0
    assert isinstance(item, Skip) and item.reason.startswith("not complete after 1 s")
    # a fast server finishes well within the same deadline
    server.routes["/fast"] = Route(body=b"x" * 200, content_type="text/plain")
    assert isinstance(one(server.url("/fast"), IngestOptions(deadline=1.0)), Document)


def test_unsupported_schemes_and_unreachable_hosts(server: Server) -> None:
    assert one("file:///etc/hosts") == Skip("file:///etc/hosts", "only http and https URLs are supported")
    server.httpd.server_close()  # nothing listens on the port any more
    url = server.url("/closed")
    item = one(url, IngestOptions(timeout=2))
    assert isinstance(item, Skip) and item.reason.startswith("cannot fetch it")
