"""The per-type table (events/types.yaml) and the frame table (events/frames.yaml) load and agree
with the model."""

from __future__ import annotations

import pytest

from newsgraph.errors import KnowledgeBaseError
from newsgraph.events.clausal import default_frames, load_frames
from newsgraph.events.lexicon_en import FRAMES
from newsgraph.events.types import load_types, types
from newsgraph.model import QUAD_CLASS


def test_every_type_has_the_model_quad_class() -> None:
    assert {name: info.quad for name, info in types().items()} == QUAD_CLASS


def test_a_broken_type_table_names_the_entry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "types.yaml"
    rows = "\n".join(f"  {t}: {{quad: material_conflict}}" for t in QUAD_CLASS if t != "AID")
    bad.write_text(f"types:\n{rows}\n  AID: {{quad: material_conflict, place: sky}}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="AID"):
        load_types(bad)


def test_a_launch_retyped_to_no_plover_type_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "types.yaml"
    rows = "\n".join(f"  {t}: {{quad: {q}}}" for t, q in QUAD_CLASS.items() if t != "MOBILIZE")
    bad.write_text(
        f"types:\n{rows}\n  MOBILIZE: {{quad: material_conflict, fired: {{weapons: STRIKE}}}}\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError, match="MOBILIZE"):
        load_types(bad)
    assert types()["MOBILIZE"].fired["weapons"] == "ASSAULT"


def test_every_lexicon_frame_has_roles_or_falls_back_to_the_default() -> None:
    table = default_frames()
    for frame in FRAMES:
        assert table.role(frame, "active", "subject", "が") in ("source", "target")
    assert table.role("give", "active", "oblique", "から") == "source"
    assert table.role("attack", "passive", "agent", "によって") == "source"


def test_a_frame_table_with_an_unknown_role_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "frames.yaml"
    bad.write_text("default:\n  active: {subject: hero}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"default\.active"):
        load_frames(bad)
