"""Times read in their context: days counted from the last day the text named, a post's own date,
durations in two units and halves, weekdays with a part of the day, and the most recent month or
weekday unless the sentence looks ahead. Reference 2024-06-18, a Tuesday.

Each case is inline markup (see `timex_markup`); the expressions found must be exactly the marked ones.
"""

from __future__ import annotations

import pytest

from newsgraph.timex import find_times
from newsgraph.timex.lexicon import lexicon
from tests.timex.timex_markup import parse_markup

REF = "2024-06-18"


def _check(markup: str, language: str = "ja", **options: object) -> None:
    text, expected = parse_markup(markup)
    found = find_times(text, REF, language=language, **options)  # type: ignore[arg-type]
    got = [(t.span.start, t.span.end, t.text, t.value, t.part, t.mod) for t in found]
    assert got == [(e.start, e.end, e.text, e.value, e.part, e.mod) for e in expected]
    by_span = {(t.span.start, t.span.end): t for t in found}
    for e in expected:
        if e.check_anchor:
            assert by_span[(e.start, e.end)].anchor == (e.anchor or None), e.text


STORY = [
    # 翌N日: the day N after the day named before it, even across a month end
    "<t v='2024-06-15'>15日</t>に会談し、<t v='2024-06-16' a='context'>翌16日</t>に帰国した。",
    "<t v='2024-05-28'>28日</t>に到着し、<t v='2024-06-02' a='context'>翌2日</t>に出発した。",
    "<t v='2024-06-03'>3日</t>に訪問し、<t v='2024-06-04' p='morning' a='context'>翌4日朝</t>に発った。",
    # with no day named before, the number's day nearest the reference
    "<t v='2024-06-16' a='published'>翌16日</t>に帰国した。",
    # 同日, 同じ日 and N日後 count from the last day named
    "<t v='2024-06-12'>12日</t>に会談し、<t v='2024-06-12' a='context'>同じ日</t>に声明を出した。",
    "<t v='2024-06-10'>10日</t>に会談し、<t v='2024-06-10' p='night' a='context'>同日夜</t>に声明を出した。",
    "<t v='2024-06-03'>3日</t>に発射し、<t v='2024-06-08' a='context'>5日後</t>に再び発射した。",
    "<t v='2024-06-03'>3日</t>に発射し、<t v='2024-06-02' a='context'>前日</t>に予告していた。",
    # X前日のN日: the day is the number's, its month the reference's; 前日 names no day of its own
    "首脳会談<t v='2024-06-17' a='published'>前日の17日</t>に到着した。",
    "<t v='2024-06-20'>20日</t>の会談を控え、<t v='2024-06-19' a='published'>前日19日</t>に到着する。",
    "投票日<t v='2024-05-30' a='published'>前日の30日</t>に演説した。",
    "式典<t v='2024-06-11' a='published'>翌日の11日</t>には帰国した。",
    # a clock time with no day of its own is on the day the text named last
    "<t v='2024-06-20'>20日</t>には"
    "<t v='2024-06-20T08:00/2024-06-20T18:00' a='context'>午前8時から午後6時</t>まで演習を行う。",
    "<t v='2024-06-12'>12日</t>に会談し、<t v='2024-06-12T12:00' a='context'>同日正午</t>"
    "(日本時間<t v='2024-06-12T14:00' a='context'>午後2時</t>)に発効した。",
    # with no day named before, the reference's
    "<t v='2024-06-18T07:00' a='published'>午前7時</t>に発射した。",
]


@pytest.mark.parametrize("markup", STORY)
def test_days_counted_from_the_story(markup: str) -> None:
    _check(markup)


def test_the_story_day_passed_in_counts_for_the_first_expression() -> None:
    _check("<t v='2024-06-21' a='context'>翌21日</t>に帰国した。", story="2024-06-20")
    _check("<t v='2024-06-01' a='context'>同日</t>、発表した。", story="2024-06-01")


