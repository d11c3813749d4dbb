"""Golden cases in inline markup: every form the timex stage reads, in both languages.

Each case is (markup, reference, language, anchor). The expressions found must be exactly the marked
ones: same span, text, value, part and mod (and anchor where the markup gives `a`).
"""

from __future__ import annotations

import pytest

from newsgraph.timex import find_times
from tests.timex.timex_markup import parse_markup

REF = "2024-06-18"  # a Tuesday, the reference article's publication date

REFERENCE_ARTICLE = [
    (
        "ロシアのプーチン大統領が<t v='2024-06-18' p='night' a='published'>18日夜</t>"
        "から北朝鮮を訪問する予定です。",
        REF,
    ),
    ("<t v='P24Y'>24年ぶり</t>の訪朝となります。【速報】#プーチン氏 <t v='P24Y'>24年ぶり</t>訪朝へ", REF),
    (
        "ロシア大統領府は、プーチン大統領が<t v='2024-06-18' a='published'>18日</t>"
        "から #北朝鮮 を訪問すると明らかに",
        REF,
    ),
    ("▼関係者によると<t v='2024-06-18' p='night'>18日夜</t>に平壌に到着", REF),
    (
        "<t v='2024-06-19' a='published'>19日</t>に一連の会談を予定。"
        "<t v='2023-09' a='published'>去年9月</t>、"
        "金正恩総書記がロシアを訪問した際にプーチン氏を北朝鮮に招待…",
        REF,
    ),
    (
        "ロシア貨物船が<t v='2024-04' p='early' a='post'>4月前半</t>に北朝鮮寄港、北製の武器や弾薬運搬か…",
        "2024-06-09",
    ),
    (
        "<t v='1950' a=''>1950年</t>に勃発した朝鮮戦争の際にはロシアから支援される対象だった北朝鮮ですが、"
        "<t v='P70Y' m='approx'>約70年</t>の時を経て立場が逆転しています。",
        REF,
    ),
    ("ワシントンとモスクワは<t v='1954' a='published'>70年前</t>、朝鮮半島に武器と援助を提供した。", REF),
    (
        "友好・善隣関係は、<t v='P70Y' m='more_than'>70年以上</t>に遡り、輝かしい歴史的伝統に富んでいる。"
        "<t v='1945-08'>1945年8月</t>、"
        "ソ連軍兵士は関東軍を打ち破り、<t v='1946'>1946年</t>、記念碑が建てられた。",
        REF,
    ),
    ("その交戦国と日本政府が<t v='2024-05' a='published'>先月</t>モンゴルにて拉致問題交渉を行っていた", REF),
    (
        "中央日報は日本と北朝鮮が<t v='2024-05' a='post'>5月</t>、モンゴルで接触していたと報じました",
        "2024-06-13",
    ),
    ("事実、日本政府は交渉態度を180度転換させています。", REF),
    ("— 🐉イルカしゃん🐉 (@shouhei19871026) #スマートニュース", REF),
]

JA_ABSOLUTE = [
    "政府は<t v='2024-06-19'>2024年6月19日</t>に発表した。",
    "<t v='2024-06-19'>二〇二四年六月十九日</t>、署名した。",
    "<t v='2024-06-19'>二千二十四年六月十九日</t>",
    "<t v='2024-06-19'>２０２４年６月１９日</t>に",
    "<t v='2024'>令和6年</t>の予算",
    "<t v='2018'>平成30年</t>に",
    "<t v='1945-08-15'>昭和20年8月15日</t>、終戦",
    "<t v='1923-09-01'>大正12年9月1日</t>の震災",
    "<t v='1905'>明治38年</t>",
    "<t v='2019-05-01'>令和元年5月1日</t>に改元",
    "<t v='2024-06-19'>2024/6/19</t>更新",
    "<t v='2024-06-19'>2024-06-19</t>",
    "<t v='2024-06-19'>2024.6.19</t>",
    "<t v='2024-06-19T15:00'>2024年6月19日午後3時</t>",
    "<t v='199'>1990年代</t>に",
    "<t v='1945-08'>1945年８月</t>",
    "<t v='2024-03'>2024年3月</t>期決算",
]

