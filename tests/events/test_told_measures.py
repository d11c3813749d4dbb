"""Who acts, read across the clauses of one sentence: a measure told in the English passive with no
agent is taken by the state that tells of it, when it falls on another country (an outlet takes none,
nor does a state that tells of its own people held); them or it as an object names what the clause
above acted on (a passive's subject too); an act threatened in quotes is the threat; forces sent to
attack with are the attack's means, not a show of force."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Pipeline
from tests.events.composed import sides


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("Germany announced that two Russian diplomats were expelled.", "SANCTION", ({"DEU"}, {"RUS"})),
        ("Russia said that two Ukrainian soldiers were arrested.", "COERCE", ({"RUS"}, {"UKR"})),
        # the report holds the first of two coordinated verbs; the teller's own city is only where
        (
            "The German Foreign Ministry also announced that two employees at the Russian Embassy in Berlin"
            " had been designated personae non gratae and were expelled.",
            "SANCTION",
            ({"DEU"}, {"RUS"}),
        ),
    ],
)
def test_the_teller_of_a_measure_with_no_agent_takes_it(
    pipeline: Pipeline, text: str, type_: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, type_) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported that two Russian diplomats were expelled.",
        "China said two Chinese fishermen were arrested.",
    ],
)
def test_an_outlet_or_the_patients_own_state_takes_no_measure(pipeline: Pipeline, text: str) -> None:
    assert all(
        not source for source, _ in sides(pipeline, text, "SANCTION") + sides(pipeline, text, "COERCE")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # them or it as the object names what the clause above acted on, also through a complement
        (
            "The Venezuelan government is preparing to expel top diplomats from Brazil and Canada,"
            " accusing them of meddling.",
            ({"VEN"}, {"BRA", "CAN"}),
        ),
        ("Russia expelled two Estonian diplomats and accused them of spying.", ({"RUS"}, {"EST"})),
    ],
)
def test_an_object_pronoun_names_what_the_clause_above_acted_on(
    pipeline: Pipeline, text: str, expected: tuple[set[str], set[str]]
) -> None:
    assert sides(pipeline, text, "ACCUSE") == [expected]


def test_an_object_pronoun_names_the_subject_of_a_passive_above(pipeline: Pipeline) -> None:
    text = "Two Philippine coast guard ships were damaged near the shoal after Chinese vessels rammed them."
    assert sides(pipeline, text, "ASSAULT") == [({"CHN"}, {"PHL"})]


def test_an_act_threatened_in_quotes_is_the_threat(pipeline: Pipeline) -> None:
    text = "金与正氏は、米軍の偵察機が経済水域を侵犯したと主張して「撃墜する」と警告した。"
    assert sides(pipeline, text, "ASSAULT") == []
    assert sides(pipeline, text, "THREATEN") == [({"PRK"}, {"USA"})]


@pytest.mark.parametrize(
    "text",
    [
        "リビアのカダフィ政権に対し、フランス軍はおよそ20機の戦闘機を投入し、4回にわたって空爆を行った。",
        "The US deployed fighter jets and struck Houthi targets in Yemen.",
    ],
)
def test_forces_sent_to_attack_with_are_the_attacks_means(pipeline: Pipeline, text: str) -> None:
    assert sides(pipeline, text, "MOBILIZE") == []
    assert sides(pipeline, text, "ASSAULT")
