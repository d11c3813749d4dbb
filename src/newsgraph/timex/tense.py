"""Which way a sentence looks from a time expression: back to the past or ahead to the future.

A month-only, day-only or weekday expression is resolved with this hint (see `values.MonthOnly`):
`11月5日に実施される` is ahead of a June reference, `10月に行われた` behind it. Japanese puts the verb
after the expression, so the first cue after it in the sentence decides; English puts it before
(`will meet on Friday`, `said on Tuesday`), so the nearest cue before it in the sentence decides, else
the first after it. The cues are patterns in `lexicon.yaml`.
"""

from __future__ import annotations

import re
from functools import cache

from newsgraph.segment import MAX_SENTENCE
from newsgraph.text import quotations
from newsgraph.timex.lexicon import lexicon
from newsgraph.timex.values import Tense

_JA_SENTENCE_END = re.compile(r"[。！？!?\n]")


# An English sentence ends at . ! ? before a capital, unless the period closes an abbreviation (U.S.
# Embassy, Gen. Smith, Jan. 5): the cue that dates an expression stands in its own sentence.
_EN_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z\"“'(\[])|\n")
_EN_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]\.)+$|\b[A-Z][a-z]{0,3}\.$")
_EN_QUOTE = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")


def _english_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the English sentence around `text[start:end]`, at most `MAX_SENTENCE` each way."""
    lo, hi = max(0, start - MAX_SENTENCE), min(len(text), end + MAX_SENTENCE)
    first, last = lo, hi
    for m in _EN_SENTENCE_END.finditer(text, lo, hi):
        if m.group() != "\n" and _EN_ABBREVIATION.search(text, max(lo, m.start() - 8), m.start() + 1):
            continue
        if m.end() <= start:
            first = m.end()
        elif m.start() >= end:
            last = m.start()
            break
    return first, last


def _english(text: str, start: int, end: int) -> Tense | None:
    """English puts the verb before the time it dates (will hear the case on Wednesday, said on
    Monday, called on voters to march again on Saturday): the nearest cue before the expression in
    its sentence decides, else the first after it (On Aug 19, two ships were damaged). Words quoted
    from a speaker have the speaker's tense ("We will not leave," he said on Monday)."""
    lo, hi = _english_sentence(text, start, end)
    sentence = text[lo:hi]
    start, end = start - lo, end - lo  # offsets into the sentence from here on
    quotes = _EN_QUOTE.finditer(sentence)
    quoted = [(m.start(), m.end()) for m in quotes if not m.start() <= start < m.end()]
    cues = [
        m
        for m in _pattern("en").finditer(sentence)
        if not (m.start() < end and m.end() > start) and not any(a <= m.start() < b for a, b in quoted)
    ]
    before = [m for m in cues if m.end() <= start]
    if before:
        return "past" if before[-1]["past"] else "future"
    for m in cues:
        if m.start() < end:
            continue
        if m["intent"]:  # met Sunday and decided to approve: the time dates the deciding
            if _past("en").match(sentence, m.start()):
                return "past"
            continue
        return "past" if m["past"] else "future"
    return None


@cache
def _past(language: str) -> re.Pattern[str]:
    return re.compile("|".join(lexicon().tense.past[language]), re.IGNORECASE)


@cache
def _pattern(language: str) -> re.Pattern[str]:
    cues = lexicon().tense
    past, future = "|".join(cues.past[language]), "|".join(cues.future[language])
    intent = "|".join(cues.intent.get(language, ()))
    # At one position the first group wins: Japanese ている is perfect (past) though it ends in る;
    # English "scheduled" and "agreed to meet" look ahead though they end in -ed.
    groups = [("past", past), ("future", future)]
    if language != "ja":
        groups.reverse()
    if intent:
        groups.insert(1, ("intent", intent))
    # English cues are matched regardless of case (Will, Said); a cue asks for lower case where a
    # capital makes a name (Ahmed)
    flags = re.IGNORECASE if language != "ja" else 0
    return re.compile("|".join(f"(?P<{name}>{body})" for name, body in groups), flags)


# A date that names the setting of what follows, set off by a comma (7日の記者会見で、…と述べた;
# 7日の衆院予算委員会で、…): it dates the main predicate, as a date set off by a comma does.
_JA_SETTING = re.compile(r"の[^、。「」『』]{1,12}で、")
# A finite predicate closed by a conjunction of contrast (求めていましたが、, 発表したが、).
_JA_BUT = re.compile(r"(?:た|です|ます|だ)が、")


def tense_near(text: str, start: int, end: int, language: str) -> Tense | None:
    """The tense cue for the expression at `text[start:end]`, or None when there is none."""
    if language == "en":
        return _english(text, start, end)
    if text.startswith("以来", end) or text.endswith("以来", start, end):
        return "past"  # 21日以来, 先月以来: since then, whatever the sentence's verb says after
    # No sentence is longer than MAX_SENTENCE (the segmenter cuts a longer stretch): reading no
    # further keeps the cost of a line without sentence ends linear in its length.
    limit = min(len(text), end + MAX_SENTENCE)
    stop = _JA_SENTENCE_END.search(text, end, limit)
    hi = stop.end() if stop else limit
    # the tense of quoted words is the speaker's (23日の記者会見で、「…ことになる」と述べた: past)
    quoted = [(end + a, end + b) for a, b in quotations(text[end:hi])]
    cues = [
        m for m in _pattern("ja").finditer(text, end, hi) if not any(a <= m.start() < b for a, b in quoted)
    ]
    if not cues:
        return None
    # A date set off by a comma or made the topic dates the main predicate, which comes last in
    # Japanese (21日、…交渉を中断すると発表した: past; 6日には…を交えた会議が開かれ、…出席する予定:
    # future); a date in a phrase (5月に広島で開かれる, 12月に開かれた党大会) dates the nearest one.
    main = text.startswith(("、", "，", ",", "は", "には", "も", "にも"), end) or bool(
        _JA_SETTING.match(text, end)
    )
    if main and (joint := _JA_BUT.search(text, end, hi)):
        # 10日、停戦を求めていましたが、これを無視した形です: a clause closed by が is a whole
        # statement, and the one the date opens is its main predicate
        cues = [m for m in cues if m.start() < joint.end()] or cues
    cue = cues[-1] if main else cues[0]
    return "past" if cue["past"] else "future"
