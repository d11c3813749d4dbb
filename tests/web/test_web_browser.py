"""The pages in a real browser: Debian's Chromium driven by Playwright, against uvicorn on 127.0.0.1.

Checks that every page runs without script errors and loads nothing from elsewhere, that the seed's
events are on the timeline, that clicking a network edge lists its events, that Japanese text
renders, and that a hostile document never opens a dialog; then the analyst's views over dated
events: the trend chart drills down to events and their evidence, facets narrow the events list,
exports download the filtered list, the network colours its actors and keeps labels readable, and
the API docs run offline. Takes screenshots of the timeline, the network, a document page, the
trend chart, the events list and the API docs; with UPDATE_SCREENSHOTS=1 they replace
docs/screenshots/*.png (so that an ordinary test run leaves the work tree clean).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
import uvicorn
import web_data

from newsgraph.web import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DOCS_SCREENSHOTS = web_data.REPO / "docs" / "screenshots"
DOC = web_data.SEED.stem
PUTIN, PRK = "wiki:Vladimir_Putin", "wiki:North_Korea"


@dataclass
class Served:
    base: str
    server: uvicorn.Server
    thread: threading.Thread


def serve(db: Path, snapshots: Path) -> Iterator[Served]:
    """uvicorn on a free port of 127.0.0.1, in a thread, until the generator is closed."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(db, snapshot_dir=snapshots)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield Served(f"http://127.0.0.1:{port}", server, thread)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def seed_site(seed_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    yield from serve(seed_db, tmp_path_factory.mktemp("browser-seed"))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("browser-hostile")
    db = web_data.build(folder / "hostile.duckdb", [*web_data.clean(), web_data.hostile()])
    yield from serve(db, folder / "snapshots")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists() or shutil.which("chromium") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing: run `make system-deps`")
        pytest.skip("Chromium is not installed (`make system-deps` installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: docs/screenshots/ when UPDATE_SCREENSHOTS=1, else a temporary folder."""
    folder = (
        DOCS_SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path_factory.mktemp("shots")
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class Watched:
    """A page with everything that went wrong on it recorded."""

    page: object
    base: str
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(browser: object) -> Iterator:  # type: ignore[type-arg]
    contexts = []

    def opener(site: Served, width: int = 1400, height: int = 900) -> Watched:
        ctx = browser.new_context(viewport={"width": width, "height": height}, locale="ja-JP")  # type: ignore[attr-defined]
        contexts.append(ctx)
        page = ctx.new_page()
        w = Watched(page, site.base)

        def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
            w.dialogs.append(dialog.message)
            dialog.dismiss()

        def on_request(request) -> None:  # type: ignore[no-untyped-def]
            if not request.url.startswith((site.base + "/", "data:", "about:")):
                w.foreign.append(request.url)

        page.on("dialog", on_dialog)
        page.on("request", on_request)
        page.on("pageerror", lambda exc: w.errors.append(f"pageerror: {exc}"))
        page.on("console", lambda m: w.errors.append(f"console: {m.text}") if m.type == "error" else None)
        return w

    yield opener
    for ctx in contexts:
        ctx.close()


def visit(w: Watched, path: str) -> None:
    resp = w.page.goto(w.base + path)  # type: ignore[attr-defined]
    assert resp is not None and resp.status == 200, path
    w.page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]


def click_edge(w: Watched, source: str, target: str) -> None:
    """Click the network edge `source` → `target`, as a person would: on a visible part of its line,
    not where a node or another edge is drawn over it."""
    page = w.page
    page.wait_for_selector("#network[data-ready=true]", state="attached")  # type: ignore[attr-defined]
    at = page.evaluate(  # type: ignore[attr-defined]
        """([s, t]) => {
            const cy = window.newsgraphNetwork;
            const edge = cy.edges().filter((e) => e.data("source") === s && e.data("target") === t)[0];
            const a = edge.renderedSourceEndpoint(), b = edge.renderedTargetEndpoint();
            let c;  // a lone edge is drawn straight and has no control points to ask for
            try { c = (edge.renderedControlPoints() || [])[0]; } catch (e) { c = undefined; }
            const box = document.getElementById("network").getBoundingClientRect();
            const z = cy.zoom(), pan = cy.pan();  // the renderer hit-tests in model coordinates
            const ours = (x, y) => {
                const hit = cy.renderer().findNearestElement((x - pan.x) / z, (y - pan.y) / z, true, false);
                return hit && hit.id() === edge.id();
            };
            for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75]) {
                const p = c
                    ? { x: (1 - f) ** 2 * a.x + 2 * (1 - f) * f * c.x + f * f * b.x,
                        y: (1 - f) ** 2 * a.y + 2 * (1 - f) * f * c.y + f * f * b.y }
                    : { x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y) };
                // not where another edge crosses it: the edge must win all around the point too
                const around = [[0, 0], [4, 0], [-4, 0], [0, 4], [0, -4]];
                if (around.every(([dx, dy]) => ours(p.x + dx, p.y + dy))) {
                    return { x: box.left + p.x, y: box.top + p.y };
                }
            }
            return null;
        }""",
        [source, target],
    )
    assert at is not None, "the edge is hidden under other elements everywhere along its line"
    page.mouse.click(at["x"], at["y"])  # type: ignore[attr-defined]
    page.wait_for_selector(".panel-events[data-loaded]", state="attached", timeout=10_000)  # type: ignore[attr-defined]


SEED_PAGES = [
    "/",
    "/timeline",
    "/network",
    "/actors",
    f"/actors/{PUTIN}",
    "/documents",
    f"/documents/{DOC}",
    "/search?q=" + quote("訪朝"),
]


def test_every_page_runs_clean_and_stays_local(seed_site: Served, open_page) -> None:  # type: ignore[no-untyped-def]
    w = open_page(seed_site)
    for path in SEED_PAGES:
        visit(w, path)
    assert w.errors == []
    assert w.foreign == []


def test_timeline_shows_the_seed_events(seed_site: Served, open_page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_page(seed_site)
    visit(w, "/timeline")
    page = w.page
    page.wait_for_selector("#timeline[data-ready=true]", state="attached")  # type: ignore[attr-defined]
    expected = int(page.inner_text("#timeline-count"))  # type: ignore[attr-defined]
    assert expected >= 5
    assert page.evaluate("() => window.newsgraphTimeline.itemsData.length") == expected  # type: ignore[attr-defined]
    # it opens on the latest events, the visit among them; "All dates" shows every one
    page.locator(".vis-item", has_text="CONSULT Vladimir Putin").first.wait_for()  # type: ignore[attr-defined]
    labels = page.locator(".vis-item .item-label").all_inner_texts()  # type: ignore[attr-defined]
    assert any(t.startswith("CONSULT") and "Vladimir Putin" in t and "North Korea" in t for t in labels)
    page.click("#timeline-fit")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "n => document.querySelectorAll('.vis-item .item-label').length === n", arg=expected
    )
    page.click("#timeline-recent")  # type: ignore[attr-defined]
    page.wait_for_timeout(600)  # type: ignore[attr-defined]
    page.locator(".vis-item", has_text="CONSULT Vladimir Putin → North Korea").first.click()  # type: ignore[attr-defined]
    panel = page.locator("#panel")  # type: ignore[attr-defined]
    panel.locator(".event-block").wait_for()
    assert "プーチン" in panel.inner_text()
    page.screenshot(path=str(shots / "timeline.png"))  # type: ignore[attr-defined]
    assert w.errors == []


def test_network_edge_lists_its_events(seed_site: Served, open_page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_page(seed_site)
    visit(w, "/network")
    click_edge(w, PUTIN, PRK)
    panel = w.page.locator("#panel")  # type: ignore[attr-defined]
    assert "Vladimir Putin → North Korea" in panel.locator("h2").inner_text()
    blocks = panel.locator(".event-block")
    assert blocks.count() >= 1
    assert all("Vladimir Putin" in t for t in blocks.all_inner_texts())
    w.page.screenshot(path=str(shots / "network.png"))  # type: ignore[attr-defined]
    assert w.errors == []


def test_network_is_drawn_the_same_way_on_every_load(seed_site: Served, open_page) -> None:  # type: ignore[no-untyped-def]
    positions = []
    for _ in range(2):
        w = open_page(seed_site)
        visit(w, "/network")
        w.page.wait_for_selector("#network[data-ready=true]", state="attached")  # type: ignore[attr-defined]
        positions.append(
            w.page.evaluate(  # type: ignore[attr-defined]
                """() => window.newsgraphNetwork.nodes().map(
                    (n) => [n.id(), Math.round(n.position("x")), Math.round(n.position("y"))])"""
            )
        )
    assert len(positions[0]) >= 3
    assert positions[0] == positions[1]


def test_document_page_renders_japanese(seed_site: Served, open_page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_page(seed_site, height=1100)
    visit(w, f"/documents/{DOC}")
    page = w.page
    text = page.locator(".doc-text").inner_text()  # type: ignore[attr-defined]
    assert "プーチン" in text and "北朝鮮" in text
    assert page.locator(".doc-text .entity").count() >= 10  # type: ignore[attr-defined]
    assert page.locator(".doc-text .post-label").count() >= 5  # type: ignore[attr-defined]
    # the glyphs come from a CJK font, not tofu boxes
    assert page.evaluate("() => document.fonts.check('16px \"Noto Sans CJK JP\"', 'プーチン')")  # type: ignore[attr-defined]
    page.locator(".doc-event a.type").first.click()  # type: ignore[attr-defined]
    assert page.evaluate("() => location.hash").startswith("#evidence-")  # type: ignore[attr-defined]
    page.evaluate("() => { document.activeElement.blur(); window.scrollTo(0, 0); }")  # type: ignore[attr-defined]
    page.screenshot(path=str(shots / "document.png"))  # type: ignore[attr-defined]
    assert w.errors == []


def test_document_page_keeps_paragraph_breaks(seed_site: Served, open_page) -> None:  # type: ignore[no-untyped-def]
    w = open_page(seed_site)
    visit(w, f"/documents/{DOC}")
    page = w.page
    source = [line.strip() for line in web_data.SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    shown = [line.strip() for line in page.locator(".doc-text").inner_text().splitlines() if line.strip()]  # type: ignore[attr-defined]
    # the article's paragraphs are lines the reader sees, not one run of text
    assert len(source) > 5 and len(shown) >= len(source)
    starts = {line[:12] for line in shown}
    assert sum(line[:12] in starts for line in source) >= 0.9 * len(source)
    assert (
        page.evaluate("() => getComputedStyle(document.querySelector('.doc-text')).whiteSpace") == "pre-wrap"
    )  # type: ignore[attr-defined]
    assert w.errors == []


def test_hostile_document_never_runs_script(hostile_site: Served, open_page) -> None:  # type: ignore[no-untyped-def]
    w = open_page(hostile_site)
    hostile_actor = "/actors/" + quote(web_data.HOSTILE_ID, safe=":")
    for path in (
        "/",
        "/documents",
        "/documents/hostile",
        hostile_actor,
        "/events/ev_hostile",
        "/actors",
        "/search?q=" + quote(web_data.SCRIPT),
    ):
        visit(w, path)
    page = w.page
    assert web_data.SCRIPT in page.locator("main").inner_text()  # type: ignore[attr-defined]
    visit(w, "/documents/hostile")
    assert page.locator("h1").inner_text() == web_data.SCRIPT + web_data.IMG  # type: ignore[attr-defined]
    assert page.locator("main img, main script").count() == 0  # type: ignore[attr-defined]
    visit(w, "/timeline")
    page.locator(".vis-item", has_text="THREATEN").first.click()  # type: ignore[attr-defined]
    page.locator("#panel .event-block").wait_for()  # type: ignore[attr-defined]
    assert web_data.IMG in page.locator("#panel").inner_text()  # type: ignore[attr-defined]
    visit(w, "/network")
    click_edge(w, web_data.HOSTILE_ID, PRK)
    assert web_data.IMG in page.locator("#panel").inner_text()  # type: ignore[attr-defined]
    assert page.locator("#panel img, .vis-item img").count() == 0  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]
    assert w.dialogs == []
    assert w.errors == []


# -- the analyst's views ---------------------------------------------------------------------------

JAPAN, CHINA, KOREA = "wiki:Japan", "wiki:China", "wiki:South_Korea"


@pytest.fixture(scope="module")
def views_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("browser-views")
    db = web_data.build(folder / "views.duckdb", [*web_data.clean(), *web_data.dated()])
    yield from serve(db, folder / "snapshots")


def rows_of(w: Watched) -> int:
    return int(w.page.locator("table.events tbody tr:not(:has(td.none))").count())  # type: ignore[attr-defined]


def test_trend_chart_drills_down_to_events_and_evidence(views_site: Served, open_page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_page(views_site, height=820)
    visit(w, "/trend?actor=" + JAPAN + "&since=2024-03&until=2024-04")
    page = w.page
    bars = page.locator("#trend-chart rect.bar")  # type: ignore[attr-defined]
    assert bars.count() == 4  # W10, W12, and W16 in two quad classes
    box = page.locator("#trend-chart").bounding_box()  # type: ignore[attr-defined]
    assert box["width"] > 300 and box["height"] > 150
    page.screenshot(path=str(shots / "trend.png"))  # type: ignore[attr-defined]
    # the verbal-conflict bar of week 12 holds the accusation and the threat
    page.locator('g[data-week="2024-W12"] rect[data-quad="verbal_conflict"]').click()  # type: ignore[attr-defined]
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    assert page.url.startswith(views_site.base + "/events?")  # type: ignore[attr-defined]
    assert rows_of(w) == 2
    assert page.locator("#events-total").get_attribute("data-total") == "2"  # type: ignore[attr-defined]
    page.locator("table.events a", has_text="THREATEN").click()  # type: ignore[attr-defined]
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    assert "China threatened Japan." in page.locator("main").inner_text()  # type: ignore[attr-defined]
    assert w.errors == [] and w.foreign == []


def test_facets_narrow_the_events_list(views_site: Served, open_page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_page(views_site, height=900)
    visit(w, "/events")
    page = w.page
    page.screenshot(path=str(shots / "events.png"))  # type: ignore[attr-defined]
    china = page.locator('[data-facet="country"] a', has_text="CHN")  # type: ignore[attr-defined]
    count = int(china.locator(".count").inner_text())
    china.click()
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    assert rows_of(w) == count == 4
    status = page.locator('[data-facet="type"] a', has_text="THREATEN")  # type: ignore[attr-defined]
    assert status.locator(".count").inner_text() == "1"
    status.click()
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    assert rows_of(w) == 1
    assert "country=CHN" in page.url and "type=THREATEN" in page.url  # type: ignore[attr-defined]
    assert w.errors == []


def test_export_downloads_the_filtered_list(views_site: Served, open_page) -> None:  # type: ignore[no-untyped-def]
    w = open_page(views_site)
    visit(w, "/events?country=KOR")
    page = w.page
    with page.expect_download() as got:  # type: ignore[attr-defined]
        page.locator(".export a", has_text="CSV").click()  # type: ignore[attr-defined]
    download = got.value
    assert download.suggested_filename == "newsgraph-events.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8-sig"))))
    assert [r["date"] for r in rows] == ["2024-04-15", "2024-04-16"]
    assert {r["type"] for r in rows} == {"AID", "CONSULT"}
    with page.expect_download() as got:  # type: ignore[attr-defined]
        page.locator(".export a", has_text="JSON").click()  # type: ignore[attr-defined]
    assert len(json.loads(Path(got.value.path()).read_text(encoding="utf-8"))) == 2
    visit(w, "/network?type=CONSULT")
    with page.expect_download() as got:  # type: ignore[attr-defined]
        page.locator(".export a", has_text="JSON").click()  # type: ignore[attr-defined]
    pairs = json.loads(Path(got.value.path()).read_text(encoding="utf-8"))
    assert pairs and all(p["verbal_cooperation"] == p["total"] for p in pairs)
    assert w.errors == []


def test_network_colours_actors_and_keeps_labels_readable(views_site: Served, open_page) -> None:  # type: ignore[no-untyped-def]
    w = open_page(views_site)
    visit(w, "/network")
    page = w.page
    page.wait_for_selector("#network[data-ready=true]", state="attached")  # type: ignore[attr-defined]
    state = page.evaluate(  # type: ignore[attr-defined]
        """() => { const cy = window.newsgraphNetwork;
            const by = {}; cy.nodes().forEach((n) => { by[n.id()] = n.data("colour"); });
            const px = parseFloat(cy.nodes()[0].style("font-size")) * cy.zoom();
            return { by, px }; }"""
    )
    assert state["px"] >= 12  # label size on the screen at the default zoom
    assert state["by"][JAPAN] != state["by"][CHINA]
    legend = page.locator("#node-legend li").all_inner_texts()  # type: ignore[attr-defined]
    assert "JPN" in legend and "CHN" in legend
    page.select_option("#colour-by", "kind")  # type: ignore[attr-defined]
    kinds = page.evaluate(  # type: ignore[attr-defined]
        "() => [...new Set(window.newsgraphNetwork.nodes().filter((n) => n.data('kind') === 'COUNTRY')"
        ".map((n) => n.data('colour')))]"
    )
    assert len(kinds) == 1  # every country the same colour when coloured by type
    assert "COUNTRY" in page.locator("#node-legend").inner_text()  # type: ignore[attr-defined]
    assert w.errors == []


def test_api_docs_run_offline(views_site: Served, open_page, shots: Path) -> None:  # type: ignore[no-untyped-def]
    w = open_page(views_site, height=900)
    visit(w, "/docs")
    page = w.page
    page.wait_for_selector("#swagger-ui[data-ready=true]", state="attached", timeout=20_000)  # type: ignore[attr-defined]
    ops = page.locator(".opblock-summary-path").all_inner_texts()  # type: ignore[attr-defined]
    assert "/api/events" in [o.replace("\u200b", "") for o in ops]
    page.screenshot(path=str(shots / "docs.png"))  # type: ignore[attr-defined]
    assert w.foreign == []
    assert w.errors == []
