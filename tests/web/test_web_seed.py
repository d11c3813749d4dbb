"""The API and pages over the seed article as the pipeline reads it (loads GiNZA: marked slow)."""

from __future__ import annotations

import json
import re

import pytest
import web_data
from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow
DOC = web_data.SEED.stem
PUTIN, PRK = "wiki:Vladimir_Putin", "wiki:North_Korea"


def test_seed_document_record_and_text(seed_client: TestClient) -> None:
    listed = seed_client.get("/api/documents").json()["items"]
    assert [d["doc_id"] for d in listed] == [DOC]
    assert listed[0]["n_posts"] >= 5 and listed[0]["n_events"] >= 5
    doc = seed_client.get(f"/api/documents/{DOC}").json()
    assert "プーチン" in doc["text"]
    assert {"hst_tvasahi", "sputnik_jp", "nhk_news"} <= {p["handle"] for p in doc["posts"]}
    assert PUTIN in {e["id"] for e in doc["entities"]}
    for e in doc["events"]:
        assert doc["text"][e["start"] : e["end"]] == e["evidence"]


def test_seed_events_name_putins_visit(seed_client: TestClient) -> None:
    events = seed_client.get("/api/events", params={"actor": PUTIN, "type": "CONSULT"}).json()["items"]
    visits = [e for e in events if PUTIN in e["source_ids"] and PRK in e["target_ids"]]
    assert visits, events
    assert any(e["status"] == "planned" and (e["date"] or "").startswith("2024-06") for e in visits)
    assert all("Vladimir Putin" in e["source_labels"] for e in visits)
    detail = seed_client.get(f"/api/events/{visits[0]['event_id']}").json()
    assert detail["mentions"] and detail["mentions"][0]["doc_id"] == DOC


def test_seed_actor_and_pairs(seed_client: TestClient) -> None:
    putin = seed_client.get(f"/api/actors/{PUTIN}").json()
    assert putin["n_events"] >= 2 and putin["country"] == "RUS"
    assert any(s["surface"].startswith("プーチン") for s in putin["surfaces"])
    assert any(p["period"] == "2024-06" for p in putin["timeline"])
    pairs = seed_client.get("/api/pairs").json()["items"]
    assert (PUTIN, PRK) in {(p["source"], p["target"]) for p in pairs}
    assert any(p["material_cooperation"] for p in pairs)  # North Korea's military aid to Russia


def test_seed_pages(seed_client: TestClient) -> None:
    html = seed_client.get("/timeline").text
    items = json.loads(re.search(r'id="timeline-data">(.*?)</script>', html, re.S).group(1))  # type: ignore[union-attr]
    assert any(i["type"] == "CONSULT" and PUTIN in i["source_ids"] for i in items)
    doc = seed_client.get(f"/documents/{DOC}").text
    assert "プーチン" in doc and "@sputnik_jp" in doc
    assert 'href="/actors/wiki:Vladimir_Putin"' in doc
    assert "according to" in doc
    assert "President" in seed_client.get(f"/actors/{PUTIN}").text.title()
    assert seed_client.get("/search", params={"q": "平壌"}).status_code == 200
