"""Benchmark: newsgraph's timex stage against ja-timex on hand-written news sentences.

    .venv/bin/python bench/timex_vs_jatimex.py [--cases bench/data/timex_cases.jsonl] [--examples 8]

Each case is `{"sentence", "reference", "expected": [{"text", "value"}], "language"?}`. An expected
expression is found when an output's text equals it or contains it and the values agree (the record
scorer's rule). Printed per system: case accuracy (every expected expression found), strict case
accuracy (and nothing else output), expression recall, recall under the record spec's looser rule
(spans overlap, values agree), and precision (outputs matching an expected expression by either
rule), on all cases and per language.

ja-timex writes TIMEX3; it is mapped to the record notation as fairly as the notation allows:
unknown fields (XXXX, XX) are filled from the reference, relative durations (去年 = P1Y BEFORE) become
the date they point at, a range_start/range_end pair becomes one `A/B` range, FY2023 becomes the
April-March range, TIME values are put on the reference day, SET P1Y becomes R/P1Y. ja-timex reads
Japanese only; on English cases it runs too and is scored as it stands.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.timex import find_times

HERE = Path(__file__).resolve().parent
Output = list[tuple[int, int, str, str]]  # (start, end, text, value)


def run_newsgraph(sentence: str, reference: str, language: str) -> Output:
    found = find_times(sentence, reference, language=language)
    return [(t.span.start, t.span.end, t.text, t.value) for t in found]


def _iso_week(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _shift(ref: dt.date, unit: str, amount: float) -> str | None:
    """The record value of `amount` units from `ref` at that unit's granularity."""
    if unit == "Y" and amount != int(amount):
        unit, amount = "M", amount * 12
    if amount != int(amount):
        return None
    n = int(amount)
    if unit == "Y":
        return f"{ref.year + n:04d}"
    if unit == "M":
        index = ref.year * 12 + ref.month - 1 + n
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "W":
        return _iso_week(ref + dt.timedelta(weeks=n))
    if unit == "D":
        return (ref + dt.timedelta(days=n)).isoformat()
    return None


def _date_value(value: str, ref: dt.date) -> str | None:
    """`XXXX-09-XX` -> `2024-09` with the reference year; `FY2023` -> `2023-04/2024-03`."""
    if m := re.fullmatch(r"FY(\d{4})", value):
        year = int(m.group(1))
        return f"{year}-04/{year + 1}-03"
    m = re.fullmatch(r"(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)", value)
    if m is None:
        return None
    year, month, day = m.groups()
    known = [g != "X" * len(g) for g in (year, month, day)]
    if not any(known):
        return None
    last = max(i for i, k in enumerate(known) if k)
    parts = [year if known[0] else f"{ref.year:04d}"]
    if last >= 1:
        parts.append(month if known[1] else f"{ref.month:02d}")
    if last >= 2:
        parts.append(day)
    return "-".join(parts)


def _jatimex_value(timex: Any, ref: dt.date) -> str | None:
    value, kind, mod = timex.value, timex.type, timex.mod
    if kind == "DATE":
        return _date_value(value, ref)
    if kind == "TIME":
        m = re.fullmatch(r"T(\d{2})-(\d{2}|XX)-(\d{2}|XX)", value)
        if m is None:
            return None
        minute = f":{m.group(2)}" if m.group(2) != "XX" else ""
        return f"{ref.isoformat()}T{m.group(1)}{minute}"
    if kind == "SET":
        return f"R/{value}"
    if kind == "DURATION":
        m = re.fullmatch(r"P(T?)([\d.]+)([YMWDH])", value)
        if mod in ("BEFORE", "AFTER", "NOW") and m and not m.group(1):
            sign = -1 if mod == "BEFORE" else 1
            return _shift(ref, m.group(3), sign * float(m.group(2)))
        if m and not m.group(1) and m.group(3) == "Y" and "." in m.group(2):
            months = float(m.group(2)) * 12
            return f"P{int(months)}M" if months == int(months) else value
        return value
    return None


def make_jatimex() -> Callable[[str, str, str], Output] | None:
    try:
        from ja_timex import TimexParser  # type: ignore[import-untyped]
    except ImportError:
        return None
    parsers: dict[str, Any] = {}

    def run(sentence: str, reference: str, language: str) -> Output:
        ref = dt.date.fromisoformat(reference)
        if reference not in parsers:
            parsers[reference] = TimexParser(reference=dt.datetime(ref.year, ref.month, ref.day))
        out: Output = []
        pending: tuple[int, str] | None = None  # start and value of an open range
        for t in parsers[reference].parse(sentence):
            value = _jatimex_value(t, ref)
            start, end = t.raw_span
            if value is None:
                continue
            if t.range_start:
                pending = (start, value)
                continue
            if t.range_end and pending is not None:
                out.append((pending[0], end, sentence[pending[0] : end], f"{pending[1]}/{value}"))
                pending = None
                continue
            out.append((start, end, sentence[start:end], value))
        if pending is not None:
            out.append((pending[0], pending[0] + 1, sentence[pending[0] : pending[0] + 1], pending[1]))
        return out

    return run


