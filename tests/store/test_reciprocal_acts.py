"""Within a document, an act and the act in return between the same two sides are two events when
the type is directed (concessions, accusations, strikes); a meeting or an agreement read from either
side is one."""

from __future__ import annotations

import dataclasses

from newsgraph.model import ActorRef, Event, Span
from newsgraph.resolve import same_event

JPN = ActorRef("wiki:Japan", "JPN", "GOV")
KOR = ActorRef("wiki:South_Korea", "KOR", "GOV")
METI = ActorRef("wiki:Ministry_of_Economy,_Trade_and_Industry", "JPN", "GOV")


def ev(type_: str, source: tuple[ActorRef, ...], target: tuple[ActorRef, ...]) -> Event:
    return Event(
        type=type_,
        span=Span(0, 10),
        evidence="…",
        source=source,
        target=target,
        date="2023-03-16",
        trigger="…",
        trigger_span=Span(2, 4),
    )


def test_an_act_in_return_is_an_act_of_its_own() -> None:
    # 経済産業省は輸出管理の厳格化措置を解除…韓国側も提訴を取り下げる: two concessions
    assert not same_event(ev("CONCEDE", (METI,), (KOR,)), ev("CONCEDE", (KOR,), (JPN,)))
    assert not same_event(ev("ACCUSE", (KOR,), (JPN,)), ev("ACCUSE", (JPN,), (KOR,)))


def test_the_same_act_and_a_meeting_from_either_side_stay_one() -> None:
    assert same_event(ev("CONCEDE", (METI,), (KOR,)), ev("CONCEDE", (JPN,), (KOR,)))
    # a mention that names no target still joins the act of its source
    assert same_event(ev("CONCEDE", (KOR,), ()), ev("CONCEDE", (KOR,), (JPN,)))
    assert same_event(ev("CONSULT", (JPN,), (KOR,)), ev("CONSULT", (KOR,), (JPN,)))


def test_a_visit_in_return_is_a_visit_of_its_own() -> None:
    # 首相は来月訪韓し、その後大統領が訪日する: two visits, one each way
    there = dataclasses.replace(ev("CONSULT", (JPN,), (KOR,)), mode="visit")
    back = dataclasses.replace(ev("CONSULT", (KOR,), (JPN,)), mode="visit")
    assert not same_event(there, back)
    assert same_event(there, dataclasses.replace(ev("CONSULT", (JPN,), (KOR,)), mode="visit"))


CHN = ActorRef("wiki:China", "CHN", "GOV")
USA = ActorRef("wiki:United_States", "USA", "GOV")


def test_meetings_that_share_one_party_are_two_meetings() -> None:
    # a meeting lists both parties on both sides: 日米首脳会談 and the 日中首脳会談 hoped for after it
    # share Japan, and are still two meetings
    japan_us = ev("CONSULT", (JPN, USA), (JPN, USA))
    assert not same_event(japan_us, ev("CONSULT", (JPN, CHN), (JPN, CHN)))
    assert not same_event(japan_us, ev("CONSULT", (JPN,), (CHN,)))
    # the same meeting told from one side, or by a mention that names one party only, stays one
    assert same_event(japan_us, ev("CONSULT", (USA,), (JPN,)))
    assert same_event(ev("CONSULT", (JPN,), ()), japan_us)
