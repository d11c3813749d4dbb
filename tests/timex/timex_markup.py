"""Inline golden markup for time expressions: `去年<t v="2023-09">9月</t>` style.

A `<t>` element wraps one expected expression; attributes: `v` value (required), `p` part, `m` mod,
`a` anchor (compared only when given).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAG = re.compile(r"<t((?:\s+\w+=(?:'[^']*'|\"[^\"]*\"))*)\s*>(.*?)</t>")
_ATTR = re.compile(r"(\w+)=(?:'([^']*)'|\"([^\"]*)\")")


@dataclass(frozen=True)
class Expected:
    start: int
    end: int
    text: str
    value: str
    part: str | None
    mod: str | None
    anchor: str | None
    check_anchor: bool


def parse_markup(marked: str) -> tuple[str, list[Expected]]:
    """The plain text and the expected expressions, with offsets into the plain text."""
    plain: list[str] = []
    expected: list[Expected] = []
    length = last = 0
    for m in _TAG.finditer(marked):
        before = marked[last : m.start()]
        plain.append(before)
        length += len(before)
        attrs = {k: a if a else b for k, a, b in _ATTR.findall(m.group(1))}
        inner = m.group(2)
        expected.append(
            Expected(
                length,
                length + len(inner),
                inner,
                attrs["v"],
                attrs.get("p"),
                attrs.get("m"),
                attrs.get("a"),
                "a" in attrs,
            )
        )
        plain.append(inner)
        length += len(inner)
        last = m.end()
    plain.append(marked[last:])
    return "".join(plain), expected
