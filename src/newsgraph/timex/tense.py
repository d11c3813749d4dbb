"""Which way a sentence looks from a time expression: back to the past or ahead to the future.

A month-only, day-only or weekday expression is resolved with this hint (see `values.MonthOnly`):
`11月5日に実施される` is ahead of a June reference, `10月に行われた` behind it. Japanese puts the verb
after the expression, so the first cue after it in the sentence decides; English puts auxiliaries on
either side (`will meet on Friday`, `said on Tuesday`), so the nearest cue decides. The cues are
patterns in `lexicon.yaml`.
"""

from __future__ import annotations

import re
from functools import cache

from newsgraph.segment import MAX_SENTENCE
from newsgraph.text import quotations
from newsgraph.timex.lexicon import lexicon
from newsgraph.timex.values import Tense

_JA_SENTENCE_END = re.compile(r"[。！？!?\n]")
_EN_WINDOW = 60  # characters each side: about a clause


@cache
def _pattern(language: str) -> re.Pattern[str]:
    cues = lexicon().tense
    past, future = "|".join(cues.past[language]), "|".join(cues.future[language])
    # At one position the first group wins: Japanese ている is perfect (past) though it ends in る;
    # English "scheduled" is a plan though it ends in -ed.
    first, second = (
        (("past", past), ("future", future)) if language == "ja" else (("future", future), ("past", past))
    )
    return re.compile(f"(?P<{first[0]}>{first[1]})|(?P<{second[0]}>{second[1]})")


def tense_near(text: str, start: int, end: int, language: str) -> Tense | None:
    """The tense cue for the expression at `text[start:end]`, or None when there is none."""
    if language == "en":
        pattern = _pattern("en")
        lo = max(text.rfind("\n", 0, start) + 1, start - _EN_WINDOW)
        hi_newline = text.find("\n", end)
        hi = min(end + _EN_WINDOW, hi_newline if hi_newline >= 0 else len(text))
        best: tuple[int, Tense] | None = None
        for m in pattern.finditer(text.lower(), lo, hi):
            if start <= m.start() < end:
                continue
            distance = start - m.end() if m.end() <= start else m.start() - end
            if best is None or distance < best[0]:
                best = (distance, "future" if m["future"] else "past")
        return best[1] if best else None
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
    main = text.startswith(("、", "，", ",", "は", "には", "も", "にも"), end)
    cue = cues[-1] if main else cues[0]
    return "past" if cue["past"] else "future"
