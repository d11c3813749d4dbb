"""The HTML pages, the highlighted document text and the timeline's date placement."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient
from markupsafe import Markup

from newsgraph.web.highlight import Layer, render
from newsgraph.web.pages import date_bounds, safe_url

PAGES = (
    "/",
    "/timeline",
    "/network",
    "/actors",
    "/actors/wiki:Vladimir_Putin",
    "/documents",
    "/documents/ja_putin_visit",
    "/events/ev_putin_visit",
    "/search?q=North+Korea",
)


def embedded(html: str, element_id: str) -> object:
    m = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', html, re.S)
    assert m, element_id
    return json.loads(m.group(1))


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_with_a_strict_policy(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["Content-Security-Policy"]
    # no inline script: every <script> either loads a local file or holds JSON data
    for tag in re.findall(r"<script[^>]*>", r.text):
        assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
    assert "http://" not in r.text.replace('href="http', "") and "cdn" not in r.text.lower()


def test_vendored_libraries_are_served(client: TestClient) -> None:
    for path in (
        "/static/vendor/vis-timeline/vis-timeline-graph2d.min.js",
        "/static/vendor/vis-timeline/vis-timeline-graph2d.min.css",
        "/static/vendor/cytoscape/cytoscape.min.js",
        "/static/js/ui.js",
        "/static/app.css",
    ):
        assert client.get(path).status_code == 200, path


def test_overview_page(client: TestClient) -> None:
    html = client.get("/").text
    assert "North Korea" in html and "Vladimir Putin" in html
    assert "プーチン大統領、24年ぶり訪朝へ" in html


def test_timeline_embeds_dated_events_and_lists_the_rest(client: TestClient) -> None:
    html = client.get("/timeline").text
    items = embedded(html, "timeline-data")
    assert isinstance(items, list)
    by_id = {i["id"]: i for i in items}
    assert by_id["ev_putin_visit"]["start"] == "2024-06-18"
    assert by_id["ev_usa"]["start"] == "2023-03-01" and by_id["ev_usa"]["end"] == "2023-04-01"
    assert "ev_prk_aid" not in by_id  # no date: in the table below instead
    assert "Events without a date" in html and "短距離弾道ミサイル" in html


def test_timeline_filters(client: TestClient) -> None:
    items = embedded(
        client.get("/timeline", params={"actor": "putin", "status": "planned"}).text, "timeline-data"
    )
    assert [i["id"] for i in items] == ["ev_putin_visit"]  # type: ignore[index]
    items = embedded(
        client.get("/timeline", params={"type": "sanction", "since": "2020"}).text, "timeline-data"
    )
    assert [i["id"] for i in items] == ["ev_usa"]  # type: ignore[index]
    r = client.get("/timeline", params={"since": "last week"})
    assert r.status_code == 400 and "2024-06" in r.text


def test_network_embeds_actors_and_weighted_coloured_edges(client: TestClient) -> None:
    elements = embedded(client.get("/network").text, "network-data")
    assert isinstance(elements, list)
    nodes = {e["data"]["id"]: e["data"] for e in elements if "source" not in e["data"]}
    edges = [e["data"] for e in elements if "source" in e["data"]]
    assert nodes["wiki:North_Korea"]["label"] == "North Korea"
    visit = next(e for e in edges if e["source"] == "wiki:Vladimir_Putin")
    assert visit["kind"] == "cooperation" and visit["material"] is False
    usa = next(e for e in edges if e["source"] == "wiki:United_States")
    assert usa["kind"] == "conflict" and usa["material"] is True
    assert all(e["source"] in nodes and e["target"] in nodes for e in edges)


def test_actor_page(client: TestClient) -> None:
    html = client.get("/actors/wiki:Vladimir_Putin").text
    assert "Vladimir Putin" in html and "プーチン大統領" in html
    assert "2024-06" in html  # events over time
    assert client.get("/actors/wiki:Nobody").status_code == 404


def test_document_page_highlights_and_lists_events(client: TestClient) -> None:
    html = client.get("/documents/ja_putin_visit").text
    assert re.search(r'class="[^"]*\bentity entity-person\b[^"]*" title="[^"]*Vladimir Putin \(PERSON', html)
    assert '<a href="/actors/wiki:Vladimir_Putin">' in html
    assert re.search(r'class="[^"]*\btime\b[^"]*" title="[^"]*time: 2024-06-18', html)
    assert 'id="evidence-0"' in html and 'href="#evidence-0"' in html
    assert "twitter · 報道ステーション+土日ステ (@hst_tvasahi) · 2024-06-17" in html
    assert "according to" in html and "Presidential Administration of Russia" in html
    assert "planned" in html
    assert client.get("/documents/nope").status_code == 404


def test_event_page(client: TestClient) -> None:
    html = client.get("/events/ev_putin_visit").text
    assert "CONSULT" in html and "2 in 2 documents" in html
    assert client.get("/events/nope").status_code == 404


def test_render_escapes_every_piece_and_nests_nothing() -> None:
    text = "a<b>c & d"
    html = render(text, [Layer(1, 4, ("entity",), title='x"y', href="/actors/e"), Layer(3, 6, ("time",))])
    assert isinstance(html, Markup)
    assert "<b" not in html.replace("<a ", "") and "&amp;" in html
    assert 'title="x&#34;y"' in html
    # the overlap is cut into flat pieces, each with the classes covering it
    assert '<span class="entity time" title="x&#34;y">&gt;</span>' in html
    assert re.sub(r"<[^>]+>", "", str(html)) == "a&lt;b&gt;c &amp; d"


def test_render_drops_spans_outside_the_text() -> None:
    assert render("abc", [Layer(2, 9, ("x",)), Layer(2, 2, ("y",)), Layer(-1, 1, ("z",))]) == "abc"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-18", ("2024-06-18", None)),
        ("2024-06", ("2024-06-01", "2024-07-01")),
        ("2024-12", ("2024-12-01", "2025-01-01")),
        ("1950", ("1950-01-01", "1951-01-01")),
        ("2024-06-18/2024-06-19", ("2024-06-18", "2024-06-20")),
        ("2024-06-18T20:00", ("2024-06-18", None)),
        ("P24Y", None),
        ("R/P1Y", None),
        ("2024-13", None),
        (None, None),
    ],
)
def test_date_bounds(value: str | None, expected: tuple[str, str | None] | None) -> None:
    assert date_bounds(value) == expected


def test_safe_url() -> None:
    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url(None) is None
