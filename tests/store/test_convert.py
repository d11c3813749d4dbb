"""Rows and back: every field of a post and an event mention survives the store's conversions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.export.records import event_record, post_record
from newsgraph.model import (
    EVENT_FIELDS,
    POST_FIELDS,
    ActorRef,
    Analysis,
    Document,
    Event,
    Post,
    Segmentation,
    Span,
)
from newsgraph.store.convert import analysis_from_rows, event_from_row, event_mention_row, rows
from newsgraph.store.schema import columns

text = st.text(max_size=12)
maybe = st.none() | st.text(min_size=1, max_size=12)
words = st.lists(st.text(min_size=1, max_size=8), max_size=3).map(tuple)
spans = st.tuples(st.integers(0, 500), st.integers(0, 500)).map(lambda p: Span(min(p), max(p)))

posts = st.builds(
    Post,
    span=spans,
    platform=text,
    author=text,
    handle=text,
    posted=maybe,
    first_line=text,
    urls=words,
    hashtags=words,
    status_url=maybe,
    language=st.sampled_from(["ja", "en"]),
)
refs = st.lists(
    st.builds(ActorRef, id=st.text(min_size=1, max_size=8), country=maybe, sector=maybe), max_size=3
)
events = st.builds(
    Event,
    type=st.sampled_from(["CONSULT", "ASSAULT"]),
    span=spans,
    evidence=text,
    source=refs.map(tuple),
    target=refs.map(tuple),
    mode=maybe,
    date=maybe,
    location=maybe,
    status=st.sampled_from(["asserted", "planned", "negated"]),
    attribution=words,
    confidence=st.floats(0, 1),
    trigger=text,
    trigger_span=st.none() | spans,
    event_id=maybe,
)


def test_every_plain_field_has_a_column() -> None:
    assert set(POST_FIELDS) <= set(columns("posts"))
    assert set(EVENT_FIELDS) - {"n_mentions"} <= set(columns("event_mentions"))
    assert set(EVENT_FIELDS) - {"trigger"} <= set(columns("events"))


@given(st.lists(posts, max_size=3))
def test_posts_come_back_from_their_rows(found: list[Post]) -> None:
    analysis = Analysis(Document(id="d", text="x"), Segmentation((), tuple(found), ()))
    back = analysis_from_rows(rows(analysis), {})
    assert back.segmentation.posts == tuple(found)


@given(events)
def test_event_mentions_come_back_from_their_rows(event: Event) -> None:
    assert event_from_row(event_mention_row("d", event)) == event


@given(posts)
def test_a_post_record_shows_every_field_but_the_language(post: Post) -> None:
    record = post_record(post)
    assert set(record) == {*POST_FIELDS, "start", "end"} - {"language"} - ({"status_url"} - {*record})
    assert record["urls"] == list(post.urls)


@given(events)
def test_an_event_record_names_mentions_as_the_record_format_does(event: Event) -> None:
    record = event_record(event)
    assert record["mentions"] == event.n_mentions and "n_mentions" not in record
    assert record["evidence"] == event.evidence and record["start"] == event.span.start