def test_inside_a_post_days_count_from_the_post_date() -> None:
    # the article named the 1st before the post; the post's 同日 and clock time are the post's day
    text = "同日、午後3時に声明を出した。20日にも会談する。"
    found = find_times(text, "2024-06-10", anchor="post", story="2024-06-01")
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("同日", "2024-06-10", "post"),
        ("午後3時", "2024-06-10T15:00", "post"),
        ("20日", "2024-06-20", "post"),  # 会談する looks ahead from the post's 10th
    ]
    (t,) = find_times("Talks at 3 p.m. on Sunday.", "2024-06-10", anchor="post", language="en")[:1]
    assert (t.value, t.anchor) == ("2024-06-10T15:00", "post")


DURATIONS = [
    "<t v='PT30S'>30秒間</t>、<t v='PT45S' m='approx'>約45秒</t>、<t v='PT5M'>5分間</t>、"
    "<t v='PT90M'>90分間</t>",
    "<t v='PT3H30M'>3時間半</t>、<t v='PT1H30M'>1時間半</t>、<t v='PT1H20M'>1時間20分</t>、"
    "<t v='PT1M30S'>1分30秒</t>",
    "<t v='P2Y3M'>2年3か月ぶり</t>、<t v='P5Y10M'>5年10カ月ぶり</t>、"
    "<t v='P1Y2M' m='approx'>約1年2か月</t>、<t v='P18M'>1年半ぶり</t>",
    "<t v='P1.5M'>1か月半</t>、<t v='P2.5D'>2日半</t>",
    # two units before 前 count back in months
    "<t v='2022-03'>2年3か月前</t>",
]

EN_DURATIONS = [
    "Talks lasted <t v='PT4H'>four hours</t>; he spoke for <t v='PT2H'>2 hours</t> "
    "and stayed <t v='P3D'>three days</t>.",
]


@pytest.mark.parametrize("markup", DURATIONS)
def test_japanese_durations(markup: str) -> None:
    _check(markup)


@pytest.mark.parametrize("markup", EN_DURATIONS)
def test_english_durations(markup: str) -> None:
    _check(markup, "en")


DAYS_AND_HOURS = [
    # a day count before hours is one length, not the 1st and a length
    "<t v='P1DT3H'>1日3時間</t>の作業",
    "救出まで<t v='P2DT5H'>2日5時間</t>かかった",
    "<t v='P3DT12H' m='approx'>約3日12時間</t>、<t v='P1DT2H'>1日2時間ぶり</t>",
    # a date with its month stays a date, the hours after it a length
    "<t v='2024-06-11'>6月11日</t><t v='PT3H'>3時間</t>",
    # a whole day (丸1日) is a length, not the 1st
    "反乱は勃発から<t v='P1D'>丸1日</t>で収束した",
]


# the end of what is still going on lies ahead; of what went on, behind
UNTIL = [
    "演習は<t v='2024-06-20'>20日</t>までの<t v='P3D'>3日間</t>で行われています。",
    "演習は<t v='2024-06-25'>25日</t>まで続いており、",
    "演習は<t v='2024-05-20'>20日</t>まで続いていた。",
    "<t v='2024-05-20'>20日</t>まで演習を行った。",
]


@pytest.mark.parametrize("markup", UNTIL)
def test_the_end_of_what_goes_on_lies_ahead(markup: str) -> None:
    _check(markup)


@pytest.mark.parametrize("markup", DAYS_AND_HOURS)
def test_days_and_hours_are_one_length(markup: str) -> None:
    _check(markup)


