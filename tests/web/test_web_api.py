"""The JSON API over a database of hand-made analyses."""

from __future__ import annotations

from pathlib import Path

import pytest
import web_data
from fastapi.testclient import TestClient

from newsgraph.errors import KnowledgeBaseError, StoreError
from newsgraph.web import create_app


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) >= {
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/events",
        "/api/events/{event_id}",
        "/api/actors",
        "/api/actors/{entity_id}",
        "/api/pairs",
        "/api/pairs/events",
        "/api/search",
        "/api/status",
        "/api/overview",
    }
    assert not any(not p.startswith("/api/") for p in spec["paths"])  # pages stay out of the schema
    assert "EventOut" in spec["components"]["schemas"]


def test_documents_list_with_counts(client: TestClient) -> None:
    body = client.get("/api/documents").json()
    assert body["total"] == 4
    assert body["snapshot"]["stale"] is False
    by_id = {d["doc_id"]: d for d in body["items"]}
    assert set(by_id) == {"ja_putin_visit", "ja_followup", "en_sanctions", "hostile"}
    visit = by_id["ja_putin_visit"]
    assert (visit["n_posts"], visit["n_entities"], visit["n_times"], visit["n_events"]) == (1, 4, 2, 2)


def test_documents_paging(client: TestClient) -> None:
    first = client.get("/api/documents", params={"limit": 3}).json()
    assert len(first["items"]) == 3 and first["next_offset"] == 3
    rest = client.get("/api/documents", params={"limit": 3, "offset": 3}).json()
    assert len(rest["items"]) == 1 and rest["next_offset"] is None
    assert {d["doc_id"] for d in first["items"] + rest["items"]} == {
        "ja_putin_visit",
        "ja_followup",
        "en_sanctions",
        "hostile",
    }


def test_document_is_the_record_with_text(client: TestClient) -> None:
    doc = client.get("/api/documents/ja_putin_visit").json()
    assert doc["text"].startswith("ロシアのプーチン大統領")
    assert doc["posts"][0]["handle"] == "hst_tvasahi"
    assert doc["posts"][0]["posted"] == "2024-06-17"
    putin = next(e for e in doc["entities"] if e["id"] == "wiki:Vladimir_Putin")
    assert putin["mentions"] == ["プーチン大統領", "プーチン氏"]
    start, end = putin["spans"][0]
    assert doc["text"][start:end] == "プーチン大統領"
    visit = next(e for e in doc["events"] if e["type"] == "CONSULT")
    assert visit["status"] == "planned"
    assert visit["attribution"] == ["wiki:Presidential_Administration_of_Russia"]
    assert doc["text"][visit["start"] : visit["end"]] == visit["evidence"]


def test_unknown_ids_answer_404_with_a_detail(client: TestClient) -> None:
    for path in ("/api/documents/nope", "/api/events/nope", "/api/actors/wiki:Nobody"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "nope" in r.json()["detail"] or "Nobody" in r.json()["detail"]
    r = client.get("/api/pairs/events", params={"source": "wiki:Japan", "target": "wiki:Russia"})
    assert r.status_code == 404


def test_events_merge_across_documents(client: TestClient) -> None:
    items = client.get("/api/events").json()["items"]
    visit = next(e for e in items if e["type"] == "CONSULT")
    assert (visit["n_mentions"], visit["n_documents"]) == (2, 2)
    assert visit["source_labels"] == ["Vladimir Putin"] and visit["target_labels"] == ["North Korea"]
    assert visit["quad_class"] == "verbal_cooperation"
    assert visit["attribution_labels"] == ["Presidential Administration of Russia"]
    detail = client.get(f"/api/events/{visit['event_id']}").json()
    assert {m["doc_id"] for m in detail["mentions"]} == {"ja_putin_visit", "ja_followup"}
    assert all(m["doc_title"] for m in detail["mentions"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "sanction"}, {"ev_jpn", "ev_usa"}),
        ({"status": "desired"}, {"ev_jpn"}),
        ({"actor": "wiki:United_States"}, {"ev_usa"}),
        ({"actor": "RUS"}, {"ev_putin_visit", "ev_prk_aid"}),
        ({"actor": "putin"}, {"ev_putin_visit"}),
        ({"since": "2024"}, {"ev_putin_visit", "ev_hostile"}),
        ({"until": "2017-12"}, {"ev_jpn"}),
        ({"since": "2023-01", "until": "2023-12-31"}, {"ev_usa"}),
    ],
)
def test_event_filters(client: TestClient, params: dict[str, str], expected: set[str]) -> None:
    items = client.get("/api/events", params=params).json()["items"]
    assert {e["event_id"] for e in items} == expected


