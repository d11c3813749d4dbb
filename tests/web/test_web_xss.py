"""A hostile document: its title, text, post author, entity name, evidence and URLs carry script.

Every page must show those as text, and the API must hand them back as JSON data, unchanged.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from web_data import HOSTILE_ID, IMG, PAYLOADS, SCRIPT

HOSTILE_ACTOR = "/actors/" + quote(HOSTILE_ID, safe=":")
PAGES = [
    "/",
    "/timeline",
    "/timeline?actor=" + quote(SCRIPT),
    "/network",
    "/actors",
    "/actors?q=" + quote(IMG),
    HOSTILE_ACTOR,
    "/actors/wiki:North_Korea",
    "/documents",
    "/documents/hostile",
    "/events/ev_hostile",
    "/search?q=" + quote(SCRIPT),
    "/search?q=" + quote(IMG),
    "/documents/" + quote(SCRIPT, safe=""),  # a 404 page that names the id
    "/timeline?since=" + quote(IMG),  # a 400 page that names the value
]


def assert_inert(html: str) -> None:
    """No payload survives as markup: tags, handlers and script URLs appear only escaped."""
    assert "<img" not in html.lower()
    assert "<script>alert" not in html.lower()
    # each handler that appears sits inside text that was escaped as HTML or as JSON
    inert = ("&lt;img src=x onerror=alert(1)&gt;", "\\u003cimg src=x onerror=alert(1)\\u003e")
    assert html.count("onerror=") == sum(html.count(form) for form in inert)
    assert not re.search(r"""(href|src)\s*=\s*["']?\s*javascript:""", html, re.I)
    # every <script> is a local file or a JSON block
    for tag in re.findall(r"<script[^>]*>", html):
        assert 'src="/static/' in tag or 'type="application/json"' in tag, tag


@pytest.mark.parametrize("path", PAGES)
def test_pages_show_payloads_as_text(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (200, 400, 404), path
    assert r.headers["content-type"].startswith("text/html")
    assert_inert(r.text)
    shown = ("&lt;script&gt;alert(1)", "&lt;img src=x", "\\u003cscript\\u003e", "\\u003cimg src=x")
    assert any(form in r.text for form in shown), "the page should show the hostile data, as text"


def test_hostile_document_page_shows_every_field_escaped(client: TestClient) -> None:
    html = client.get("/documents/hostile").text
    escaped_script = "&lt;script&gt;alert(1)&lt;/script&gt;"
    escaped_img = "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"
    assert html.count(escaped_script) >= 4  # title, text, post author, evidence
    assert html.count(escaped_img) >= 4
    assert "javascript:alert(3)" in html  # the URL is shown as text...
    assert 'href="javascript:' not in html  # ...never as a link
    assert "original post" not in html  # the post's javascript: status URL is not linked


def test_embedded_json_cannot_close_its_script_block(client: TestClient) -> None:
    for path in ("/timeline", "/network"):
        html = client.get(path).text
        blocks = re.findall(r'<script type="application/json" id="[^"]+">(.*?)</script>', html, re.S)
        assert blocks
        for block in blocks:
            assert "<" not in block and ">" not in block  # tojson writes them as \u003c, \u003e


def test_hostile_actor_is_reachable(client: TestClient) -> None:
    r = client.get(HOSTILE_ACTOR)
    assert r.status_code == 200
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in r.text


@pytest.mark.parametrize(
    "path",
    [
        "/api/documents",
        "/api/documents/hostile",
        "/api/events",
        "/api/events/ev_hostile",
        "/api/actors",
        "/api/actors/" + quote(HOSTILE_ID, safe=":"),
        "/api/pairs",
        "/api/search?q=" + quote(SCRIPT),
        "/api/overview",
    ],
)
def test_api_returns_payloads_as_json_data(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert any(p in r.text.replace('\\"', '"') for p in PAYLOADS), path


def test_api_round_trips_the_hostile_fields(client: TestClient) -> None:
    doc = client.get("/api/documents/hostile").json()
    assert doc["title"] == SCRIPT + IMG
    assert doc["posts"][0]["author"] == SCRIPT + IMG
    assert SCRIPT in doc["text"] and IMG in doc["text"]
    ev = client.get("/api/events/ev_hostile").json()
    assert ev["source_labels"] == [IMG] and SCRIPT in ev["evidence"]
