"""Every UN member in the builtin knowledge base has an English adjective or demonym beside its name,
so that `Romanian officials` or `Burundian militiamen` yields an actor with a country."""

from __future__ import annotations

from newsgraph.kb import default_kb


def test_every_country_has_an_english_demonym() -> None:
    kb = default_kb()
    names: dict[str, set[str]] = {}
    for a in kb.aliases():
        names.setdefault(a.entity_id, set()).add(a.text)
    for wiki, demonym in (
        ("wiki:Romania", "Romanian"),
        ("wiki:Burundi", "Burundians"),
        ("wiki:State_of_Palestine", "Palestinians"),
        ("wiki:Switzerland", "Swiss"),
        ("wiki:Hungary", "Hungarian"),
    ):
        assert demonym in names[wiki], wiki
    countries = [e for e in map(kb.get, names) if e is not None and e.type == "COUNTRY"]
    # the UN members and observers: every one has a name and an adjective (historical states may not)
    named = [e.id for e in countries if len(e.names.get("en", ())) >= 2]
    assert len(named) >= 193, len(named)
