"""Coverage of what news names: the share of tests/data/kb_coverage.txt that the knowledge base links.

Each line of the list is a name as news writes it and the Wikipedia id it should link to. A name is
covered when it is, after the knowledge base's own normalization (width, case, separators), a full
name of that id. The floor is the share measured when the list was written; it may only rise.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from newsgraph.kb import default_kb
from newsgraph.kb._text import key

COVERAGE = Path(__file__).resolve().parents[1] / "data" / "kb_coverage.txt"
FLOOR = 0.92


def _pairs() -> list[tuple[str, str]]:
    pairs = []
    for line in COVERAGE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, entity_id = line.split("\t")
            pairs.append((name, entity_id))
    return pairs


def coverage() -> tuple[float, list[tuple[str, str]]]:
    """The share of listed names linked to their id, and the names that are not."""
    ids_by_name: dict[str, set[str]] = defaultdict(set)
    for alias in default_kb().aliases():
        if alias.kind == "name":
            ids_by_name[key(alias.text)].add(alias.entity_id)
    pairs = _pairs()
    missed = [(n, i) for n, i in pairs if i not in ids_by_name.get(key(n), set())]
    return 1 - len(missed) / len(pairs), missed


def test_list_is_well_formed() -> None:
    pairs = _pairs()
    assert len(pairs) >= 200
    assert len(set(pairs)) == len(pairs), "duplicate lines"
    assert all(i.startswith("wiki:") and " " not in i for _, i in pairs)


def test_coverage_holds_its_floor() -> None:
    share, missed = coverage()
    print(f"\nKB coverage of news names: {share:.3f} ({len(missed)} missed)")
    for name, entity_id in missed:
        print(f"  missed {name} -> {entity_id}")
    assert share >= FLOOR, f"coverage {share:.3f} fell below {FLOOR}"
