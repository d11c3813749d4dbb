"""The analyst's views over the dated events of `web_data.dated()` and the clean documents: facets
that count what the list holds, the weekly trend for everything, an actor and a pair, exports of
every list under its filters, and the API docs served from this server."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import web_data

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsgraph.store import Store
from newsgraph.store.queries import EventFilter
from newsgraph.web import analysis, create_app

JAPAN, CHINA, KOREA = "wiki:Japan", "wiki:China", "wiki:South_Korea"


@pytest.fixture(scope="module")
def views_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("views") / "views.duckdb"
    return web_data.build(path, [*web_data.clean(), *web_data.dated()])


@pytest.fixture(scope="module")
def views(views_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with TestClient(create_app(views_db, snapshot_dir=tmp_path_factory.mktemp("snap"))) as c:
        yield c


def facet_counts(html: str, name: str) -> dict[str, int]:
    block = html.split(f'data-facet="{name}"', 1)[1].split("</section>", 1)[0]
    pairs = re.findall(r'<span class="facet-value">([^<]+)</span> <span class="count">(\d+)</span>', block)
    return {v: int(n) for v, n in pairs}


def test_facets_count_the_filtered_list(views: TestClient, views_db: Path) -> None:
    page = views.get("/events")
    assert page.status_code == 200
    countries = facet_counts(page.text, "country")
    assert countries["JPN"] == 7  # six dated events and Japan's call for pressure
    assert countries["CHN"] == 4
    # each count is the length of the list its link leads to
    for code, n in countries.items():
        narrowed = views.get("/events", params={"country": code})
        assert f'data-total="{n}"' in narrowed.text, code
    china = views.get("/events", params={"country": "CHN"})
    assert facet_counts(china.text, "type") == {"ACCUSE": 1, "COERCE": 1, "CONSULT": 1, "THREATEN": 1}
    assert facet_counts(views.get("/events", params={"actor": CHINA}).text, "status") == {"asserted": 4}
    direct = analysis.facets(Store(views_db, read_only=True), EventFilter(country="KOR"))
    assert {f["value"]: f["count"] for f in direct["status"]} == {"asserted": 1, "planned": 1}


def test_trend_counts_weeks_and_leaves_coarse_dates_out(views_db: Path) -> None:
    store = Store(views_db, read_only=True)
    t = analysis.trend(store, EventFilter(actor=JAPAN, since="2024"))
    weeks = {w["week"]: w for w in t["weeks"]}
    assert weeks["2024-W10"]["verbal_cooperation"] == 1
    assert weeks["2024-W12"]["verbal_conflict"] == 2  # 20 and 21 March
    assert weeks["2024-W16"]["total"] == 2
    assert weeks["2024-W11"]["total"] == 0  # empty weeks keep the axis even
    assert t["coarse"] == 1  # the May seizure is dated to a month
    pair = analysis.trend(store, EventFilter(actor=JAPAN, partner=KOREA))
    assert [(w["week"], w["total"]) for w in pair["weeks"]] == [("2024-W16", 2)]
    assert analysis.trend(store, EventFilter()).get("total") == sum(w["total"] for w in t["weeks"]) + 2


def test_trend_page_links_each_bar_to_its_events(views: TestClient) -> None:
    page = views.get("/trend", params={"actor": JAPAN, "partner": CHINA})
    assert page.status_code == 200
    assert "Japan" in page.text and "China" in page.text
    links = re.findall(r'<a href="(/events\?[^"]+)">\s*<rect class="bar', page.text)
    assert links
    total = 0
    for link in links:
        listed = views.get(link.replace("&amp;", "&"))
        assert listed.status_code == 200
        total += int(re.search(r'data-total="(\d+)"', listed.text)[1])  # type: ignore[index]
    assert total == int(re.search(r'id="trend-summary" data-total="(\d+)"', page.text)[1])  # type: ignore[index]
    assert views.get("/trend", params={"partner": CHINA}).status_code == 400
    assert views.get("/events", params={"quad": "bogus"}).status_code == 400


def test_exports_follow_the_filters(views: TestClient) -> None:
    r = views.get("/export/events.csv", params={"since": "2024-03", "until": "2024-04"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert [x["date"] for x in rows] == ["2024-W10", "2024-03-20", "2024-03-21", "2024-04-15", "2024-04-16"]
    assert rows[0]["start_day"] == "2024-03-04" and rows[0]["end_day"] == "2024-03-10"
    assert rows[0]["source_labels"] == "Japan"
    js = views.get("/export/events.json", params={"country": "KOR"}).json()
    assert sorted(e["date"] for e in js) == ["2024-04-15", "2024-04-16"]
    actors = views.get("/export/actors.json", params={"q": "Korea"}).json()
    assert {a["entity_id"] for a in actors} >= {KOREA, "wiki:North_Korea"}
    docs = list(csv.DictReader(io.StringIO(views.get("/export/documents.csv").content.decode("utf-8-sig"))))
    assert len(docs) == 9 and "text" not in docs[0]
    pairs = views.get("/export/pairs.json", params={"min_count": 2}).json()
    assert all(p["total"] >= 2 for p in pairs) and pairs
    assert views.get("/export/events.xml").status_code == 404
    assert views.get("/export/secrets.csv").status_code == 404
    assert views.get("/export/events.csv", params={"since": "2024-13"}).status_code == 400


def test_every_list_page_offers_its_export(views: TestClient) -> None:
    for path, name in [
        ("/events?country=JPN", "events"),
        ("/timeline?since=2024-03", "events"),
        ("/network?min_count=1", "pairs"),
        ("/actors?q=Japan", "actors"),
        ("/documents", "documents"),
        ("/trend?actor=wiki:Japan", "events"),
    ]:
        html = views.get(path).text
        assert f'href="/export/{name}.csv' in html, path
        assert f'href="/export/{name}.json' in html, path


def test_docs_are_served_from_here(views: TestClient) -> None:
    page = views.get("/docs")
    assert page.status_code == 200
    srcs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert all(s.startswith(("/", "#")) for s in srcs), srcs
    assert "<script>" not in page.text  # the CSP allows no inline script
    for asset in (
        "/static/vendor/swagger-ui/swagger-ui-bundle.js",
        "/static/vendor/swagger-ui/swagger-ui.css",
    ):
        assert views.get(asset).status_code == 200


def test_network_filters_by_event_type_and_knows_each_actors_country(views: TestClient) -> None:
    html = views.get("/network", params={"type": "consult"}).text
    data = json.loads(html.split('id="network-data">', 1)[1].split("</script>", 1)[0])
    edges = [e["data"] for e in data if "source" in e["data"]]
    nodes = {e["data"]["id"]: e["data"] for e in data if "source" not in e["data"]}
    assert edges and all(e["verbal_cooperation"] == e["total"] for e in edges)  # CONSULT only
    assert nodes[JAPAN]["country"] == "JPN" and nodes[JAPAN]["kind"] == "COUNTRY"
    assert 'id="colour-by"' in html
    query = {"source": CHINA, "target": JAPAN, "type": "THREATEN"}
    pair = views.get("/api/pairs/events", params=query).json()
    assert [e["type"] for e in pair["events"]] == ["THREATEN"]
    assert views.get("/network", params={"type": "BOGUS"}).status_code == 400


def test_api_gives_the_trend_and_the_facets(views: TestClient) -> None:
    t = views.get("/api/trend", params={"actor": JAPAN, "partner": KOREA}).json()
    assert [(w["week"], w["total"], w["material_cooperation"]) for w in t["weeks"]] == [("2024-W16", 2, 1)]
    everything = views.get("/api/trend").json()
    assert everything["coarse"] == 2 and everything["undated"] == 1  # 2023-03 and 2024-05; the aid
    f = views.get("/api/facets", params={"country": "chn", "quad": "verbal_conflict"}).json()
    assert {x["value"]: x["count"] for x in f["type"]} == {"ACCUSE": 1, "THREATEN": 1}
    assert views.get("/api/facets", params={"quad": "bogus"}).status_code == 422
    assert views.get("/api/trend", params={"since": "2024-13"}).status_code == 422
