"""Inline golden markup for linking tests: `<e id='wiki:X'>surface</e>` (double quotes
work too, for ids with an apostrophe) marks an expected mention."""

from __future__ import annotations

import re

from newsgraph.link import Linker

_TAG = re.compile(r"<e id=(['\"])(.*?)\1>(.*?)</e>")


def parse(markup: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text and the expected `(start, end, entity_id)` mentions of a markup string."""
    text: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in _TAG.finditer(markup):
        before = markup[pos : m.start()]
        text.append(before)
        length += len(before)
        text.append(m.group(3))
        spans.append((length, length + len(m.group(3)), m.group(2)))
        length += len(m.group(3))
        pos = m.end()
    text.append(markup[pos:])
    return "".join(text), spans


def render(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The markup string for `text` with `spans` (used in assertion messages)."""
    out, pos = [], 0
    for start, end, eid in sorted(spans):
        out.append(text[pos:start] + f'<e id="{eid}">{text[start:end]}</e>')
        pos = end
    return "".join(out) + text[pos:]


def check(linker: Linker, markup: str, date: str | None = "2024-06-18") -> None:
    """Link the text of `markup` at `date` and compare with the mentions it marks: every `wiki:`
    mention found, and the `local:` ids the markup names."""
    text, expected = parse(markup)
    got = [(m.span.start, m.span.end, m.entity_id) for m in linker.link(text, reference=date)]
    named = {e[2] for e in expected}
    got = [g for g in got if g[2].startswith("wiki:") or g[2] in named]
    assert render(text, got) == render(text, expected)