def test_event_filters_are_checked(client: TestClient) -> None:
    assert client.get("/api/events", params={"type": "HUG"}).status_code == 422
    assert "CONSULT" in client.get("/api/events", params={"type": "HUG"}).json()["detail"]
    assert client.get("/api/events", params={"status": "rumoured"}).status_code == 422
    assert client.get("/api/events", params={"since": "June"}).status_code == 422
    assert client.get("/api/events", params={"limit": 0}).status_code == 422


def test_events_paging(client: TestClient) -> None:
    page = client.get("/api/events", params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["next_offset"] == 2
    ids = [e["event_id"] for e in page["items"]]
    more = client.get("/api/events", params={"limit": 10, "offset": 2}).json()
    assert not set(ids) & {e["event_id"] for e in more["items"]}
    assert more["next_offset"] is None
    # the total counts every match, whatever the page
    assert page["total"] == more["total"] == 2 + len(more["items"])
    consult = client.get("/api/events", params={"type": "CONSULT", "limit": 1}).json()
    assert consult["total"] == len(client.get("/api/events", params={"type": "CONSULT"}).json()["items"])


def test_actors_with_event_counts(client: TestClient) -> None:
    body = client.get("/api/actors").json()
    first = body["items"][0]
    assert first["entity_id"] == "wiki:North_Korea" and first["n_events"] == 5
    assert body["total"] == len(body["items"])
    found = client.get("/api/actors", params={"q": "putin"}).json()["items"]
    assert [a["entity_id"] for a in found] == ["wiki:Vladimir_Putin"]


def test_actor_detail(client: TestClient) -> None:
    a = client.get("/api/actors/wiki:Vladimir_Putin").json()
    assert (a["label"], a["type"], a["country"], a["sector"]) == ("Vladimir Putin", "PERSON", "RUS", "GOV")
    assert {s["surface"]: s["count"] for s in a["surfaces"]} == {"プーチン大統領": 3, "プーチン氏": 1}
    assert [p["period"] for p in a["timeline"]] == ["2024-06"]
    assert a["timeline"][0]["verbal_cooperation"] == 1
    assert [e["type"] for e in a["events"]] == ["CONSULT"]
    # names and dated roles come from the knowledge base when it knows the actor
    if a["names"]:
        assert "プーチン" in a["names"]["ja"]
        assert any(r["title"] == "president" for r in a["roles"])


def test_pairs_by_quad_class(client: TestClient) -> None:
    items = client.get("/api/pairs").json()["items"]
    by = {(p["source"], p["target"]): p for p in items}
    visit = by[("wiki:Vladimir_Putin", "wiki:North_Korea")]
    assert (
        visit["total"] == 1 and visit["verbal_cooperation"] == 1 and visit["dominant"] == "verbal_cooperation"
    )
    usa = by[("wiki:United_States", "wiki:North_Korea")]
    assert usa["material_conflict"] == 1 and usa["source_label"] == "United States"
    assert all(p["source"] != p["target"] for p in items)
    recent = client.get("/api/pairs", params={"since": "2024"}).json()["items"]
    assert ("wiki:Japan", "wiki:North_Korea") not in {(p["source"], p["target"]) for p in recent}


def test_pair_events(client: TestClient) -> None:
    p = client.get("/api/pairs/events", params={"source": "wiki:Japan", "target": "wiki:North_Korea"}).json()
    assert p["total"] == 1 and [e["event_id"] for e in p["events"]] == ["ev_jpn"]


def test_search_documents_and_evidence(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "訪問"}).json()
    assert {d["doc_id"] for d in r["documents"]} == {"ja_putin_visit", "ja_followup"}
    assert all("訪問" in d["snippet"] for d in r["documents"])
    assert {e["doc_id"] for e in r["evidence"]} == {"ja_putin_visit", "ja_followup"}
    r = client.get("/api/search", params={"q": "SANCTIONS"}).json()
    assert [d["doc_id"] for d in r["documents"]] == ["en_sanctions"]
    assert client.get("/api/search", params={"q": "100%_"}).json()["documents"] == []
    assert client.get("/api/search").status_code == 422