JA_ANCHORED = [
    "<t v='2024-06-18' a='published'>18日</t>、<t v='2024-06-19'>19日</t>",
    "<t v='2024-06-17'>17日(月)</t>と<t v='2024-06-17'>17日（月）</t>",
    "<t v='2024-06-19'>十九日</t>に",
    "<t v='2024-05-28'>28日</t>に",
    "<t v='2024-06-25'>25日</t>に",
    # a past form modifying a noun (交えた会議) is no tense of the sentence, which looks ahead
    "<t v='2024-07-15'>15日</t>には3か国を交えた首脳会議が開かれ、首相が出席する予定だ。",
    # the day of a setting set off by a comma dates the report, not the words it reports
    "外相は<t v='2024-06-07'>7日</t>の記者会見で、首脳会談が実現すると述べた。",
    "首相は<t v='2024-06-17'>17日</t>、関係国と協議すると述べた。",
    # a report closing the sentence as a noun tells of it as done
    "財務省は<t v='2024-06-17'>17日</t>、6人に制裁を科すと発表。",
    "<t v='2024-04-01' a='published'>4月1日</t>から",
    "<t v='2024-09'>9月</t>に予定、<t v='2023-10'>10月</t>には",
    "<t v='2024-06-19'>6/19(水)</t>",
    "<t v='2023-12'>昨年12月</t>、<t v='2024'>今年</t>、<t v='2024'>本年</t>、<t v='2025'>来年</t>",
    "<t v='2026'>再来年</t>、<t v='2022'>一昨年</t>、<t v='2022'>おととし</t>、<t v='2023'>去年</t>",
    "<t v='2025' p='spring'>来年春</t>に",
    "<t v='2024-05'>先月</t>、<t v='2024-06'>今月</t>、"
    "<t v='2024-07'>来月</t>、<t v='2024-05-18'>先月18日</t>",
    "<t v='2024-W24'>先週</t>、<t v='2024-W25'>今週</t>、<t v='2024-W26'>来週</t>",
    "<t v='2024-06-17'>昨日</t>、<t v='2024-06-17'>きのう</t>、"
    "<t v='2024-06-18'>今日</t>、<t v='2024-06-18'>きょう</t>",
    "<t v='2024-06-18'>本日</t>、<t v='2024-06-19'>明日</t>、"
    "<t v='2024-06-19'>あす</t>、<t v='2024-06-19'>あした</t>",
    "<t v='2024-06-16'>一昨日</t>、<t v='2024-06-16'>おととい</t>、<t v='2024-06-20'>明後日</t>",
    "<t v='2024-06-18'>同日</t>に",
    "<t v='2024-06-17'>前日</t>に",
    "<t v='2024-06-19'>翌日</t>に",
    # counted from the day the story names, not from the publication date
    "<t v='2024-06-15'>15日</t>に会談し、<t v='2024-06-15' a='context'>同日</t>に発表した。"
    "<t v='2024-06-16' a='context'>翌日</t>には、<t v='2024-06-19' a='context'>その3日後</t>に",
    "<t v='2024-06-18' p='morning'>今朝</t>、<t v='2024-06-17' p='night'>昨夜</t>",
    "<t v='2024-06-15'>3日前</t>、<t v='2024-W23'>2週間前</t>",
    "<t v='2024-06-28'>10日後</t>に",
    "<t v='2024-03'>3か月前</t>、<t v='2024-03'>3ヶ月前</t>、<t v='2024-03'>3カ月前</t>",
    "<t v='2019'>5年前</t>、<t v='2029'>5年後</t>、<t v='1954' m='approx'>約70年前</t>",
    "<t v='2024'>年内</t>に",
    "<t v='2024-04/2025-03' a='published'>今年度</t>、<t v='2025-04/2026-03'>来年度</t>、"
    "<t v='2023-04/2024-03'>昨年度</t>",
    "<t v='2024-04/2025-03' a=''>2024年度</t>、<t v='2024-04/2025-03'>令和6年度</t>",
    "<t v='2024-06' p='early'>6月上旬</t>、"
    "<t v='2024-06' p='mid'>6月中旬</t>、<t v='2024-06' p='late'>6月下旬</t>",
    "<t v='2024-04' p='early'>4月前半</t>、"
    "<t v='2024-04' p='late'>4月後半</t>、<t v='2024-06' p='late'>6月末</t>",
    "<t v='2024-06' p='early'>6月初め</t>、"
    "<t v='2024-06' p='early'>6月初旬</t>、<t v='2023' p='late'>2023年末</t>",
    "<t v='2024-06-18' p='night'>18日夜間</t>、<t v='2024-06-18' p='night'>18日深夜</t>",
    "<t v='2024-06-18' p='dawn'>18日未明</t>、<t v='2024-06-19' p='morning'>19日朝</t>",
    "<t v='2024-06-18' p='morning'>18日午前</t>、<t v='2024-06-18' p='afternoon'>18日午後</t>、"
    "<t v='2024-06-18' p='midday'>18日昼</t>",
    "<t v='2024-06-18T15:00'>午後3時</t>、<t v='2024-06-18T15:00'>18日午後3時</t>、"
    "<t v='2024-06-18T15:30'>15時半</t>",
    "<t v='2024-06-18T10:30'>午前10時30分</t>、<t v='2024-06-18T22:00'>18日夜10時</t>",
    "<t v='2024-06-18T02:00' m='approx'>深夜2時ごろ</t>、<t v='2024-06-18T22:00'>夜10時</t>、"
    "<t v='2024-06-18T08:00'>朝8時</t>",
    "<t v='2024-06-18' m='approx'>18日ごろ</t>、<t v='2020' m='after'>2020年以降</t>",
    "<t v='2024-W25' p='late'>今週末</t>、<t v='2024' p='late'>年末</t>",
]

