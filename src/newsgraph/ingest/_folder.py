"""Files and folders: walk a folder in sorted order and read each file by its extension."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

from newsgraph.ingest._common import FEED_SUFFIXES, HTML_SUFFIXES, IngestOptions, Item, guarded
from newsgraph.ingest._feed import read_feed
from newsgraph.ingest._html import decode_html, read_html
from newsgraph.ingest._jsonl import read_jsonl
from newsgraph.ingest._text import read_bytes, read_text_file
from newsgraph.ingest._url import read_url
from newsgraph.model import Skip

JSONL_SUFFIXES = frozenset((".jsonl",))


def read_file(path: Path, options: IngestOptions) -> Iterator[Item]:
    """Read one file by its extension; unknown extensions are tried as plain text (binary is refused)."""
    suffix = path.suffix.lower()
    source = str(path)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, options)
    elif suffix in HTML_SUFFIXES:
        html = decode_html(read_bytes(path, options), source)
        yield read_html(html, id=path.stem, source=source)
    elif suffix in FEED_SUFFIXES:
        follow = partial(read_url, options=options, from_feed=True)
        yield from read_feed(read_bytes(path, options), source, options, follow=follow)
    else:
        yield read_text_file(path, options)


def _link_out(entry: Path, root: Path) -> str | None:
    """Why the symbolic link `entry` is not read: it loops, or it leaves `root`; None when it stays inside."""
    try:
        target = entry.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a link loop, before Python 3.13
        return "a broken symbolic link or a link loop"
    if target.is_relative_to(root):
        return None
    return f"a symbolic link out of the folder (to {target}); pass --follow-symlinks to read it"


def _read_folder(folder: Path, options: IngestOptions, root: Path | None = None) -> Iterator[Item]:
    """Depth first in name order, without hidden files or folders.

    Symbolic links to folders are not followed, so a link cycle cannot make the walk endless; links
    to files outside the folder are skipped unless `options.follow_symlinks` (a link to
    /etc/passwd is not an article).
    """
    root = root or folder.resolve()
    try:
        entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    except OSError as exc:
        yield Skip(str(folder), f"cannot list the folder ({exc.strerror or exc}); check its permissions")
        return
    for entry in entries:
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _read_folder(entry, options, root)
        elif entry.is_symlink() and not options.follow_symlinks and (reason := _link_out(entry, root)):
            yield Skip(str(entry), reason)
        else:
            yield from guarded(str(entry), partial(read_file, entry, options))


def read_path(path: Path, options: IngestOptions) -> Iterator[Item]:
    """Yield the documents of a file or, recursively, of a folder; never raises for one bad file."""
    if not path.exists():
        yield Skip(str(path), "no such file or folder; check the path")
    elif path.is_dir():
        yield from _read_folder(path, options)
    else:
        yield from guarded(str(path), partial(read_file, path, options))
