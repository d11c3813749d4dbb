"""Folders and read_inputs: recursion, order, hidden entries, dispatch by extension, skips."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.ingest import IngestOptions, read_inputs, read_path
from newsgraph.model import Document, Skip

PNG_BYTES = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + bytes(64)


def make_tree(root: Path) -> Path:
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (root / ".notes.txt").write_text("hidden\n")
    (root / "b.txt").write_bytes("北朝鮮が弾道ミサイルを発射した。\n".encode("cp932"))
    (root / "a.md").write_text("# Talks\nSeoul and Tokyo agreed to resume talks.\n", encoding="utf-8")
    (root / "photo.png").write_bytes(PNG_BYTES)
    (root / "empty.txt").write_bytes(b"")
    (root / "sub" / "page.htm").write_text(
        "<html><body><article><p>ロシアと北朝鮮は包括的戦略パートナーシップ条約に署名した。</p></article></body></html>",
        encoding="utf-8",
    )
    (root / "sub" / "corpus.jsonl").write_text(json.dumps({"id": "c1", "text": "一行目の文書。"}) + "\n")
    return root


def test_folder_is_read_recursively_in_name_order(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "news")
    items = list(read_inputs([str(root)]))
    sources = [i.source for i in items]
    assert sources == [
        str(root / "a.md"),
        str(root / "b.txt"),
        str(root / "empty.txt"),
        str(root / "photo.png"),
        f"{root / 'sub' / 'corpus.jsonl'}:1",
        str(root / "sub" / "page.htm"),
    ]
    docs = {i.id: i for i in items if isinstance(i, Document)}
    assert sorted(docs) == ["a", "b", "c1", "page"]
    assert docs["b"].text == "北朝鮮が弾道ミサイルを発射した。\n"
    assert docs["a"].language == "en"
    assert docs["page"].text == "ロシアと北朝鮮は包括的戦略パートナーシップ条約に署名した。"
    skips = {Path(i.source).name: i.reason for i in items if isinstance(i, Skip)}
    assert skips["empty.txt"] == "empty document"
    assert skips["photo.png"].startswith("binary file")


def test_missing_paths_and_other_schemes_are_skips(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("本文です。")
    items = list(
        read_inputs([str(tmp_path / "missing.txt"), "ftp://example.invalid/a.txt", str(tmp_path / "ok.txt")])
    )
    assert items[0] == Skip(str(tmp_path / "missing.txt"), "no such file or folder; check the path")
    assert items[1] == Skip("ftp://example.invalid/a.txt", "only http and https URLs are supported")
    assert isinstance(items[2], Document) and items[2].text == "本文です。"


def test_file_over_the_size_cap_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("あ" * 100)
    (item,) = read_inputs([str(path)], IngestOptions(max_bytes=100))
    assert isinstance(item, Skip)
    assert item.reason.startswith("larger than 100 bytes")


def test_symlinked_folder_is_not_followed(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (root / "doc.txt").write_text("本文です。")
    (root / "loop").symlink_to(root, target_is_directory=True)
    assert [i.source for i in read_inputs([str(root)])] == [str(root / "doc.txt")]


def test_file_links_out_of_the_folder_are_skipped_unless_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("A secret that is not an article.\n", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Seoul and Tokyo agreed to resume talks.\n", encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "a.txt")  # stays inside: read
    (folder / "passwd.txt").symlink_to(outside)
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    items = {Path(i.source).name: i for i in read_path(folder)}
    assert isinstance(items["a.txt"], Document) and isinstance(items["inside.txt"], Document)
    assert items["passwd.txt"] == Skip(
        str(folder / "passwd.txt"),
        f"a symbolic link out of the folder (to {outside}); pass --follow-symlinks to read it",
    )
    assert items["loop1.txt"] == Skip(str(folder / "loop1.txt"), "a broken symbolic link or a link loop")
    followed = {Path(i.source).name: i for i in read_path(folder, IngestOptions(follow_symlinks=True))}
    assert isinstance(followed["passwd.txt"], Document)
