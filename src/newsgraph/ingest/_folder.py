"""Files and folders: walk a folder in sorted order and read each file by its extension."""

from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path, PurePath

from newsgraph.ingest._common import FEED_SUFFIXES, HTML_SUFFIXES, IngestOptions, Item, guarded
from newsgraph.ingest._feed import read_feed
from newsgraph.ingest._html import decode_html, read_html
from newsgraph.ingest._jsonl import read_jsonl
from newsgraph.ingest._text import read_bytes, read_text_file
from newsgraph.ingest._url import read_url
from newsgraph.model import Document, Skip

JSONL_SUFFIXES = frozenset((".jsonl",))

# Files a folder of articles often holds beside them that are not articles: annotations (gold and
# record files are JSON, which no reader takes as an article), the folder's README and licence.
NOT_ARTICLES = (
    "*.json",
    "*.records.jsonl",
    "readme",
    "readme.*",
    "license",
    "license.*",
    "licence*",
    "copying*",
)

# A date the user wrote at the start of a file name: 2024-03-15_summit.txt, 2024-03-15 summit.html,
# 2024-03-15.txt; not 2024-06-18-news.html, the shape of a page saved under its URL's slug, where the
# date may be the URL's and not the article's.
_NAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?=[_ .]|$)")


def name_date(path: Path) -> str | None:
    """The ISO date a file name starts with (`2024-03-15_summit.txt`); None when it names no real day."""
    m = _NAME_DATE.match(path.name)
    if not m:
        return None
    try:
        return dt.date(*(int(g) for g in m.groups())).isoformat()
    except ValueError:
        return None


def _dated_by_name(doc: Document, path: Path) -> Document:
    """A document the file's contents do not date takes the date its file name starts with."""
    if doc.published or not (day := name_date(path)):
        return doc
    return dataclasses.replace(doc, published=day, published_how="file-name")


def _matches(rel: PurePath, globs: tuple[str, ...]) -> bool:
    """Whether a path relative to the folder, or its name alone, matches one of `globs` (case-insensitive)."""
    name, whole = rel.name.lower(), rel.as_posix().lower()
    return any(fnmatch.fnmatch(name, g.lower()) or fnmatch.fnmatch(whole, g.lower()) for g in globs)


def _not_read(rel: PurePath, options: IngestOptions) -> str | None:
    """Why a file found in a folder walk (`rel`, its path inside the folder) is passed over, or None."""
    if options.exclude and _matches(rel, options.exclude):
        return "excluded by --exclude"
    if options.include:
        return None if _matches(rel, options.include) else "not matched by --include"
    if _matches(rel, NOT_ARTICLES):
        return "not an article (gold, record, README or licence file); --include it to read it"
    return None


def read_file(path: Path, options: IngestOptions) -> Iterator[Item]:
    """Read one file by its extension; unknown extensions are tried as plain text (binary is refused)."""
    suffix = path.suffix.lower()
    source = str(path)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, options)
    elif suffix in HTML_SUFFIXES:
        html = decode_html(read_bytes(path, options), source)
        yield _dated_by_name(read_html(html, id=path.stem, source=source), path)
    elif suffix in FEED_SUFFIXES:
        follow = partial(read_url, options=options, from_feed=True)
        yield from read_feed(read_bytes(path, options), source, options, follow=follow)
    else:
        yield _dated_by_name(read_text_file(path, options), path)


def _link_out(entry: Path, root: Path) -> str | None:
    """Why the symbolic link `entry` is not read: it loops, or it leaves `root`; None when it stays inside."""
    try:
        target = entry.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a link loop, before Python 3.13
        return "a broken symbolic link or a link loop"
    if target.is_relative_to(root):
        return None
    return f"a symbolic link out of the folder (to {target}); pass --follow-symlinks to read it"


def _read_folder(
    folder: Path, options: IngestOptions, root: Path | None = None, rel: PurePath = PurePath()
) -> Iterator[Item]:
    """Depth first in name order, without hidden files or folders; files that are not articles or that
    the include/exclude globs leave out are skips (`rel` is `folder`'s path inside the top folder).

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
                yield from _read_folder(entry, options, root, rel / entry.name)
        elif (reason := _not_read(rel / entry.name, options)) or (
            entry.is_symlink() and not options.follow_symlinks and (reason := _link_out(entry, root))
        ):
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
