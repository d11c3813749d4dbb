"""The newsgraph exception tree.

    NewsgraphError                 every error newsgraph raises on purpose
    ├── InputError                 a document or source cannot be read
    │   ├── UnsupportedInput       binary file, unknown format, non-http(s) URL
    │   ├── DecodeError            text in no encoding we can read
    │   └── FetchError             a URL or feed that could not be fetched
    ├── KnowledgeBaseError         a KB file that fails its schema (carries file and entry)
    ├── ModelError                 the GiNZA model is missing or failed to load
    ├── StoreError                 the database cannot be opened, migrated or written
    └── GoldError                  a gold or records file that cannot be scored

Expected drops (a binary file in a folder, a duplicate, an empty page) are not raised: they are
recorded as `model.Skip` values with the reason. Every message says what to do next.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """A document or source cannot be read. `source` names it."""

    def __init__(self, message: str, source: str = "") -> None:
        super().__init__(f"{source}: {message}" if source else message)
        self.source = source
        self.reason = message


class UnsupportedInput(InputError):
    """Binary file, unknown format or a URL scheme other than http(s)."""


class DecodeError(InputError):
    """Text that is not UTF-8, UTF-16, Shift_JIS or EUC-JP."""


class FetchError(InputError):
    """A URL or feed that could not be fetched (timeout, HTTP error, too large)."""


class KnowledgeBaseError(NewsgraphError):
    """A knowledge-base file that fails its schema."""

    def __init__(self, message: str, path: str = "", entry: str = "") -> None:
        where = ":".join(p for p in (path, entry) if p)
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.entry = entry


class ModelError(NewsgraphError):
    """The GiNZA model is missing or failed to load."""


class StoreError(NewsgraphError):
    """The database cannot be opened, migrated or written."""


class GoldError(NewsgraphError):
    """A gold or records file that cannot be read or scored."""
