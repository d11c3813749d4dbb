"""The reference article against its gold times, with the record scorer's matching rule."""

from __future__ import annotations

import json

from newsgraph.timex import find_times
from tests.conftest import GOLD, SEED, need_shared

# Post dates of the embeds that hold the post-anchored gold times (the segment stage finds them).
POST_DATES = {"4月前半": "2024-06-09", "5月": "2024-06-13"}


def test_every_gold_time_of_the_seed_is_found() -> None:
    need_shared()
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads((GOLD / "000_ee4defb6909103be.gold.json").read_text(encoding="utf-8"))
    published = gold["published"]
    for g in gold["times"]:
        anchor = g.get("anchor") or "published"
        reference = POST_DATES[g["text"]] if anchor == "post" else published
        found = find_times(text, reference, anchor=anchor)
        values = {g["value"], *g.get("alt", [])}
        hits = [t for t in found if g["text"] in t.text and t.value in values]
        assert hits, (g, [(t.text, t.value) for t in found])
        assert all(t.anchor == g.get("anchor") for t in hits)
        exact = [t for t in hits if t.text == g["text"]]
        assert exact and all(t.part == g.get("part") and t.mod == g.get("mod") for t in exact)


def test_no_other_times_in_the_seed_prose() -> None:
    need_shared()
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads((GOLD / "000_ee4defb6909103be.gold.json").read_text(encoding="utf-8"))
    texts = {g["text"] for g in gold["times"]}
    extra = [t.text for t in find_times(text, gold["published"]) if t.text not in texts]
    assert extra == []
