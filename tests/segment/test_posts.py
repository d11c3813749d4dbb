"""Embedded posts in text form, sentences and the inferred document date."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.model import Document
from newsgraph.segment import dated, find_posts, infer_published, segment, split_sentences
from tests.conftest import need_shared


def test_seed_posts_match_gold_exactly() -> None:
    shared = need_shared()
    text = (shared / "seeds" / "000_ee4defb6909103be.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "gold" / "000_ee4defb6909103be.gold.json").read_text(encoding="utf-8"))
    posts = find_posts(text)
    got = [
        {
            "platform": p.platform,
            "author": p.author,
            "handle": p.handle,
            "posted": p.posted,
            "first_line": p.first_line,
            "urls": list(p.urls),
            "hashtags": list(p.hashtags),
        }
        for p in posts
    ]
    assert got == gold["posts"]
    assert infer_published(Document(id="s", text=text), tuple(posts)) == ("2024-06-18", "newest-post")


def test_segment_works_out_the_document_date_once_for_its_blocks_and_the_document() -> None:
    text = ARTICLE  # prose and posts, the newest of March 16, 2023
    undated = Document(id="u", text=text)
    seg = segment(undated)
    assert (seg.published, seg.published_how) == ("2023-03-16", "newest-post")
    assert {b.reference for b in seg.blocks if b.kind == "prose"} == {"2023-03-16"}
    doc = dated(undated, seg)
    assert (doc.published, doc.published_how) == ("2023-03-16", "newest-post")
    given = Document(id="g", text=text, published="2024-01-02", published_how="metadata")
    assert dated(given, segment(given)) is given


ARTICLE = (
    "政府は15日、新たな方針を発表しました。\n"
    "【速報】#首相 きょう会見へ\n"
    "午後3時から官邸で pic.twitter.com/AbCdEf123— テスト通信 (@test_news) March 15, 2023\n"
    "会見では経済対策が説明されました。\n"
    "Sanctions announced today https://t.co/XyZ12345\n"
    "— Jane Doe (@jdoe) 16 March 2023\n"
    "記事の結びです。"
)


def test_glued_and_standalone_signatures() -> None:
    posts = find_posts(ARTICLE)
    assert [(p.handle, p.posted, p.first_line) for p in posts] == [
        ("test_news", "2023-03-15", "【速報】#首相 きょう会見へ"),
        ("jdoe", "2023-03-16", "Sanctions announced today https://t.co/XyZ12345"),
    ]
    assert posts[0].author == "テスト通信"
    assert posts[0].urls == ("pic.twitter.com/AbCdEf123",)
    assert posts[0].hashtags == ("首相",)
    assert posts[1].language == "en"
    # the post starts at its first line and ends with its signature
    assert ARTICLE[posts[0].span.start :].startswith("【速報】")
    assert ARTICLE[: posts[0].span.end].endswith("March 15, 2023")


def test_walk_back_stops_at_prose_and_at_the_previous_post() -> None:
    text = "本文の段落です。\n一行目\n二行目\n— A (@a) June 1, 2024\n次の投稿\n— B (@b) June 2, 2024\n"
    posts = find_posts(text)
    assert [p.first_line for p in posts] == ["一行目", "次の投稿"]


def test_japanese_date_signature_and_shift_jis_dash() -> None:
    text = "本文です。\n投稿の本文\n― 名前 (@name_1) 2024年6月1日\n"
    (post,) = find_posts(text)
    assert (post.handle, post.posted) == ("name_1", "2024-06-01")


def test_no_post_without_a_signature() -> None:
    assert find_posts("ー>日本軍国主義という言葉を使っている\n普通の文章です。") == []


def test_blocks_tile_the_text_and_posts_are_blocks() -> None:
    seg = segment(Document(id="a", text=ARTICLE))
    kinds = [b.kind for b in seg.blocks]
    assert kinds == ["prose", "post", "prose", "post", "prose"]
    assert [b.language for b in seg.blocks if b.kind == "post"] == ["ja", "en"]
    # the signature is a sentence of its own
    assert any(s.text.startswith("— テスト通信") or s.text.startswith("— Jane") for s in seg.sentences)


def test_sentences_never_split_inside_quotes() -> None:
    text = "彼は「行く。必ず行く。」と言った。次の文。"
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == ["彼は「行く。必ず行く。」と言った。", "次の文。"]


def test_english_sentences() -> None:
    text = "Russia attacked. Ukraine responded! Talks resume?"
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Russia attacked.",
        "Ukraine responded!",
        "Talks resume?",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period ending an initialism, an initial or a title ends no sentence
        (
            "The U.S. Embassy in Astana urged restraint. Lt. Gen. Prosper Avril resigned.",
            ["The U.S. Embassy in Astana urged restraint.", "Lt. Gen. Prosper Avril resigned."],
        ),
        ("He met George W. Bush. Mr. Smith did not.", ["He met George W. Bush.", "Mr. Smith did not."]),
        # unless a word that opens sentences follows it
        ("Troops left the U.S. They landed in Japan.", ["Troops left the U.S.", "They landed in Japan."]),
        # typographic quotes, apostrophes and dashes keep an English stretch English
        (
            "Turkey vowed to “revenge our soldiers.” Riyadh’s envoy left — quietly. The talks ended.",
            ["Turkey vowed to “revenge our soldiers.”", "Riyadh’s envoy left — quietly.", "The talks ended."],
        ),
    ],
)
def test_english_abbreviations(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == expected


@given(st.text(alphabet=st.sampled_from(list("あいう。「」\n abc.")), max_size=80))
def test_sentence_spans_are_ordered_and_inside_the_text(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for s in spans:
        assert last <= s.start < s.end <= len(text)
        assert text[s.start : s.end].strip() == text[s.start : s.end]
        last = s.end


def test_signature_variants() -> None:
    text = (
        "本文です。\n投稿一\n—\u00a0名前一\u00a0(@one)\u00a0Jun 1, 2024\n"
        "本文です。\n投稿二\n– Two (＠two) Sept. 2 2024\n"
    )
    assert [(p.handle, p.posted) for p in find_posts(text)] == [("one", "2024-06-01"), ("two", "2024-09-02")]
