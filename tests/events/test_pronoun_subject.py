"""An English pronoun subject (he, she, it, they) names the actor the sentence before began with (real
English model, real knowledge base)."""

from __future__ import annotations

from newsgraph.pipeline import Pipeline
from tests.events.composed import sides


def test_it_names_the_actor_the_sentence_before_began_with(pipeline: Pipeline) -> None:
    text = (
        "China's coast guard said the Philippine ship had ignored repeated warnings. "
        "It urged Manila to withdraw the ship immediately."
    )
    assert sides(pipeline, text, "REQUEST") == [({"CHN"}, {"PHL"})]


def test_a_named_subject_needs_no_antecedent(pipeline: Pipeline) -> None:
    text = "China's coast guard said the ship had ignored warnings. Japan urged Manila to withdraw the ship."
    assert sides(pipeline, text, "REQUEST") == [({"JPN"}, {"PHL"})]
