"""The real pipeline (GiNZA, the English model, the built-in knowledge base), loaded once a module
for the tests that run composed sentences through it."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()
