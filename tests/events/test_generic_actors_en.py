"""English generic actors (police, rebels, demonstrators, the army): each takes the country named
before it, the one country of the sentence's places or, unless it acts abroad, the one country of
the actors named before it; the coder then reads domestic targets (Egyptian police dispersed
demonstrators: Egypt's demonstrators)."""

from __future__ import annotations

from newsgraph.events.generic import Context, default_generic, english_generic_actors
from newsgraph.model import Document, Entity, Mention
from newsgraph.pipeline import Pipeline
from tests.events.composed import named

EGYPT = Entity("wiki:Egypt", "COUNTRY", country="EGY")
CHAD = Entity("wiki:Chad", "COUNTRY", country="TCD")
ISRAEL = Entity("wiki:Israel", "COUNTRY", country="ISR")
HAITI = Entity("wiki:Haiti", "COUNTRY", country="HTI")
BY_ID = {e.id: e for e in (EGYPT, CHAD, ISRAEL, HAITI)}


def found(text: str, mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """surface → (country, sector) of the generic actors of `text`."""
    hits, entities = english_generic_actors(default_generic(), text, 0, mentions, BY_ID, Context())
    return {
        m.surface: (entities[m.entity_id].country or "", entities[m.entity_id].sector or "") for m in hits
    }


def test_the_country_before_the_noun_names_it() -> None:
    text = "Israel's army and Egyptian police met."
    assert found(text, named(text, ("Israel", ISRAEL), ("Egyptian", EGYPT))) == {
        "army": ("ISR", "MIL"),
        "police": ("EGY", "GOV"),
    }


def test_a_verb_between_country_and_noun_leaves_the_noun_to_its_context() -> None:
    text = "Israel attacked soldiers and Chad's rebels."
    # soldiers act abroad: the actor before them is no country of theirs
    assert found(text, named(text, ("Israel", ISRAEL), ("Chad", CHAD))) == {"rebels": ("TCD", "OPP")}


def test_the_one_country_before_a_domestic_group_is_its_country() -> None:
    text = "The Egyptian government accused rebels of violating the truce, Chadian mediators said."
    assert found(text, named(text, ("Egyptian", EGYPT), ("Chadian", CHAD))) == {
        "government": ("EGY", "GOV"),
        "rebels": ("EGY", "OPP"),
    }


def test_the_place_names_the_country_and_two_countries_name_none() -> None:
    text = "Protesters were arrested in Haiti."
    assert found(text, named(text, ("Haiti", HAITI))) == {"Protesters": ("HTI", "CVL")}
    # a part of the country written before its name
    text = "Police in the capital of Haiti arrested protesters."
    assert found(text, named(text, ("Haiti", HAITI))) == {
        "Police": ("HTI", "GOV"),
        "protesters": ("HTI", "CVL"),
    }
    text = "Egypt and Israel condemned the protesters."
    assert found(text, named(text, ("Egypt", EGYPT), ("Israel", ISRAEL))) == {}


def test_people_of_a_place_are_of_its_country_before_the_place_they_act_in() -> None:
    text = "Inhabitants of Chad demonstrated in Egypt."
    assert found(text, named(text, ("Chad", CHAD), ("Egypt", EGYPT))) == {"Inhabitants": ("TCD", "CVL")}


def test_with_no_country_of_its_own_a_noun_takes_the_one_just_told() -> None:
    context = Context()
    text = "Chad, Chad and Chad met. Then Egypt spoke."
    context.add(named(text, ("Chad", CHAD)) * 3, BY_ID)
    context.add(named(text, ("Egypt", EGYPT)), BY_ID)
    hits, entities = english_generic_actors(
        default_generic(), "Police detained dozens.", 0, [], BY_ID, context
    )
    assert [entities[m.entity_id].country for m in hits] == ["EGY"]


def test_a_domestic_target_is_coded() -> None:
    doc = Document(
        id="t",
        text="Egyptian police opened fire to disperse demonstrators in Cairo on Monday night.\n",
        language="en",
    )
    events = Pipeline().run(doc).events
    # opened fire to disperse them: one act of force, its purpose's object the target
    coerce = [e for e in events if e.type in ("COERCE", "ASSAULT")]
    assert coerce, [e.type for e in events]
    assert {a.country for a in coerce[0].source} == {"EGY"}
    assert {a.country for a in coerce[0].target} == {"EGY"}


def test_officials_lawmakers_and_the_military_are_sector_words() -> None:
    text = "Egyptian officials, Chad's lawmakers, the Israeli military and Haiti's navy met."
    mentions = named(text, ("Egyptian", EGYPT), ("Chad", CHAD), ("Israeli", ISRAEL), ("Haiti", HAITI))
    assert found(text, mentions) == {
        "officials": ("EGY", "GOV"),
        "lawmakers": ("TCD", "LEG"),
        "military": ("ISR", "MIL"),
        "navy": ("HTI", "MIL"),
    }


def test_a_congress_or_senate_is_the_legislature_of_the_actor_before_it(pipeline: Pipeline) -> None:
    text = "Egypt's president urged Congress and the Senate to act."
    mentions = named(text, ("Egypt", EGYPT))
    assert found(text, mentions) == {
        "president": ("EGY", "GOV"),
        "Congress": ("EGY", "LEG"),
        "Senate": ("EGY", "LEG"),
    }
    events = pipeline.run(
        Document(id="d", text="President Biden urged Congress to pass the aid bill.", language="en")
    )
    assert [
        (e.type, {r.country for r in e.source}, {r.country for r in e.target}) for e in events.events
    ] == [("REQUEST", {"USA"}, {"USA"})]


def test_a_head_of_government_unknown_to_the_knowledge_base_is_of_the_place() -> None:
    # President Mugabe: an office holder the knowledge base lacks stands for his government
    text = "Opposition groups in Haiti are demanding that President Mugabe resign."
    assert found(text, named(text, ("Haiti", HAITI)))["President"] == ("HTI", "GOV")


def test_a_title_before_a_known_name_is_no_actor_of_its_own() -> None:
    text = "Hochstein will meet Prime Minister Benjamin Netanyahu in Israel."
    netanyahu = Entity("wiki:Benjamin_Netanyahu", "PERSON", country="ISR")
    mentions = named(text, ("Israel", ISRAEL), ("Benjamin Netanyahu", netanyahu))
    assert "Prime Minister" not in found(text, mentions)


def test_a_title_before_a_known_name_written_with_a_first_name_more_is_no_actor() -> None:
    # the knowledge base writes the name without its first word
    text = "Israel's Prime Minister Benjamin Bibi Netanyahu denounced the strike."
    netanyahu = Entity("wiki:Benjamin_Netanyahu", "PERSON", country="ISR")
    mentions = named(text, ("Israel", ISRAEL), ("Bibi Netanyahu", netanyahu))
    assert "Prime Minister" not in found(text, mentions)
