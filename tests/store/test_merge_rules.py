"""Which mentions become one event: within a document, across documents, and the merged event's date.

Across documents mentions merge only when both are dated, the dates overlap, the type agrees and
both sides agree; an undated mention never joins another document's event. The events the store
keeps do not depend on the batch size, the number of worker processes or the order of documents.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest

from newsgraph.model import ActorRef, Analysis, Document, Event, Span
from newsgraph.resolve import (
    agreed_date,
    dates_agree,
    merged_events,
    reported_events,
    resolve_document,
    same_event_across,
)
from newsgraph.segment import segment
from newsgraph.store import Store

JPN = ActorRef("wiki:Japan", "JPN", "GOV")
KISHIDA = ActorRef("wiki:Fumio_Kishida", "JPN", "GOV")
YOON = ActorRef("wiki:Yoon_Suk_Yeol", "KOR", "GOV")
KOR = ActorRef("wiki:South_Korea", "KOR", "GOV")
LI = ActorRef("wiki:Li_Qiang", "CHN", "GOV")
CHN = ActorRef("wiki:China", "CHN", "GOV")


def ev(
    type_: str, source: tuple[ActorRef, ...], target: tuple[ActorRef, ...], date: str | None, at: int = 0
) -> Event:
    return Event(
        type=type_,
        span=Span(at, at + 10),
        evidence="…",
        source=source,
        target=target,
        mode="meet" if type_ == "CONSULT" else None,
        date=date,
        trigger="会談",
        trigger_span=Span(at + 2, at + 4),
    )


def analysis(doc_id: str, published: str | None, *events: Event) -> Analysis:
    text = "".join(f"{doc_id}の記事{i}です。" for i in range(len(events) + 1))
    doc = Document(
        id=doc_id,
        text=text,
        published=published,
        published_how="metadata" if published else "unknown",
        source=f"{doc_id}.txt",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )
    placed = [dataclasses.replace(e, span=Span(i * 8, i * 8 + 7)) for i, e in enumerate(events)]
    return Analysis(doc, segment(doc), (), (), (), tuple(resolve_document(doc_id, placed)))


def groups(store: Store) -> set[frozenset[tuple[str, int]]]:
    """Each stored event as the set of its mentions (document, offset), whatever its id."""
    _, rows = store.query("SELECT event_id, doc_id, start_char FROM event_mentions")
    by: dict[str, set[tuple[str, int]]] = {}
    for eid, doc, start in rows:
        by.setdefault(eid, set()).add((doc, start))
    return {frozenset(g) for g in by.values()}


# -- the rules ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("2023-03-16", KISHIDA, YOON), ("2023-03-16", JPN, KOR), True),  # people and their countries
        (("2023-03-16", KISHIDA, YOON), ("2023-03", YOON, KISHIDA), True),  # either order, June holds the day
        (("2023-03-16", KISHIDA, YOON), (None, KISHIDA, YOON), False),  # an undated mention
        ((None, KISHIDA, YOON), (None, KISHIDA, YOON), False),
        (("2023-03-16", KISHIDA, YOON), ("2023-03-17", KISHIDA, YOON), False),  # days apart
        (("2023-03-16", KISHIDA, YOON), ("2023-03-16", KISHIDA, LI), False),  # another party
        (("2023-03-16", KISHIDA, YOON), ("2023-03-16", KISHIDA, None), False),  # one side missing
        (("2024-W10", KISHIDA, YOON), ("2024-03-05", KISHIDA, YOON), True),  # a week holds its days
        (("2024-W10", KISHIDA, YOON), ("2024-03-12", KISHIDA, YOON), False),
    ],
)
def test_across_documents(a: tuple, b: tuple, same: bool) -> None:  # type: ignore[type-arg]
    def make(d: str | None, s: ActorRef, t: ActorRef | None) -> Event:
        return ev("CONSULT", (s,), (t,) if t else (), d)

    assert same_event_across(make(*a), make(*b)) is same
    assert same_event_across(make(*b), make(*a)) is same


def test_across_documents_needs_the_same_type() -> None:
    assert not same_event_across(
        ev("CONSULT", (KISHIDA,), (YOON,), "2023-03-16"), ev("AGREE", (JPN,), (KOR,), "2023-03-16")
    )


def test_dates_agree_when_their_days_overlap_at_each_granularity() -> None:
    # the days come from timex.interval: a quarter, a range and a decade cover what they say
    assert dates_agree("2024-Q2", "2024-05-10") and not dates_agree("2024-Q2", "2024-07")
    assert dates_agree("2023-12/2024-01", "2024-01-15") and not dates_agree("2024-02", "2024-03-01")
    assert dates_agree("199", "1995-06") and not dates_agree("199", "2001")
    assert not dates_agree("2024-13", "2024-12") and dates_agree("2024-13", "2024-13")


def test_the_date_comes_from_the_mentions_that_agree() -> None:
    # 韓国・尹大統領が「非常戒厳」宣言: 1987年の民主化以降 must not date the December 2024 declaration
    stray = ev("COERCE", (YOON,), (KOR,), "1987", at=0)
    declared = ev("COERCE", (YOON,), (KOR,), "2024-12-03", at=20)
    month = ev("COERCE", (YOON,), (KOR,), "2024-12", at=40)
    assert agreed_date([stray, declared, month], lead=stray) == "2024-12-03"
    resolved = resolve_document("kr", [stray, declared, month])
    ids = {e.date: e.event_id for e in resolved}
    assert ids["2024-12-03"] == ids["2024-12"] != ids["1987"]  # the 1987 mention is not this event


def test_an_undated_article_does_not_join_another_summit(tmp_path: Path) -> None:
    # the case: an undated article about a Japan–China meeting joined the dated 2023
    # Japan–South Korea summit's CONSULT and AGREE events
    summit = analysis(
        "summit_2023",
        "2023-03-16",
        ev("CONSULT", (KISHIDA,), (YOON,), "2023-03-16"),
        ev("AGREE", (JPN,), (KOR,), "2023-03-16"),
    )
    undated = analysis(
        "japan_china", None, ev("CONSULT", (KISHIDA,), (LI,), None), ev("AGREE", (JPN,), (CHN,), None)
    )
    undated_same = analysis("japan_korea_undated", None, ev("CONSULT", (KISHIDA,), (YOON,), None))
    china_same_day = analysis(
        "japan_china_2023", "2023-03-16", ev("CONSULT", (KISHIDA,), (LI,), "2023-03-16")
    )
    report = analysis(
        "summit_report",
        "2023-03-17",
        ev("CONSULT", (JPN,), (KOR,), "2023-03-16"),
        ev("AGREE", (KOR,), (JPN,), "2023-03"),
    )
    store = Store(tmp_path / "t.duckdb")
    store.write([summit, undated, undated_same, china_same_day, report])
    _, rows = store.query(
        "SELECT type, n_documents, date, source_ids, target_ids FROM events ORDER BY type, n_documents"
    )
    merged = [r for r in rows if r[1] > 1]
    assert sorted((t, n, d) for t, n, d, _, _ in merged) == [
        ("AGREE", 2, "2023-03-16"),
        ("CONSULT", 2, "2023-03-16"),
    ]
    for _, _, _, sources, targets in merged:  # no Chinese actor on the summit's events
        assert not {"wiki:Li_Qiang", "wiki:China"} & {*sources, *targets}
    assert (
        len(rows) == 2 + 2 + 1 + 1
    )  # the summit's two, the undated pair, the undated repeat, the other meeting


def test_events_do_not_depend_on_batches_or_order(tmp_path: Path) -> None:
    docs = [
        analysis("a", "2024-06-18", ev("CONSULT", (KISHIDA,), (YOON,), "2024-06-18")),
        analysis("b", "2024-06-19", ev("CONSULT", (JPN,), (KOR,), "2024-06")),
        analysis("c", "2024-06-20", ev("CONSULT", (KOR,), (JPN,), "2024-06-18")),
        analysis("d", None, ev("CONSULT", (KISHIDA,), (YOON,), None)),
        analysis("e", "2024-06-18", ev("CONSULT", (KISHIDA,), (LI,), "2024-06-18")),
        analysis("f", "2024-06-21", ev("CONSULT", (CHN,), (JPN,), "2024-06")),
    ]
    results = []
    for name, order, size in [("one", docs, 6), ("each", docs, 1), ("reversed", docs[::-1], 2)]:
        store = Store(tmp_path / f"{name}.duckdb")
        for start in range(0, len(order), size):
            store.write(order[start : start + size])
        results.append(groups(store))
    assert results[0] == results[1] == results[2]
    assert frozenset({("a", 0), ("b", 0), ("c", 0)}) in results[0]


@pytest.mark.slow
def test_ingest_gives_the_same_database_whatever_the_batch_size(tmp_path: Path) -> None:
    """The development corpus ingested with batch sizes 5 and 50, and with two worker processes."""
    from newsgraph.batch import ingest
    from newsgraph.ingest import read_inputs
    from newsgraph.pipeline import Options

    corpus = Path(__file__).parents[1] / "data" / "dev" / "corpus.jsonl"
    options = Options(parse=False)  # the stages that decide merges, without the model's time
    dumps = []
    for name, size, jobs in [("b5", 5, 1), ("b50", 50, 1), ("j2", 5, 2)]:
        store = Store(tmp_path / f"{name}.duckdb")
        report = ingest(read_inputs([str(corpus)]), store, options, batch_size=size, jobs=jobs)
        assert len(report.stored) == len(corpus.read_text().splitlines()), report.skipped
        _, events = store.query("SELECT * FROM events ORDER BY event_id")
        _, mentions = store.query("SELECT event_id, doc_id, start_char FROM event_mentions ORDER BY ALL")
        dumps.append(json.dumps([events, mentions], default=str, ensure_ascii=False))
    assert dumps[0] == dumps[1] == dumps[2]


def test_a_record_lists_an_event_once_for_each_sentence_that_reports_it() -> None:
    # sanctions told in two sentences, the second naming no target and no date: one event, two
    # reports, each with the event's date, status and sides
    first = dataclasses.replace(ev("SANCTION", (JPN,), (CHN,), "2024-06-18", at=0), status="planned")
    second = dataclasses.replace(ev("SANCTION", (JPN,), (), None, at=20), status="asserted")
    again = ev("SANCTION", (JPN,), (CHN,), "2024-06-18", at=0)
    resolved = resolve_document("d", [first, second, again])
    assert len({e.event_id for e in resolved}) == 1
    reports = reported_events(resolved)
    assert [(r.span.start, r.date, r.status, r.target) for r in reports] == [
        (0, "2024-06-18", "planned", (CHN,)),
        (20, "2024-06-18", "planned", (CHN,)),
    ]
    assert len(merged_events(resolved)) == 1
    # a meeting a sentence names one party of is no report of its own
    met = resolve_document(
        "d", [ev("CONSULT", (KISHIDA,), (YOON,), None, at=0), ev("CONSULT", (KISHIDA,), (), None, at=20)]
    )
    assert [r.span.start for r in reported_events(met)] == [0]
