"""Fixtures for the ingest tests: a sample article page and a local HTTP server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from ingest_server import Server

DATA = Path(__file__).parent / "data"


@pytest.fixture
def tweet_page() -> str:
    """A Japanese article page as news sites publish it: JSON-LD date, navigation and footer
    boilerplate, and two tweets in Twitter's own embed code between the paragraphs."""
    return (DATA / "tweet_page.html").read_text(encoding="utf-8")


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    srv.thread.start()
    try:
        yield srv
    finally:
        srv.httpd.shutdown()
        srv.httpd.server_close()
        srv.thread.join(timeout=5)
