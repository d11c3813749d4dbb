"""Plain text: encodings, canonical text, binary and empty files, language and hashes."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.ingest import content_hash, detect_language, read_path
from newsgraph.ingest._text import JUNK_SHARE, junk_share
from newsgraph.model import Document, Skip

# Kanji, kana, full-width punctuation and digits, and an embedded post signature. Shift_JIS and
# EUC-JP have no EM DASH (U+2014): their dash decodes as HORIZONTAL BAR (U+2015), so the text every
# encoding carries uses that one; EM_DASH_TEXT is the form only the Unicode encodings can carry.
JA_TEXT = (
    "北朝鮮の金正恩総書記は１８日、平壌でロシアのプーチン大統領と会談した。\n"
    "「両国の友好は揺るぎない」と述べ、協力の強化を確認した（朝鮮中央通信）。\n"
    "本当に実現するのか？関係者は慎重な見方を示している！\n"
    "プーチン大統領の北朝鮮、ベトナム訪問 ウシャコフ補佐官が詳細を明かす https://t.co/pEc2gnNbpT\n"
    "― Sputnik 日本 (@sputnik_jp) June 17, 2024\n"
    "ベトナム訪問も予定されている。\n"
)
EM_DASH_TEXT = JA_TEXT.replace("―", "—")
PNG_BYTES = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + bytes(64)


def read_one(path: Path) -> Document | Skip:
    items = list(read_path(path))
    assert len(items) == 1
    return items[0]


def read_doc(path: Path) -> Document:
    item = read_one(path)
    assert isinstance(item, Document), item
    return item


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("codec", ["cp932", "shift_jis", "euc_jp", "utf-16", "utf-8-sig"])
def test_legacy_and_unicode_copies_read_as_the_utf8_original(tmp_path: Path, codec: str) -> None:
    assert JA_TEXT.encode(codec).decode(codec).lstrip("\ufeff") == JA_TEXT  # the sample round-trips
    original = read_doc(write(tmp_path / "original.txt", JA_TEXT.encode("utf-8")))
    copy = read_doc(write(tmp_path / f"copy-{codec}.txt", JA_TEXT.encode(codec)))
    assert original.text == JA_TEXT
    assert copy.text == original.text
    assert copy.content_hash == original.content_hash
    assert copy.language == "ja"
    assert copy.id == f"copy-{codec}"
    assert copy.source == str(tmp_path / f"copy-{codec}.txt")
    assert (copy.published, copy.published_how) == (None, "unknown")


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + EM_DASH_TEXT.encode("utf-8"),
        EM_DASH_TEXT.encode("utf-16"),
        codecs.BOM_UTF16_BE + EM_DASH_TEXT.encode("utf-16-be"),
        EM_DASH_TEXT.encode("utf-16-le"),  # no BOM: found by where the NUL bytes sit
        EM_DASH_TEXT.encode("utf-16-be"),
        EM_DASH_TEXT.encode("utf-32"),
    ],
    ids=["utf-8-bom", "utf-16-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "utf-32-bom"],
)
def test_unicode_encodings_keep_the_em_dash(tmp_path: Path, data: bytes) -> None:
    assert read_doc(write(tmp_path / "post.txt", data)).text == EM_DASH_TEXT


def test_line_endings_become_newlines_and_nothing_else_changes(tmp_path: Path) -> None:
    text = "ＡＢＣ　全角 text\r\nsecond\rthird\n\n  indented\t"
    doc = read_doc(write(tmp_path / "mixed.txt", text.encode("cp932")))
    assert doc.text == "ＡＢＣ　全角 text\nsecond\nthird\n\n  indented\t"


def test_crlf_shift_jis_file(tmp_path: Path) -> None:
    data = JA_TEXT.replace("\n", "\r\n").encode("cp932")
    assert read_doc(write(tmp_path / "windows.txt", data)).text == JA_TEXT


def test_short_euc_jp_is_not_mistaken_for_shift_jis(tmp_path: Path) -> None:
    # These EUC-JP bytes also decode as cp932 (as half-width katakana and kanji).
    text = "北朝鮮政府が発表"
    assert text.encode("euc_jp").decode("cp932") != text
    assert read_doc(write(tmp_path / "euc.txt", text.encode("euc_jp"))).text == text


@pytest.mark.parametrize(
    "data",
    [PNG_BYTES, bytes(random.Random(7).randrange(256) for _ in range(2048)) + b"\x00\x00\x01"],
    ids=["png", "random"],
)
def test_binary_files_are_skipped(tmp_path: Path, data: bytes) -> None:
    item = read_one(write(tmp_path / "image.txt", data))
    assert isinstance(item, Skip)
    assert item.source == str(tmp_path / "image.txt")
    assert item.reason.startswith("binary file")


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t", "\u3000\n".encode(), codecs.BOM_UTF8])
def test_empty_files_are_skipped(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "empty.txt", data)
    assert read_one(path) == Skip(str(path), "empty document")


def test_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    doc = read_doc(write(tmp_path / "article.dat", b"A plain English report."))
    assert (doc.id, doc.language) == ("article", "en")


def test_content_hash_depends_on_text_not_file_name(tmp_path: Path) -> None:
    first = read_doc(write(tmp_path / "one.txt", JA_TEXT.encode("utf-8")))
    second = read_doc(write(tmp_path / "two.md", JA_TEXT.replace("\n", "\r\n").encode("cp932")))
    other = read_doc(write(tmp_path / "three.txt", (JA_TEXT + "追記。").encode("utf-8")))
    assert first.id != second.id
    assert first.content_hash == second.content_hash == content_hash(JA_TEXT)
    assert other.content_hash != first.content_hash
    assert len(first.content_hash) == 64


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (JA_TEXT, "ja"),
        ("ロシアのプーチン大統領が訪朝へ https://t.co/abcdefgh #Putin", "ja"),
        ("Russian President Vladimir Putin arrived in Pyongyang on Tuesday.", "en"),
        ("Kim met Putin (プーチン) in Pyongyang and both leaders signed a pact on mutual defence.", "en"),
        ("2024-06-18 12:00 !!!", "en"),
        ("", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("roundtrip")


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")))
def test_any_utf8_text_round_trips(scratch: Path, text: str) -> None:
    path = write(scratch / "doc.txt", text.encode("utf-8"))
    expected = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    item = read_one(path)
    if junk_share(expected) > JUNK_SHARE:  # mostly control or unassigned characters: noise
        assert isinstance(item, Skip) and "decodes to noise" in item.reason
    elif expected.strip():
        assert isinstance(item, Document)
        assert item.text == expected
    else:
        assert item == Skip(str(path), "empty document")


ENGLISH = "The foreign minister said on Tuesday that the talks would resume next month in Geneva.\n" * 3


@pytest.mark.parametrize("invalid", [b"\xff", b"\xfe\xff\xfa\xfb", b"\xc3"])
def test_mostly_valid_utf8_keeps_its_text_with_replacement_characters(tmp_path: Path, invalid: bytes) -> None:
    data = ENGLISH.encode()
    item = read_one(write(tmp_path / "patched.txt", data[:30] + invalid + data[30:]))
    assert isinstance(item, Document) and item.language == "en"
    assert item.text == ENGLISH[:30] + "\ufffd" * item.text.count("\ufffd") + ENGLISH[30:]
    assert 1 <= item.text.count("\ufffd") <= len(invalid)


def test_bytes_that_are_mostly_not_utf8_are_not_read_as_utf8(tmp_path: Path) -> None:
    text = "北朝鮮が弾道ミサイルを発射したと防衛省が発表した。"
    item = read_one(write(tmp_path / "sjis.txt", text.encode("cp932")))
    assert isinstance(item, Document) and item.text == text and "\ufffd" not in item.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bom_less_utf16_is_read_or_refused_never_stored_as_noise(tmp_path: Path, codec: str) -> None:
    text = "韓国の尹大統領が非常戒厳を宣言した。国会は解除を求めた。"
    item = read_one(write(tmp_path / "u16.txt", text.encode(codec)))
    assert isinstance(item, Document) and item.text == text
    # cut by one byte, the same bytes read in any encoding are noise: refused with a reason
    shifted = read_one(write(tmp_path / "u16-cut.txt", b"\x00\x01" * 3 + text.encode(codec)[1:]))
    assert isinstance(shifted, Skip)


def test_noise_is_refused_with_its_share(tmp_path: Path) -> None:
    item = read_one(write(tmp_path / "controls.txt", bytes(range(1, 32)) * 40))
    assert isinstance(item, Skip) and item.reason.startswith("decodes to noise (")
    assert junk_share("ordinary text\n\t") == 0.0 and junk_share("\x01\x02ab") == 0.5
