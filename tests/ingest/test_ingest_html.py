"""HTML pages: main text, tweets kept as posts in their text form, titles and publication dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.ingest import read_path
from newsgraph.ingest._html import read_html
from newsgraph.model import Document, Skip

BODY = "<article><h1>見出し</h1><p>{}</p></article>"
PARAGRAPH = "北朝鮮の金正恩総書記は平壌でロシアのプーチン大統領と会談し、両国の協力強化で一致した。"


def page(head: str = "", body: str = "") -> str:
    body = body or BODY.format(PARAGRAPH)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def read_html_file(
    tmp_path: Path, html: str, name: str = "article.html", codec: str = "utf-8"
) -> Document | Skip:
    path = tmp_path / name
    path.write_bytes(html.encode(codec))
    items = list(read_path(path))
    assert len(items) == 1
    return items[0]


def read_doc(tmp_path: Path, html: str, **kwargs: str) -> Document:
    item = read_html_file(tmp_path, html, **kwargs)
    assert isinstance(item, Document), item
    return item


FIRST_POST = (
    "【速報】#プーチン氏 24年ぶり訪朝へ\n"
    "ロシア大統領府は、プーチン大統領が18日から #北朝鮮 を訪問すると明らかに\n"
    "▼関係者によると18日夜に平壌に到着 pic.twitter.com/bTFcLmihut\n"
    "— 報道ステーション+土日ステ (@hst_tvasahi) June 17, 2024"
)
SECOND_POST = (
    "プーチン大統領の北朝鮮、ベトナム訪問 ウシャコフ露大統領補佐官が詳細を明かす\n"
    "🇷🇺🇰🇵 北朝鮮訪問:\n"
    "🔸 おそらく、戦略的パートナーシップ協定が締結される。\n"
    "🔸… https://t.co/pEc2gnNbpT pic.twitter.com/pJaneYVBcK\n"
    "— Sputnik 日本 (@sputnik_jp) June 17, 2024"
)


def test_tweet_embeds_become_posts_in_place(tmp_path: Path, tweet_page: str) -> None:
    doc = read_doc(tmp_path, tweet_page, name="putin.html")
    assert doc.id == "putin"
    assert doc.title == "プーチン氏、24年ぶり訪朝へ"
    assert doc.url == "https://news.example.com/world/putin-visit"
    assert (doc.published, doc.published_how) == ("2024-06-18T09:30:00+09:00", "json-ld")
    assert doc.language == "ja"
    # Boilerplate is gone; the posts stand between the paragraphs they stood between on the page.
    assert "ログイン" not in doc.text and "プライバシー" not in doc.text
    before = doc.text.index("24年ぶりの訪朝となります。")
    middle = doc.text.index("プーチン氏は今回の外遊で")
    after = doc.text.index("北朝鮮はこれまで秘密裏に")
    first, second = doc.posts
    assert before < first.span.start < first.span.end < middle < second.span.start < second.span.end < after
    assert doc.text[first.span.start : first.span.end] == FIRST_POST
    assert doc.text[second.span.start : second.span.end] == SECOND_POST
    # Each post is on lines of its own, as in a scraped article.
    assert doc.text[first.span.start - 1] == "\n" and doc.text[first.span.end] == "\n"

    assert first.platform == "twitter"
    assert (first.author, first.handle, first.posted) == (
        "報道ステーション+土日ステ",
        "hst_tvasahi",
        "2024-06-17",
    )
    assert first.status_url == "https://twitter.com/hst_tvasahi/status/1802662599424413850"
    assert first.first_line == "【速報】#プーチン氏 24年ぶり訪朝へ"
    assert first.urls == ("pic.twitter.com/bTFcLmihut",)
    assert first.hashtags == ("プーチン氏", "北朝鮮")
    assert first.language == "ja"
    assert (second.author, second.handle, second.posted) == ("Sputnik 日本", "sputnik_jp", "2024-06-17")
    assert second.urls == ("https://t.co/pEc2gnNbpT", "pic.twitter.com/pJaneYVBcK")
    assert second.hashtags == ()
    assert second.first_line == "プーチン大統領の北朝鮮、ベトナム訪問 ウシャコフ露大統領補佐官が詳細を明かす"


def test_post_dropped_by_the_extractor_is_appended(tmp_path: Path) -> None:
    # An embed inside the footer is cut with the footer's boilerplate; the post is still kept.
    embed = (
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Talks in Pyongyang ended. '
        '<a href="https://twitter.com/hashtag/NorthKorea?src=hash">#NorthKorea</a></p>'
        "&mdash; Example Wire (@examplewire) "
        '<a href="https://x.com/examplewire/status/42?ref_src=twsrc%5Etfw">June 19, 2024</a></blockquote>'
    )
    html = page(body=BODY.format(PARAGRAPH) + f"<footer><nav>{embed}</nav></footer>")
    doc = read_doc(tmp_path, html)
    (post,) = doc.posts
    assert doc.text.endswith(
        "Talks in Pyongyang ended. #NorthKorea\n— Example Wire (@examplewire) June 19, 2024"
    )
    assert doc.text[post.span.start : post.span.end] == doc.text[doc.text.index("Talks") :]
    assert (post.handle, post.posted, post.hashtags, post.language) == (
        "examplewire",
        "2024-06-19",
        ("NorthKorea",),
        "en",
    )
    assert post.status_url == "https://x.com/examplewire/status/42"


def test_localised_embed_date_and_glued_hashtag(tmp_path: Path) -> None:
    embed = (
        '<blockquote class="twitter-tweet" data-lang="ja"><p lang="ja" dir="ltr">'
        "北朝鮮側の意図について伝えています"
        '<a href="https://t.co/xbkZTMSVbq">https://t.co/xbkZTMSVbq</a>'
        '<a href="https://twitter.com/hashtag/nhk_video?src=hash">#nhk_video</a> '
        '<a href="https://t.co/Em6tGv4fq8">pic.twitter.com/Em6tGv4fq8</a></p>'
        "— NHKニュース (@nhk_news) "
        '<a href="https://twitter.com/nhk_news/status/1801?ref_src=twsrc%5Etfw">2024年6月13日</a></blockquote>'
    )
    doc = read_doc(tmp_path, page(body=f"<article><p>{PARAGRAPH}</p>{embed}<p>{PARAGRAPH}</p></article>"))
    (post,) = doc.posts
    assert post.posted == "2024-06-13"
    assert post.hashtags == ("nhk_video",)
    assert post.urls == ("https://t.co/xbkZTMSVbq", "pic.twitter.com/Em6tGv4fq8")
    assert (
        doc.text[post.span.end - len("(@nhk_news) 2024年6月13日") : post.span.end]
        == "(@nhk_news) 2024年6月13日"
    )


def test_blockquote_without_signature_is_ordinary_text(tmp_path: Path) -> None:
    quote = '<blockquote class="twitter-tweet"><p>引用された発言です。</p></blockquote>'
    doc = read_doc(tmp_path, page(body=f"<article><p>{PARAGRAPH}</p>{quote}</article>"))
    assert doc.posts == ()
    assert "引用された発言です。" in doc.text


JSON_LD = (
    '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"},'
    ' {"@type": "NewsArticle", "datePublished": "2024-06-18"}]}</script>'
)
META = '<meta property="article:published_time" content="2024-06-17T23:10:00+09:00">'
TIME = '<time datetime="2024-06-16T08:00:00+09:00">6月16日</time>'


@pytest.mark.parametrize(
    ("head", "body", "published", "how"),
    [
        (JSON_LD, "", "2024-06-18", "json-ld"),
        (META, "", "2024-06-17T23:10:00+09:00", "meta"),
        ('<meta name="pubdate" content="2024/06/15">', "", "2024-06-15", "meta"),
        ('<meta name="DC.date.issued" content="2024-06-14">', "", "2024-06-14", "meta"),
        (
            '<meta property="og:published_time" content="2024-06-13T01:00:00Z">',
            "",
            "2024-06-13T01:00:00+00:00",
            "meta",
        ),
        ("", f"<article>{TIME}<p>{PARAGRAPH}</p></article>", "2024-06-16T08:00:00+09:00", "html-time"),
        # JSON-LD and meta tags are trusted over <time>, JSON-LD over meta.
        (JSON_LD + META, f"<article>{TIME}<p>{PARAGRAPH}</p></article>", "2024-06-18", "json-ld"),
        (META, f"<article>{TIME}<p>{PARAGRAPH}</p></article>", "2024-06-17T23:10:00+09:00", "meta"),
        # Broken JSON-LD and an unreadable meta date fall through to the next source.
        (
            '<script type="application/ld+json">{"datePublished": </script><meta name="date" content="soon">',
            f"<article>{TIME}<p>{PARAGRAPH}</p></article>",
            "2024-06-16T08:00:00+09:00",
            "html-time",
        ),
    ],
)
def test_publication_date_sources(tmp_path: Path, head: str, body: str, published: str, how: str) -> None:
    doc = read_doc(tmp_path, page(head, body))
    assert (doc.published, doc.published_how) == (published, how)


def test_page_without_date_has_none(tmp_path: Path) -> None:
    # Dates in the text and the URL must not become the publication date, nor must today.
    body = f"<article><p>2024年6月18日、{PARAGRAPH}</p><p>Updated on June 18, 2024.</p></article>"
    doc = read_doc(tmp_path, page("<title>2024-06-18 news</title>", body), name="2024-06-18-news.html")
    assert (doc.published, doc.published_how) == (None, "unknown")


def test_page_without_main_text_is_skipped(tmp_path: Path) -> None:
    item = read_html_file(
        tmp_path, "<html><head><title>空</title></head><body><script>app()</script></body></html>"
    )
    assert isinstance(item, Skip)
    assert item.reason.startswith("no main text found")


def test_empty_html_file_is_skipped(tmp_path: Path) -> None:
    item = read_html_file(tmp_path, "   ")
    assert isinstance(item, Skip)


def test_shift_jis_page_with_meta_charset(tmp_path: Path) -> None:
    html = page(body=BODY.format(PARAGRAPH)).replace("charset='utf-8'", "charset='Shift_JIS'")
    doc = read_doc(tmp_path, html, codec="cp932")
    assert PARAGRAPH in doc.text
    assert doc.title == "見出し"


def test_english_page_language(tmp_path: Path) -> None:
    text = "Russian President Vladimir Putin arrived in Pyongyang for talks with Kim Jong Un."
    doc = read_doc(tmp_path, page("<title>Putin in Pyongyang</title>", f"<article><p>{text}</p></article>"))
    assert doc.language == "en"
    assert text in doc.text
    assert doc.title == "Putin in Pyongyang"


def test_text_in_deep_nesting_falls_back_to_the_visible_text() -> None:
    text = "北朝鮮が弾道ミサイルを発射したと防衛省が発表した。日本政府は抗議した。"
    page = (
        "<html><head><title>T</title><style>p {}</style></head><body>"
        + "<div>" * 10_000
        + f"<p>{text}</p><script>var x = 1;</script>"
        + "</div>" * 10_000
        + "</body></html>"
    )
    doc = read_html(page, id="deep", source="deep.html")
    assert (doc.text, doc.text_how) == (text, "visible-text")


def test_an_ordinary_page_keeps_its_main_text(tweet_page: str) -> None:
    assert read_html(tweet_page, id="p", source="p.html").text_how == "main-text"