JA_DURATIONS_RANGES_SETS = [
    "<t v='P3D'>3日間</t>、<t v='P2W'>2週間</t>、<t v='P5M'>5か月間</t>、<t v='P6M'>半年</t>",
    "<t v='P10Y' m='more_than'>10年余り</t>、<t v='PXY'>数年</t>、<t v='P18M'>1年半</t>",
    "<t v='P24Y'>二十四年ぶり</t>、<t v='P3D'>三日間</t>、<t v='PT3H'>3時間</t>",
    "<t v='P10Y' m='less_than'>10年近く</t>、<t v='P3Y' m='approx'>約3年間</t>、<t v='P10Y'>過去10年</t>",
    "<t v='2024-06-18/2024-06-19'>18日から19日</t>にかけて",
    "<t v='2024-04-01/2024-04-03'>4月1日〜3日</t>、<t v='2024-04-01/2024-04-03'>4月1〜3日</t>",
    "<t v='2020/2022'>2020年から2022年</t>まで、<t v='2020/2022'>2020〜22年</t>",
    "<t v='R/P1Y'>毎年</t>、<t v='R/P1M'>毎月</t>、<t v='R/P1W'>毎週</t>",
]

JA_NOT_TIMES = [
    "第2次世界大戦で3人が死亡し、iOS 17.5が公開された。",
    "2024/25シーズンの開幕",
    "一日も早く帰国を。1日も早く解決を",
    "毎日新聞によると",
    "<t v='2024-06-18'>18日</t>朝鮮中央通信は",
    "<t v='2024'>今年</t>初めて発射した",
    "株価は前日比200円高",
    "四日市市と十日町市",
    "<t v='2024-06-18'>18日</t>来日した首相",
    "1年前倒しで実施",
    "同年4月の毎日マラソンで優勝し、同月5日には帰国した",
    "毎日放送の番組で、攻撃を掛けさせるよう命じた",
    "土宮明日架が主演し、潜伏期間は5-6日とされる",
    "<t v='1905'>1905年</t>中学校令",
    "第二次世界大戦の終結から<t v='P79Y'>79年</t>、独立以来<t v='P70Y'>70年</t>",
    "<t v='2024'>今年</t>中国は、<t v='2024-06'>今月中</t>に",
    "空爆は3日連続で、攻撃は5日目に入った",
    "<t v='2024-06-03'>今月3日</t>目撃された",
]