@dataclass
class Score:
    cases: int = 0
    exact: int = 0
    strict: int = 0
    expected: int = 0
    found: int = 0
    overlapping: int = 0
    output: int = 0
    correct_output: int = 0
    seconds: float = 0.0
    misses: list[tuple[dict[str, Any], Output]] = field(default_factory=list)

    def line(self, name: str) -> str:
        acc = self.exact / self.cases if self.cases else 0.0
        strict = self.strict / self.cases if self.cases else 0.0
        recall = self.found / self.expected if self.expected else 0.0
        overlap = self.overlapping / self.expected if self.expected else 0.0
        precision = self.correct_output / self.output if self.output else 0.0
        return (
            f"{name:<10} cases {self.exact:>3}/{self.cases:<3} = {acc:6.1%}   strict {strict:6.1%}   "
            f"recall {recall:6.1%} (overlap {overlap:6.1%})   precision {precision:6.1%}   "
            f"({self.seconds * 1000:.0f} ms)"
        )


def _matches(expected: dict[str, str], output: tuple[int, int, str, str]) -> bool:
    """The record scorer's rule: the output text equals or contains the expected text, values agree."""
    return expected["text"] in output[2] and output[3] == expected["value"]


def _overlaps(sentence: str, expected: dict[str, str], output: tuple[int, int, str, str]) -> bool:
    """The record spec's looser rule: the spans overlap and the values agree."""
    start = sentence.find(expected["text"])
    end = start + len(expected["text"])
    return output[0] < end and start < output[1] and output[3] == expected["value"]


def score(case: dict[str, Any], output: Output, into: Score) -> bool:
    expected = case["expected"]
    found = [any(_matches(e, o) for o in output) for e in expected]
    useful = [any(_matches(e, o) or _overlaps(case["sentence"], e, o) for e in expected) for o in output]
    into.cases += 1
    into.expected += len(expected)
    into.found += sum(found)
    into.overlapping += sum(any(_overlaps(case["sentence"], e, o) for o in output) for e in expected)
    into.output += len(output)
    into.correct_output += sum(useful)
    exact = all(found)
    into.exact += exact
    into.strict += exact and all(useful)
    if not exact:
        into.misses.append((case, output))
    return exact


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--cases", type=Path, default=HERE / "data" / "timex_cases.jsonl")
    parser.add_argument("--examples", type=int, default=8, help="differences to print")
    args = parser.parse_args(argv)
    cases = [json.loads(line) for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]

    systems: dict[str, Callable[[str, str, str], Output]] = {"newsgraph": run_newsgraph}
    jatimex = make_jatimex()
    if jatimex is None:
        print("ja-timex is not installed (pip install -e '.[bench]'); scoring newsgraph alone.\n")
    else:
        systems["ja-timex"] = jatimex

    results: dict[str, dict[str, Score]] = {}
    outputs: dict[str, list[Output]] = {}
    for name, run in systems.items():
        by_lang: dict[str, Score] = {"all": Score(), "ja": Score(), "en": Score()}
        outputs[name] = []
        for case in cases:
            language = case.get("language", "ja")
            started = time.perf_counter()
            output = run(case["sentence"], case["reference"], language)
            elapsed = time.perf_counter() - started
            outputs[name].append(output)
            for key in ("all", language):
                score(case, output, by_lang[key])
                by_lang[key].seconds += elapsed
        results[name] = by_lang

    n_ja = sum(1 for c in cases if c.get("language", "ja") == "ja")
    print(f"{len(cases)} cases ({n_ja} Japanese, {len(cases) - n_ja} English), "
          f"{sum(len(c['expected']) for c in cases)} expected expressions\n")  # fmt: skip
    for subset in ("all", "ja", "en"):
        print(f"[{subset}]")
        for name in systems:
            print("  " + results[name][subset].line(name))
        print()

    if len(systems) > 1 and args.examples:
        print("Differences (expected | newsgraph | ja-timex):")
        shown = 0
        for i, case in enumerate(cases):
            ours, theirs = outputs["newsgraph"][i], outputs["ja-timex"][i]
            ok_ours = all(any(_matches(e, o) for o in ours) for e in case["expected"])
            ok_theirs = all(any(_matches(e, o) for o in theirs) for e in case["expected"])
            if ok_ours == ok_theirs or case.get("language", "ja") != "ja":
                continue
            want = [(e["text"], e["value"]) for e in case["expected"]]
            got = [[o[2:] for o in out] for out in (ours, theirs)]
            print(f"- {case['sentence']}  (ref {case['reference']})\n    {want}\n    {got[0]}\n    {got[1]}")
            shown += 1
            if shown >= args.examples:
                break
        print()
    misses = results["newsgraph"]["all"].misses
    if misses:
        print(f"newsgraph misses ({len(misses)}):")
        for case, output in misses:
            want = [(e["text"], e["value"]) for e in case["expected"]]
            got = [o[2:] for o in output]
            print(f"- {case['sentence']}  (ref {case['reference']})\n    want {want}\n    got  {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
