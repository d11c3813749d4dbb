"""English acts that are not done: one named as the topic of talk (talks on a ceasefire, negotiations
on a pullback) or as the content of a proposal is what the parties discuss; "without warning" is no
threat; and a clause with a subject of its own takes no actor from elsewhere (real model, real
knowledge base)."""

from __future__ import annotations

from newsgraph.pipeline import Pipeline
from tests.events.composed import coded


def test_an_act_talked_about_is_no_event(pipeline: Pipeline) -> None:
    text = "U.S. envoy Amos Hochstein met Lebanese Parliament Speaker Nabih Berri for talks on a ceasefire."
    assert [e.type for e in coded(pipeline, text)] == ["CONSULT"]
    text = "Israel and Lebanon renewed negotiations today on an Israeli troop pullback from Lebanon."
    assert "RETREAT" not in [e.type for e in coded(pipeline, text)]


def test_an_act_done_stays(pipeline: Pipeline) -> None:
    text = "Israel announced a troop pullback from Lebanon on Monday."
    assert "RETREAT" in [e.type for e in coded(pipeline, text)]


def test_a_diplomatic_protest_is_a_statement_dated_by_the_verb_that_carries_it(
    pipeline: Pipeline,
) -> None:
    # lodge a diplomatic protest: ACCUSE (a street protest is PROTEST); its status is lodge's, and
    # what a speaker said it would do is announced, so planned
    text = "The Philippine foreign ministry said it would lodge a diplomatic protest with China."
    (ev,) = coded(pipeline, text)
    assert (ev.type, ev.status) == ("ACCUSE", "planned")
    text = "The Philippine foreign ministry lodged a diplomatic protest with China on Monday."
    (ev,) = coded(pipeline, text)
    assert (ev.type, ev.status) == ("ACCUSE", "asserted")


def test_a_clause_with_a_subject_of_its_own_carries_no_actor_over(pipeline: Pipeline) -> None:
    # gunmen killed 26 people: not India, the actor of the sentence before
    text = (
        "India struck several sites in Pakistan on Wednesday. "
        "The strikes came two weeks after gunmen killed 26 people near Pahalgam."
    )
    assert [(e.type, {r.country for r in e.source}) for e in coded(pipeline, text)] == [("ASSAULT", {"IND"})]


def test_an_act_a_proposal_is_for_is_its_content(pipeline: Pipeline) -> None:
    text = (
        "Hochstein met Nabih Berri to discuss a U.S. proposal for a ceasefire between Israel and Hezbollah."
    )
    assert [e.type for e in coded(pipeline, text)] == ["CONSULT"]


def test_without_warning_is_no_threat(pipeline: Pipeline) -> None:
    text = "Bangladeshi officials blamed India for opening the gates of a dam without warning."
    assert [e.type for e in coded(pipeline, text)] == ["ACCUSE"]


def test_the_two_countries_are_the_two_sides_of_the_story_so_far(pipeline: Pipeline) -> None:
    # no meeting or agreement before: the last act between two countries names them
    text = (
        "The Philippines accused China of ramming its ship on Saturday. "
        "The two countries agreed last month on a provisional arrangement for supply missions."
    )
    agree = [e for e in coded(pipeline, text) if e.type == "AGREE"]
    assert [({r.country for r in e.source}, {r.country for r in e.target}) for e in agree] == [
        ({"PHL", "CHN"}, {"PHL", "CHN"})
    ]