EN = [
    "Signed on <t v='2024-06-17'>June 17, 2024</t>, and on <t v='2024-06-17'>17 June 2024</t>.",
    "Posted <t v='2024-06-17'>2024-06-17</t> in <t v='2024-06'>June 2024</t>.",
    "<t v='2024-05' a='published'>Last month</t> "
    "and <t v='2023'>last year</t>, <t v='2024-06-17'>yesterday</t>.",
    "<t v='2024-06-18'>Today</t> and <t v='2024-06-19'>tomorrow</t>, <t v='2024-W26'>next week</t>.",
    "<t v='2024-06-16'>two days ago</t> and <t v='2024-06-15'>3 days ago</t>; <t v='1954'>70 years ago</t>",
    "The war began in <t v='1950' a=''>1950</t>.",
    "In <t v='2024-04' p='mid'>mid-April</t>, "
    "<t v='2024-06' p='early'>early June</t> and <t v='2023' p='late'>late 2023</t>.",
    "The first visit in <t v='P24Y'>24 years</t>, after <t v='P70Y' m='approx'>about 70 years</t>.",
    "For <t v='P70Y' m='more_than'>more than 70 years</t>, a <t v='P3D'>three-day</t> visit.",
    "Ties date to <t v='199'>the 1990s</t>; it happens <t v='R/P1Y'>every year</t>.",
    "On <t v='2024-06-17'>Monday, June 17</t> at <t v='2024-06-17T15:00'>3 p.m.</t>",
    "From <t v='2020/2022'>2020 to 2022</t>; <t v='2024-06-17/2024-06-19'>June 17-19, 2024</t>.",
    "<t v='2023-06'>Last June</t>; by <t v='2024' p='late'>the end of the year</t>; "
    "<t v='2025' p='spring'>spring 2025</t>",
    "A 24-year-old man; May I ask; the 2024/25 season; 1,500 troops in 2024/25.",
    "Black Friday sales rose. One day he will return. The March on Washington.",
    "After the <t v='2024-04'>April</t> attack; the May Fourth Movement.",
    "From <t v='2024-06-17/2024-06-19'>June 17 to 19</t>, up 17 to 19 percent.",
]


def _cases() -> list[tuple[str, str | None, str, str]]:
    cases: list[tuple[str, str | None, str, str]] = []
    for markup, ref in REFERENCE_ARTICLE:
        cases.append((markup, ref, "ja", "post" if ref != REF else "published"))
    cases += [(m, REF, "ja", "published") for m in JA_ABSOLUTE + JA_ANCHORED + JA_DURATIONS_RANGES_SETS]
    cases += [(m, REF, "ja", "published") for m in JA_NOT_TIMES]
    cases += [(m, REF, "en", "published") for m in EN]
    return cases


@pytest.mark.parametrize(("markup", "reference", "language", "anchor"), _cases())
def test_golden(markup: str, reference: str | None, language: str, anchor: str) -> None:
    text, expected = parse_markup(markup)
    found = find_times(text, reference, anchor=anchor, language=language)  # type: ignore[arg-type]
    got = [(t.span.start, t.span.end, t.text, t.value, t.part, t.mod) for t in found]
    want = [(e.start, e.end, e.text, e.value, e.part, e.mod) for e in expected]
    assert got == want
    by_span = {(t.span.start, t.span.end): t for t in found}
    for e in expected:
        if e.check_anchor:
            assert by_span[(e.start, e.end)].anchor == (e.anchor or None)