# 同年, 同月, 翌月, 翌年, 前年, 前月 and that year, the same month count from the last date named at
# their unit or finer, whatever its granularity; with none named they are left out.
ANAPHORIC = [
    "<t v='2021-02'>2021年2月</t>のクーデター以降、<t v='2021-04' a='context'>同年4月</t>には",
    "<t v='1987'>1987年</t>の民主化以降、<t v='1987' p='late' a='context'>同年末</t>に",
    "<t v='2019'>2019年</t>に就任し、<t v='2020-05' a='context'>翌年5月</t>に辞任した",
    "<t v='2016-11-08'>2016年11月8日</t>に当選し、<t v='2015' a='context'>前年</t>に出馬を表明した",
    "<t v='2024-06-15'>15日</t>に会談し、<t v='2024-06-20' a='context'>同月20日</t>に再び会った",
    "<t v='2024-05-20'>20日</t>に会談し、<t v='2024-06-05' a='context'>翌月5日</t>に発効した",
    "<t v='2023-10'>2023年10月</t>に始まり、<t v='2023-09' a='context'>前月</t>から準備していた",
    "<t v='2022-03-01'>2022年3月1日</t>に発表し、"
    "<t v='2022-03-07/2022-03-09' a='context'>同月7〜9日</t>に実施",
    # the date counted from is itself the context for the next one
    "<t v='2010'>2010年</t>、<t v='2011-03' a='context'>翌年3月</t>、"
    "<t v='2011-03-11' a='context'>同月11日</t>",
    # with no date named before, nothing to count from
    "同年4月の大会で優勝し、同月5日に帰国した",
    "前年の大会と翌月の会合",
    # 前年比, 前年同期, 前年度 are not the year before a named one
    "<t v='2020'>2020年</t>の輸出は前年比で増え、前年同期を上回った",
]


@pytest.mark.parametrize("markup", ANAPHORIC)
def test_year_and_month_count_from_the_last_date_named(markup: str) -> None:
    _check(markup)


EN_ANAPHORIC = [
    "In <t v='2019'>2019</t>, he resigned. <t v='2019' a='context'>Later that year</t>, he returned.",
    "They met on <t v='2024-03-03'>March 3</t>. <t v='2024-03' a='context'>Later that month</t> they "
    "spoke; <t v='2023' a='context'>the previous year</t> they fought.",
    "Signed in <t v='2021-05'>May 2021</t> and ratified <t v='2021-05' a='context'>the same month</t>.",
    "Elected in <t v='2016'>2016</t>, he took office <t v='2017' a='context'>the following year</t>.",
    # nothing named before: left out
    "That year was hard, and the same month was worse.",
]


@pytest.mark.parametrize("markup", EN_ANAPHORIC)
def test_english_year_and_month_count_from_the_last_date_named(markup: str) -> None:
    _check(markup, "en")


# A range whose end says 同月, 同年 or 翌月 counts the end from its start, not from the reference;
# 同5日 and 同6月 are the 5th of the month and June of the year named before them.
RANGES = [
    "会議は<t v='2024-06-03/2024-06-05' a='published'>3日から同月5日</t>まで開かれた",
    "<t v='2023-04/2023-06' a=''>2023年4月から同年6月</t>まで調査した",
    "<t v='2023-04-03/2023-04-05' a=''>2023年4月3日から同月5日</t>まで開かれた",
    "<t v='2023-04-03/2023-06-05' a=''>2023年4月3日から同年6月5日</t>まで開かれた",
    "<t v='2023-12-20/2024-01-05' a=''>2023年12月20日から翌月5日</t>まで",
    "<t v='2024-04-03/2024-04-05' a='published'>4月3日から同月5日</t>にかけて開かれた",
    "<t v='2023-04/2023-06' a=''>2023年4月から同6月</t>まで調査した",
    "<t v='2023-04-03/2023-04-05' a=''>2023年4月3日〜同5日</t>に開かれた",
    "<t v='2024-04-03' a='published'>4月3日</t>に発表し、<t v='2024-04-05' a='context'>同5日</t>に施行した",
    "<t v='2023-04'>2023年4月</t>に始まり、<t v='2023-06' a='context'>同6月</t>に終わった",
    # 同 before a number that is no date: nothing
    "同6人が負傷し、同<t v='P5D'>5日間</t>",
]


