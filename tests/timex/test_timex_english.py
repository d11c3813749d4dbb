"""English times as wire reports write them: months short without a period, the tense of the clause a
weekday or a month stands in, offsets counted from the day the story named, a month with its year
said in words, and bare years before a noun. Reference 2024-06-18, a Tuesday.

Each case is inline markup (see `timex_markup`); the expressions found must be exactly the marked ones.
"""

from __future__ import annotations

import pytest

from newsgraph.timex import find_times
from newsgraph.timex.lexicon import lexicon
from tests.timex.timex_markup import parse_markup

REF = "2024-06-18"


def _check(markup: str, **options: object) -> None:
    text, expected = parse_markup(markup)
    found = find_times(text, REF, language="en", **options)  # type: ignore[arg-type]
    got = [(t.text, t.value, t.part, t.mod) for t in found]
    assert got == [(e.text, e.value, e.part, e.mod) for e in expected]
    spans = [(t.span.start, t.span.end) for t in found]
    assert spans == [(e.start, e.end) for e in expected]
    by_span = {(t.span.start, t.span.end): t for t in found}
    for e in expected:
        if e.check_anchor:
            assert by_span[(e.start, e.end)].anchor == (e.anchor or None), e.text


ABBREVIATED_MONTHS = [
    # datelines and dates in running text, with and without the period
    "ADDIS ABABA, <t v='2024-02-17' a='published'>Feb 17</t> (Reuters) - Leaders met.",
    "WASHINGTON, <t v='2023-09-12'>Sept 12</t> (Reuters) - "
    "The order was signed on <t v='2024-01-01'>Jan 1</t> and on <t v='2024-01-05'>Jan. 5</t>.",
    "They voted on <t v='2024-06-06'>Jun 6</t>, <t v='2023-10-06'>Oct 6</t> and <t v='2023-12-01'>Dec 1</t>.",
    "Ships collided on <t v='2023-08-19'>Aug 19</t>; talks on <t v='2024-03-04'>Mar 4</t>, "
    "<t v='2024-04-30'>Apr 30</t>.",
    "Experts will stay from <t v='2024-08-29/2024-09-05'>Aug 29 to Sept 5</t>.",
    "It opened on <t v='2023-11-17'>17 Nov 2023</t> and closed in <t v='2023-09'>Sep 2023</t>.",
    "Rain fell in <t v='2023-07' p='late'>late Jul</t> and then stopped.",
    # alone, a short form without a period is a word or a name, not a month
    "Jan Egeland said in Jan the Mar Mikhael district and Dec were calm.",
]


@pytest.mark.parametrize("markup", ABBREVIATED_MONTHS)
def test_months_written_short_without_a_period(markup: str) -> None:
    _check(markup)


FUTURE_OR_PAST = [
    # the verb before the time decides: an auxiliary or a plan looks ahead
    "A court will hear the case on <t v='2024-06-19'>Wednesday</t>. Prosecutors accuse him of an "
    "unauthorised gathering.",
    "Hochstein is expected to travel to Israel on <t v='2024-06-19'>Wednesday</t>.",
    "The ministry said it would lodge a protest and summon the envoy on <t v='2024-06-24'>Monday</t>. "
    "The United States condemned it.",
    "Officials will meet at the disputed border on <t v='2024-06-21'>Friday</t>.",
    "The two sides will vote in <t v='2024-07'>July</t>.",
    # what someone is asked or agrees to do lies ahead of the asking
    "Machado called on Venezuelans to march again on <t v='2024-06-22'>Saturday</t>.",
    "The rivals agreed to meet again in <t v='2024-09'>September</t>.",
    "He urged the two governments to resume talks on <t v='2024-06-20'>Thursday</t>.",
    # a verb in the past, or a try, dates the past; since looks back whatever comes before it
    "Security forces had tried to stop him on <t v='2024-06-15' p='morning'>Saturday morning</t>.",
    "The Cabinet met <t v='2024-06-16'>Sunday</t> and decided to approve the plan.",
    "They have fought since <t v='2024-04'>April</t> and will hold a vote.",
    "The European Union said on <t v='2024-06-12'>Wednesday</t> it was ready to consider measures.",
    # the time first: the first cue after it
    "On <t v='2024-06-24'>Monday</t>, the minister will visit Seoul.",
    "On <t v='2024-06-17'>Monday</t>, the minister said he will visit Seoul.",
    # the cue stands in the time's own sentence, past an abbreviation's period
    "Talks ended on <t v='2024-06-14'>Friday</t>. Both will meet again.",
    "The U.S. Embassy said on <t v='2024-06-14'>Friday</t> it was concerned.",
    "The U.S. envoy will arrive on <t v='2024-06-21'>Friday</t>.",
    # a speaker's quoted words keep their own tense
    "\"We will not leave,\" he said on <t v='2024-06-17'>Monday</t>.",
    "“We will not leave,” he said on <t v='2024-06-17'>Monday</t>.",
]


@pytest.mark.parametrize("markup", FUTURE_OR_PAST)
def test_the_clause_tense_places_weekdays_and_months(markup: str) -> None:
    _check(markup)


