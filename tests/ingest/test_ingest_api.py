"""The ingest stage's public surface."""

from __future__ import annotations

import dataclasses

import pytest

import newsgraph.ingest
from newsgraph.ingest import IngestOptions


def test_exported_names() -> None:
    assert sorted(newsgraph.ingest.__all__) == [
        "IngestOptions",
        "content_hash",
        "detect_language",
        "read_inputs",
        "read_path",
        "read_url",
    ]
    for name in newsgraph.ingest.__all__:
        assert getattr(newsgraph.ingest, name).__doc__


def test_options_defaults_and_frozen() -> None:
    options = IngestOptions()
    assert (options.timeout, options.max_bytes, options.follow_feed_links) == (20.0, 20_000_000, False)
    assert options.user_agent.startswith("newsgraph/")
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.timeout = 1.0  # type: ignore[misc]