@pytest.mark.parametrize("markup", RANGES)
def test_a_range_end_counts_from_its_start(markup: str) -> None:
    _check(markup)


# English ranges: the end keeps its own month and year, and a start without a year takes the end's.
EN_RANGES = [
    "The talks ran from <t v='2024-03-03/2024-03-05' a='published'>March 3 to 5</t>.",
    "The talks ran between <t v='2024-06-01/2024-06-03' a='published'>June 1 and June 3</t>.",
    "The talks ran between <t v='2024-06-01/2024-06-03' a='published'>June 1 and 3</t>.",
    "Between <t v='2023-06-01/2023-06-03' a=''>June 1 and 3, 2023</t>, prices rose.",
    "The talks ran from <t v='2023-03-03/2023-03-05' a=''>March 3 to March 5, 2023</t>.",
    "The fair ran from <t v='2023-12-28/2024-01-03' a=''>Dec. 28 to Jan. 3, 2024</t>.",
    "It rose between <t v='2019/2021'>2019 and 2021</t>.",
    # "and" without "between", a share, a clock time: no range
    "They met on <t v='2024-06-01' a='published'>June 1</t> and 3 others joined.",
    "Polls moved between <t v='2024-06-01' a='published'>June 1</t> and 3 percent.",
]


@pytest.mark.parametrize("markup", EN_RANGES)
def test_english_ranges_keep_their_end(markup: str) -> None:
    _check(markup, "en")


def test_a_year_named_in_an_earlier_block_counts_through_the_story_day() -> None:
    # the day passed in gives the year and the month too
    _check("<t v='2022-05' a='context'>同年5月</t>に", story="2022-03-10")
    _check("<t v='2022' a='context'>That year</t> they met.", "en", story="2022-03-10")
    # inside a post the story is left aside, so nothing to count from
    assert find_times("同年5月に", "2024-06-10", anchor="post", story="2022-03-10") == []


WEEKDAYS = [
    "<t v='2024-06-16' p='morning'>日曜の朝</t>、<t v='2024-06-15' p='night'>土曜夜</t>、"
    "<t v='2024-06-16' p='midday'>日曜日の昼</t>",
    "<t v='2024-06-14' p='evening'>金曜の夕方</t>、<t v='2024-06-17' p='dawn'>月曜未明</t>、"
    "<t v='2024-06-18' p='night'>火曜深夜</t>",
    "<t v='2024-06-13' p='afternoon'>木曜午後</t>、<t v='2024-06-12' p='morning'>水曜日の午前</t>",
    "<t v='2024-06-15T15:00'>土曜午後3時</t>",
    "<t v='2024-06-17' a='published'>月曜</t>に会談した。",
    # a weekday ahead only when the sentence looks ahead
    "<t v='2024-06-19'>水曜日</t>に会談する予定だ。",
    # since a day: behind, whatever the verb after it (…のは21日以来で、今年に入って22件目です)
    "侵入が確認されたのは<t v='2024-06-17' m='after'>17日以来</t>で、5件目です。",
    "<t v='2024-06-18' p='night'>18日の夜</t>",
    # names and repeats, not days
    "日曜版と土曜劇場",
    "<t v='R/P1W'>毎週</t>日曜に開かれる",
]

EN_WEEKDAYS = [
    "<t v='2024-06-16' p='morning'>Sunday morning</t> and <t v='2024-06-14' p='night'>Friday night</t>.",
    "On <t v='2024-06-17' p='afternoon'>Monday afternoon</t> and "
    "<t v='2024-06-12' p='evening'>Wednesday evening</t>.",
    "<t v='2024-06-17' p='morning'>yesterday morning</t>, <t v='2024-06-19' p='night'>tomorrow night</t>",
    "The council will meet on <t v='2024-06-21' p='morning'>Friday morning</t>.",
]


