"""RSS 2.0 and Atom feed files: one document per entry."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import read_path
from newsgraph.model import Document, Skip

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>例ニュース 国際</title>
  <link>https://news.example.com/world</link>
  <description>国際ニュース</description>
  <item>
    <title>プーチン氏、24年ぶり訪朝へ</title>
    <link>https://news.example.com/world/putin-visit</link>
    <guid isPermaLink="true">https://news.example.com/world/putin-visit</guid>
    <pubDate>Tue, 18 Jun 2024 00:30:00 +0900</pubDate>
    <description>要約だけの文です。</description>
    <content:encoded><![CDATA[<p>ロシアのプーチン大統領が18日夜から北朝鮮を訪問する予定です。</p>
<p>24年ぶりの訪朝となります。</p>]]></content:encoded>
  </item>
  <item>
    <title>Seoul reacts</title>
    <link>https://news.example.com/world/seoul-reacts</link>
    <pubDate>Wed, 19 Jun 2024 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;South Korea &lt;b&gt;condemned&lt;/b&gt; the pact.&lt;/p&gt;</description>
  </item>
  <item>
    <title>No body</title>
    <link>https://news.example.com/world/empty</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Wire</title>
  <id>tag:wire.example,2024:feed</id>
  <updated>2024-06-19T12:00:00+09:00</updated>
  <entry>
    <title>会談の詳細</title>
    <id>tag:wire.example,2024:entry-1</id>
    <link href="https://wire.example/2024/06/19/talks"/>
    <published>2024-06-19T08:00:00+09:00</published>
    <updated>2024-06-19T09:00:00+09:00</updated>
    <content type="html">&lt;p&gt;両首脳は包括的戦略パートナーシップ条約に署名した。&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Updated only</title>
    <id>tag:wire.example,2024:entry-2</id>
    <updated>2024-06-20</updated>
    <summary type="text">Only an updated date and a plain summary.</summary>
  </entry>
</feed>
"""


def test_rss_feed_file(tmp_path: Path) -> None:
    path = tmp_path / "world.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second, empty = read_path(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    # content:encoded wins over the description, and is converted to lines of text.
    assert (
        first.text
        == "ロシアのプーチン大統領が18日夜から北朝鮮を訪問する予定です。\n24年ぶりの訪朝となります。"
    )
    assert first.title == "プーチン氏、24年ぶり訪朝へ"
    assert first.url == "https://news.example.com/world/putin-visit"
    # The entry's own offset is kept: in UTC this article would be dated the 17th.
    assert (first.published, first.published_how) == ("2024-06-18T00:30:00+09:00", "feed")
    assert first.source == str(path)
    assert first.id.startswith("news-example-com-world-putin-visit-")
    assert first.language == "ja"
    assert second.text == "South Korea condemned the pact."
    assert second.published == "2024-06-19T10:00:00+00:00"
    assert second.language == "en"
    assert first.id != second.id
    assert isinstance(empty, Skip)
    assert empty.source == "https://news.example.com/world/empty"
    assert "neither content nor summary" in empty.reason


def test_atom_feed_file(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    first, second = read_path(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == "両首脳は包括的戦略パートナーシップ条約に署名した。"
    assert first.published == "2024-06-19T08:00:00+09:00"  # published beats updated
    assert first.id.startswith("tag-wire-example-2024-entry-1-")
    assert first.url == "https://wire.example/2024/06/19/talks"
    assert second.text == "Only an updated date and a plain summary."
    assert (second.published, second.published_how, second.url) == ("2024-06-20", "feed", None)


def test_feed_ids_are_stable(tmp_path: Path) -> None:
    path = tmp_path / "world.xml"
    path.write_text(RSS, encoding="utf-8")
    assert [getattr(d, "id", None) for d in read_path(path)] == [
        getattr(d, "id", None) for d in read_path(path)
    ]


def test_xml_that_is_not_a_feed_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><settings><a>1</a></settings>', encoding="utf-8")
    (item,) = read_path(path)
    assert isinstance(item, Skip)
    assert item.reason.startswith("not a readable RSS or Atom feed")