FROM_THE_STORY_DAY = [
    # a day or a week after + a clause: the clause's day, counted back from the day named last
    "Gonzalez flew to Spain on <t v='2024-06-16'>Sunday</t>, <t v='2024-06-09' a='context'>a week after</t> "
    "a court issued a warrant.",
    "Leaders met on <t v='2024-06-12'>June 12</t>. The meeting came <t v='2024-06-11' a='context'>a day "
    "after</t> he told a forum that sanctions would go.",
    "The strike came on <t v='2024-06-17'>Monday</t>, <t v='2024-06-14' a='context'>three days after</t> the "
    "election.",
    "Talks were held on <t v='2024-06-03'>June 3</t>, <t v='2024-06-05' a='context'>two days before</t> the "
    "vote.",
    # later and earlier count from the same day, a week as seven days
    "Ethiopia signed the pact on <t v='2024-01-01'>Jan 1</t>. Somalia recalled its envoy "
    "<t v='2024-01-03' a='context'>two days later</t>.",
    "Berri met the envoy on <t v='2024-06-18'>Tuesday</t>, and had sent his reply "
    "<t v='2024-06-17' a='context'>a day earlier</t>.",
    "They met on <t v='2024-06-03'>June 3</t> and again <t v='2024-06-10' a='context'>a week later</t>.",
    # no day meant: a fronted phrase, a period, hours, a date after it
    "<t v='P2D'>Two days</t> after the vote, police arrested him.",
    "Police said that <t v='P2D'>two days</t> after the vote, they arrested him.",
    "They stayed for <t v='P2W'>two weeks</t> after the vote; he resigned hours after it.",
    "He arrived <t v='P2D'>two days</t> after <t v='2024-06-03'>June 3</t>.",
]


@pytest.mark.parametrize("markup", FROM_THE_STORY_DAY)
def test_offsets_count_from_the_day_the_story_named(markup: str) -> None:
    _check(markup)


@pytest.mark.parametrize("word", sorted(lexicon().en.offset_not_after))
def test_every_word_that_makes_an_offset_no_day_is_read(word: str) -> None:
    found = find_times(f"They met on June 3. It was {word} two days after the vote.", REF, language="en")
    assert [t.value for t in found] == ["2024-06-03", "P2D"]  # over two days: P2D, more than


ONE_EXPRESSION = [
    # a part, a month and a year said in words are one time
    "Fighting has escalated since <t v='2023-10' p='early'>early October last year</t>.",
    "Talks are due in <t v='2024-03' p='late'>late March this year</t> and "
    "<t v='2025-03' p='mid'>mid-March next year</t>.",
    "Rebels have fought since <t v='2023-10'>October last year</t>; a vote in <t v='2025-03'>March next "
    "year</t>.",
    "A decision is not expected before <t v='2025' p='early'>early next year</t>; fighting since "
    "<t v='2023-09' p='late'>late September</t>.",
]


@pytest.mark.parametrize("markup", ONE_EXPRESSION)
def test_a_part_a_month_and_a_year_in_words_are_one_time(markup: str) -> None:
    _check(markup)


BARE_YEARS = [
    "The war began in <t v='1950'>1950</t>; sanctions since <t v='2014'>2014</t>.",
    "Since <t v='2014'>2014</t>, they have fought.",
    # a year before a noun, after a determiner
    "The United States is bound by a <t v='1951'>1951</t> Mutual Defense Treaty.",
    "Iran left the <t v='2015'>2015</t> nuclear deal; its <t v='2022'>2022</t> report said so.",
    # counts and measures are no years
    "The 1,500 troops crossed; a 2000-strong force; the 1200 km border; the 2000 troops.",
]


@pytest.mark.parametrize("markup", BARE_YEARS)
def test_bare_years(markup: str) -> None:
    _check(markup)


@pytest.mark.parametrize("word", sorted(lexicon().en.year_not_before))
def test_every_measure_after_a_number_keeps_it_a_number(word: str) -> None:
    assert find_times(f"They counted the 1990 {word} again.", REF, language="en") == []


@pytest.mark.parametrize("word", sorted(lexicon().en.year_determiners))
def test_every_determiner_makes_a_year_before_a_noun(word: str) -> None:
    (t,) = find_times(f"They signed {word} 1990 accord.", REF, language="en")
    assert (t.text, t.value) == ("1990", "1990")


WEEKDAY_DATES_AND_WEEKENDS = [
    # a weekday before a month and day picks the year in which the day falls on it
    "Polls close on <t v='2024-10-04'>Friday, Oct. 4</t>; the fire began on <t v='2023-10-04'>Wednesday, "
    "Oct. 4</t>.",
    "It opened on <t v='2024-06-17'>Monday, June 17</t>.",
    # a weekend is Saturday to Sunday: the last one, unless the clause looks ahead
    "Protests spread over <t v='2024-06-15/2024-06-16'>the weekend</t>.",
    "Leaders will meet at <t v='2024-06-22/2024-06-23'>the weekend</t>.",
    "Talks ended <t v='2024-06-15/2024-06-16'>last weekend</t> and resume "
    "<t v='2024-06-22/2024-06-23'>this weekend</t>, or <t v='2024-06-29/2024-06-30'>next weekend</t>.",
]


@pytest.mark.parametrize("markup", WEEKDAY_DATES_AND_WEEKENDS)
def test_weekday_dates_and_weekends(markup: str) -> None:
    _check(markup)


def test_over_the_weekend_on_a_sunday_is_that_weekend() -> None:
    (t,) = find_times("Protests spread over the weekend.", "2024-06-16", language="en")
    assert (t.text, t.value, t.kind) == ("the weekend", "2024-06-15/2024-06-16", "range")


NOT_AN_INTENT = [
    # "to" before a place, a preposition between: no plan, the clause's own tense decides
    "He was asked about the trip to Moscow on <t v='2024-06-17'>Monday</t>.",
    "Officials invited the envoy to Seoul on <t v='2024-06-17'>Monday</t>.",
    # a capitalised word in -ed is a name, not a past verb
    "Ahmed will meet the envoy on <t v='2024-06-21'>Friday</t>.",
]


@pytest.mark.parametrize("markup", NOT_AN_INTENT)
def test_what_is_no_plan_and_no_past(markup: str) -> None:
    _check(markup)