@pytest.mark.parametrize("markup", WEEKDAYS)
def test_japanese_weekdays(markup: str) -> None:
    _check(markup)


@pytest.mark.parametrize("markup", EN_WEEKDAYS)
def test_english_weekdays(markup: str) -> None:
    _check(markup, "en")


EN_STORY = [
    "He arrived on <t v='2024-06-03'>June 3</t> and left <t v='2024-06-03' a='context'>the same day</t>.",
    "He arrived on <t v='2024-06-03'>June 3</t>. <t v='2024-06-04' a='context'>The following day</t> he "
    "left, and <t v='2024-06-06' a='context'>two days later</t> he was home.",
    "Talks began on <t v='2024-06-10'>June 10</t>; <t v='2024-06-11' a='context'>the next day</t> they "
    "stalled, <t v='2024-06-16' a='context'>five days later</t> they ended.",
    "Troops crossed on <t v='2024-05-20'>May 20</t>; <t v='2024-05-17' a='context'>three days earlier</t> "
    "they had massed.",
    "Troops crossed on <t v='2024-05-20'>May 20</t>; <t v='2024-05-19' a='context'>the previous day</t> "
    "they had waited.",
    # with no day named before: from the reference
    "<t v='2024-06-19' a='published'>The next day</t> he left.",
]


@pytest.mark.parametrize("markup", EN_STORY)
def test_english_days_counted_from_the_story(markup: str) -> None:
    _check(markup, "en")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("3月に会談した。", "ja", "2024-03"),
        ("9月に会談。", "ja", "2023-09"),  # no tense: the most recent September
        ("9月に会談する。", "ja", "2024-09"),
        ("12月に選挙を行う予定だ。", "ja", "2024-12"),
        ("6月に会談。", "ja", "2024-06"),
        ("金曜に会談。", "ja", "2024-06-14"),
        ("土曜日に会談する予定だ。", "ja", "2024-06-22"),
        ("They met in November.", "en", "2023-11"),
        ("They will meet in November.", "en", "2024-11"),
        ("They met on Thursday.", "en", "2024-06-13"),
        ("They meet on Thursday.", "en", "2024-06-13"),
        ("They will meet on Thursday.", "en", "2024-06-20"),
    ],
)
def test_month_and_weekday_are_the_most_recent_unless_ahead(text: str, language: str, expected: str) -> None:
    (t,) = find_times(text, REF, language=language)
    assert t.value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("15日に会談した。", "2024-06-15"), ("He met on June 15.", "2024-06-15")],
)
def test_language_none_reads_the_text_in_its_own_language(text: str, expected: str) -> None:
    (t,) = find_times(text, REF, language=None)
    assert t.value == expected


@pytest.mark.parametrize("phrase", sorted(lexicon().en.story_relative))
def test_every_english_story_phrase_counts_from_the_story(phrase: str) -> None:
    rel = lexicon().en.story_relative[phrase]
    found = find_times(f"They met on June 3. {phrase.capitalize()}, they spoke.", REF, language="en")
    assert [t.text.lower() for t in found] == ["june 3", phrase]
    assert found[1].anchor == "context"
    if rel.unit == "day":
        assert found[1].value == f"2024-06-{3 + rel.offset:02d}"
    elif rel.unit == "month":
        assert found[1].value == f"2024-{6 + rel.offset:02d}"
    elif rel.unit == "year":
        assert found[1].value == f"{2024 + rel.offset}"


@pytest.mark.parametrize("word", sorted(lexicon().en.day_parts))
def test_every_english_part_of_the_day_is_read(word: str) -> None:
    (t,) = find_times(f"on Saturday {word}", REF, language="en")
    assert (t.text, t.value, t.part) == (f"Saturday {word}", "2024-06-15", lexicon().en.day_parts[word])