def test_overview(client: TestClient) -> None:
    o = client.get("/api/overview").json()
    assert o["counts"]["documents"] == 4 and o["counts"]["events"] == 5
    assert o["by_quad"]["material_conflict"] == 2
    assert o["top_actors"][0]["entity_id"] == "wiki:North_Korea"
    assert o["recent_events"][0]["date"] >= o["recent_events"][-1]["date"]


def test_status_and_headers(client: TestClient) -> None:
    r = client.get("/api/status")
    assert r.json()["stale"] is False and r.json()["note"] is None
    assert r.headers["X-Newsgraph-Stale"] == "false"
    assert r.headers["X-Newsgraph-Data-As-Of"]


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="newsgraph ingest"):
        create_app(tmp_path / "none.duckdb")


def test_a_file_that_is_not_a_database_answers_503(tmp_path: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"not a database")
    with TestClient(create_app(bad, snapshot_dir=tmp_path / "snaps")) as c:
        r = c.get("/api/events")
        assert r.status_code == 503 and "retry" in r.json()["detail"]
        assert c.get("/").status_code == 503


def test_head_is_get_without_a_body(client: TestClient) -> None:
    for path in ("/", "/api/events", "/static/app.css"):
        resp = client.head(path)
        assert resp.status_code == 200, path
        assert resp.content == b""
        assert resp.headers["content-type"] == client.get(path).headers["content-type"]


USER_KB = """\
entities:
  - id: local:Shinsei_Party
    type: ORG
    country: JPN
    sector: PTY
    names: {ja: [新星党], en: [Shinsei Party]}
    roles: []
"""


def test_user_knowledge_names_its_actors(tmp_path: Path) -> None:
    party = web_data.Entity("local:Shinsei_Party", "ORG", {"ja": ("新星党",)}, "JPN", "PTY")
    text = "新星党は18日、声明を出した。"
    analysis = web_data.Analysis(
        web_data.doc("party", text, published="2024-06-18"),
        web_data.Segmentation((), (), ()),
        (web_data.mention(text, "新星党", party),),
        (party,),
        (),
        (),
    )
    db = web_data.build(tmp_path / "party.duckdb", [analysis])
    kb_file = tmp_path / "mine.yaml"
    kb_file.write_text(USER_KB, encoding="utf-8")
    with TestClient(create_app(db, kb_files=[kb_file], snapshot_dir=tmp_path / "snap")) as c:
        a = c.get("/api/actors/local:Shinsei_Party").json()
    assert a["names"] == {"ja": ["新星党"], "en": ["Shinsei Party"]}
    with TestClient(create_app(db, snapshot_dir=tmp_path / "snap2")) as c:
        assert c.get("/api/actors/local:Shinsei_Party").json()["names"] == {}


def test_a_broken_user_knowledge_file_fails_at_start(tmp_path: Path) -> None:
    kb_file = tmp_path / "broken.yaml"
    kb_file.write_text("entities:\n  - id: nothing_like_an_id\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"broken\.yaml"):
        create_app(web_data.build(tmp_path / "empty.duckdb", []), kb_files=[kb_file])


@pytest.mark.parametrize(
    "path",
    [
        "/api/events?offset=99999999999999999999",
        "/api/events?offset=-1",
        "/api/events?limit=99999999999999999999",
        "/api/documents?offset=99999999999999999999",
        "/api/actors?offset=1000000001",
        "/api/pairs?min_count=99999999999999999999",
        "/api/search?q=x&limit=0",
        "/documents?offset=99999999999999999999",
        "/network?min_count=99999999999999999999",
    ],
)
def test_integers_out_of_range_answer_4xx(client: TestClient, path: str) -> None:
    # the API answers 422, the pages 400; never a 500 from an integer the database cannot hold
    assert client.get(path).status_code == (422 if path.startswith("/api/") else 400)


def test_the_largest_offset_answers_an_empty_page(client: TestClient) -> None:
    body = client.get("/api/events?offset=1000000000").json()
    assert body["items"] == []
