"""The status and date the strict score checks, on sentences written for each rule (real model, real
knowledge base, an article published on 2024-06-18)."""

from __future__ import annotations

import pytest

from newsgraph.model import Event
from newsgraph.pipeline import Pipeline
from newsgraph.timex import find_times
from newsgraph.timex.tense import tense_near
from tests.events.composed import PUBLISHED, coded


def one(pipeline: Pipeline, text: str, type_: str) -> Event:
    (ev,) = [e for e in coded(pipeline, text) if e.type == type_]
    return ev


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        # a forecast is expected, a schedule planned
        ("日米首脳会談もワシントンで開かれる見通しだ。", "CONSULT", "expected"),
        ("岸田首相は来月、米国を訪問する見通しだ。", "CONSULT", "expected"),
        ("岸田首相は来月、米国を訪問する予定だ。", "CONSULT", "planned"),
        # an intention: any verb's plain form before 考え
        ("日本政府はフィリピン軍にレーダーを供与する事業を進める考えを示した。", "AID", "planned"),
        # a measure is enacted by its announcement; a visit announced is still to come
        ("経済産業省は韓国向け輸出規制を解除すると発表した。", "CONCEDE", "asserted"),
        ("ロシア外務省は、日本との平和条約交渉を中断すると発表した。", "SANCTION", "asserted"),
        ("ロシア大統領府は、プーチン大統領が北朝鮮を訪問すると明らかにした。", "CONSULT", "planned"),
        # a quotation after the act is the speaker's words: its negation is its own
        (
            "ロシアの駐日大使は、日本政府が対ロ制裁措置を決定したことに対し「制裁は友好関係には寄与しない」と反発した。",
            "SANCTION",
            "asserted",
        ),
        # a warning is made, whatever the mood of what it says; a refusal's negation is its own word
        ("Iran warned that it will retaliate against Israel.", "THREATEN", "asserted"),
        ("Chile said it would not meet Bolivia's demands.", "REJECT", "asserted"),
        # a called-off act did not happen
        ("バイデン大統領の日本訪問が取りやめとなった。", "CONSULT", "negated"),
        ("バイデン大統領の中国訪問は見送られた。", "CONSULT", "negated"),
        # a state that still holds
        ("スー・チー氏はミャンマー国軍に拘束されたままだ。", "COERCE", "ongoing"),
        # an act another asks for is desired; the asking is asserted
        ("米国は国連安保理で北朝鮮への制裁強化を求めた。", "SANCTION", "desired"),
        ("米国は国連安保理で北朝鮮への制裁強化を求めた。", "REQUEST", "asserted"),
    ],
)
def test_status(pipeline: Pipeline, text: str, type_: str, status: str) -> None:
    assert one(pipeline, text, type_).status == status


def test_a_time_of_another_topics_clause_dates_that_clause(pipeline: Pipeline) -> None:
    text = "北朝鮮は先月6日、ミサイルを発射しており、岸田首相は北朝鮮を強く非難した。"
    assert one(pipeline, text, "MOBILIZE").date == "2024-05-06"
    assert one(pipeline, text, "ACCUSE").date == "2024-06"  # no day of its own: the reference month


def test_a_time_set_off_after_the_one_topic_dates_every_clause(pipeline: Pipeline) -> None:
    text = "中国は昨年8月、処理水の放出に反発し、日本産水産物の輸入を停止した。"
    assert one(pipeline, text, "SANCTION").date == "2023-08"


def test_quoted_words_do_not_give_the_day_its_tense(pipeline: Pipeline) -> None:
    text = "中国の報道官は23日の記者会見で、「台湾独立勢力は血を流すことになる」と述べ、頼総統をけん制した。"
    assert tense_near(text, text.index("23日"), text.index("23日") + 3, "ja") == "past"
    assert one(pipeline, text, "ACCUSE").date == "2024-05-23"  # the 23rd before the 18th of June


@pytest.mark.parametrize(
    ("text", "time", "value"),
    [
        ("The war began in October last year.", "October last year", "2023-10"),
        ("Talks are planned for March next year.", "March next year", "2025-03"),
        ("The talks held in May this year failed.", "May this year", "2024-05"),
    ],
)
def test_a_month_of_a_relative_year_is_one_time(text: str, time: str, value: str) -> None:
    assert [(t.text, t.value) for t in find_times(text, PUBLISHED, language="en")] == [(time, value)]


def test_a_month_of_last_year_dates_the_act(pipeline: Pipeline) -> None:
    text = "Israeli strikes killed 20 people in Lebanon in October last year."
    assert one(pipeline, text, "ASSAULT").date == "2023-10"
