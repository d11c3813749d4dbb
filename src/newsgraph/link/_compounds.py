"""One-character country abbreviations inside compounds: 訪朝, 日米韓, 対ロ, 北製, 南北, 米大統領.

Runs only over characters that no name, person or title mention already covers. Which compound
heads exist and which abbreviation each takes is data (`rules.yaml`); the code only reads
character classes and neighbours:

- a prefix head then an abbreviation (訪朝, 対ロ, 来日, 駐日);
- an abbreviation then a suffix head (北製, 米側, 露紙) or a title (米大統領, 英首相);
- a run of two or more abbreviations of different countries (日米, 露朝, 日米韓) that starts a word
  and ends at a word boundary or before a relation word (日米首脳会談); runs that are also
  ordinary words (日中 daytime, 朝露 dew) need the relation word;
- in a Korean context only: 南北, and 北 or 南 standing alone (北(北朝鮮)と南(韓国)).
"""

from __future__ import annotations

from collections.abc import Iterator

from newsgraph.link._scan import Candidate, _Block
from newsgraph.text import is_kanji, is_katakana


def korean_context(block: _Block) -> bool:
    """True when the block mentions Korea (朝鮮, 韓国, 平壌...)."""
    return any(cue in block.norm for cue in block.rules.korea_cues)


def _word_char(ch: str) -> bool:
    return is_kanji(ch) or is_katakana(ch)


def compound_candidates(block: _Block, covered: list[bool]) -> Iterator[Candidate]:
    """Abbreviation mentions at the uncovered positions of `block` (normalized coordinates)."""
    rules, norm, abbr = block.rules, block.norm, block.sc.abbr
    if norm.isascii():
        return  # abbreviations are Japanese characters: English text holds none
    korea = korean_context(block)
    usable = rules.strong | rules.weak | rules.contextual
    n = len(norm)

    def free(i: int) -> bool:
        return 0 <= i < n and not covered[i] and norm[i] in abbr and norm[i] in usable

    def country_of(ch: str) -> str:
        return abbr[ch][0]

    def katakana_ok(i: int) -> bool:
        # A katakana abbreviation (ロ, ウ, ソ) must stand alone, not inside a katakana word.
        if not is_katakana(norm[i]):
            return True
        return not (i > 0 and is_katakana(norm[i - 1])) and not (i + 1 < n and is_katakana(norm[i + 1]))

    def relation_at(i: int) -> bool:
        return block.word_at(i, rules.relation_heads) is not None or block.title_at(i) is not None

    def boundary_at(i: int) -> bool:
        return i >= n or not _word_char(norm[i]) or covered[i]

    done: set[int] = set()
    i = 0
    while i < n:
        if not free(i):
            i += 1
            continue
        j = i
        while j < n and free(j) and norm[j] not in rules.contextual and katakana_ok(j):
            j += 1
        run = norm[i:j]
        if len(run) >= 2 and len({country_of(c) for c in run}) == len(run):
            prev = norm[i - 1] if i > 0 else ""
            # 21日朝にかけて: after a number, 日 counts days, no country
            starts_word = not prev.isdigit() and (
                not prev or not _word_char(prev) or prev in rules.prefixes or covered[i - 1]
            )
            has_weak = any(c in rules.weak for c in run)
            if run in rules.not_compounds:
                ok = False
            elif run in rules.ambiguous_runs or has_weak:
                ok = relation_at(j)
            else:
                ok = relation_at(j) or boundary_at(j)
            if starts_word and ok:
                for k in range(i, j):
                    done.add(k)
                    yield Candidate(k, k + 1, country_of(norm[k]), "compound", 0.85)
                i = j
                continue
        i += 1

    for k in range(n):
        if k in done or not free(k) or not katakana_ok(k):
            continue
        ch = norm[k]
        if ch in rules.contextual and not korea:
            continue
        prev = norm[k - 1] if k > 0 else ""
        if prev and prev in rules.prefixes and ch in rules.prefixes[prev] and not covered[k - 1]:
            yield Candidate(k, k + 1, country_of(ch), "compound", 0.85)
            continue
        starts_word = not prev or not _word_char(prev) or covered[k - 1]
        if not starts_word:
            continue
        if k + 2 < n and covered[k + 1] and norm[k + 1] in rules.strong and norm[k + 2] == "軍":
            # 米|英軍: one country's abbreviation before another's forces, which are a name
            yield Candidate(k, k + 1, country_of(ch), "compound", 0.85)
            continue
        suffix = block.word_at(k + 1, tuple(sorted(rules.suffixes, key=len, reverse=True)))
        if suffix and ch in rules.suffixes[suffix]:
            yield Candidate(k, k + 1, country_of(ch), "compound", 0.85)
            continue
        if ch not in rules.contextual and block.title_at(k + 1) is not None:
            yield Candidate(k, k + 1, country_of(ch), "compound", 0.85)
            continue
        if ch in rules.contextual:
            yield from _korean(block, k, covered)


def _korean(block: _Block, k: int, covered: list[bool]) -> Iterator[Candidate]:
    """北 or 南 alone (北(北朝鮮)と南(韓国)), or 南北 before a boundary or a relation word."""
    norm, rules, abbr = block.norm, block.rules, block.sc.abbr
    nxt = norm[k + 1] if k + 1 < len(norm) else ""
    if norm[k] == "南" and nxt == "北" and not covered[k + 1]:
        after = k + 2
        if after >= len(norm) or not _word_char(norm[after]) or block.word_at(after, rules.relation_heads):
            yield Candidate(k, k + 1, abbr["南"][0], "context", 0.7)
            yield Candidate(k + 1, k + 2, abbr["北"][0], "context", 0.7)
        return
    if norm[k] == "北" and k > 0 and norm[k - 1] == "南":
        return  # the second half of 南北, already handled
    if not nxt or nxt in rules.standalone_after:
        yield Candidate(k, k + 1, abbr[norm[k]][0], "context", 0.7)
