"""Each block's reference date, set once by the segment stage: the post's date in a dated post,
else the document's date."""

from __future__ import annotations

from newsgraph.model import Document, Post, Span
from newsgraph.segment import segment

POST = "午後3時から官邸で会見 pic.twitter.com/AbCdEf123— テスト通信 (@test_news) March 15, 2023\n"
TEXT = "政府は15日、新たな方針を発表しました。\n" + POST + "会見では経済対策が説明されました。\n"


def test_prose_takes_the_document_date_and_a_dated_post_its_own() -> None:
    seg = segment(Document(id="a", text=TEXT, published="2023-03-16", published_how="metadata"))
    assert [(b.kind, b.reference, b.anchor) for b in seg.blocks] == [
        ("prose", "2023-03-16", "published"),
        ("post", "2023-03-15", "post"),
        ("prose", "2023-03-16", "published"),
    ]


def test_without_a_document_date_prose_takes_the_inferred_one() -> None:
    seg = segment(Document(id="a", text=TEXT))
    assert [(b.kind, b.reference) for b in seg.blocks] == [
        ("prose", "2023-03-15"),
        ("post", "2023-03-15"),
        ("prose", "2023-03-15"),
    ]


def test_an_undated_post_takes_the_document_date() -> None:
    start = TEXT.index(POST)
    post = Post(Span(start, start + len(POST) - 1), "twitter", "テスト通信", "test_news", None, "午後3時から")
    seg = segment(Document(id="a", text=TEXT, published="2023-03-16", posts=(post,)))
    assert [(b.kind, b.reference, b.anchor) for b in seg.blocks] == [
        ("prose", "2023-03-16", "published"),
        ("post", "2023-03-16", "published"),
        ("prose", "2023-03-16", "published"),
    ]


def test_events_date_from_the_blocks_reference() -> None:
    from newsgraph.events import EventCoder
    from tests.events.annotate import annotate

    text = "中国は日本を強く非難した。"
    seg = segment(Document(id="c", text=text, published="2023-01-05"))
    mentions, entities = annotate(text)
    # the coder reads the date from the block, not from the document it is given
    events = EventCoder().code(Document(id="c", text=text), seg, mentions, entities, [])
    assert [(e.type, e.date) for e in events] == [("ACCUSE", "2023-01")]
