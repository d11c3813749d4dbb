"""Name, person and title candidates: the alias index over the knowledge base and its checks.

Everything here works on the normalized text (`kb.normalize`), whose offset map leads back to the
original; character-class boundary checks look at the original text, where separators such as
・ still stand.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsgraph.kb import Alias, KnowledgeBase, key
from newsgraph.link._rules import Rules
from newsgraph.model import Entity
from newsgraph.text import is_kanji, is_katakana

# Words before an English title that make it another time's (former President Bush).
_TIME_IN_OFFICE = frozenset({"former", "late", "ex", "then", "next", "incoming", "outgoing"})


@dataclass(frozen=True)
class Candidate:
    """A possible mention in normalized coordinates `[start, end)`."""

    start: int
    end: int
    entity_id: str
    how: str
    confidence: float

    @property
    def length(self) -> int:
        return self.end - self.start


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and name.isascii() and all(c.isupper() for c in letters) and len(name) <= 6


# Countries whose people's English names put the family name first (Xi Jinping, Kim Jong Un).
_FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "KOR", "PRK"})


@dataclass
class Scanner:
    """Finds KB names, persons with their titles, and bare titles in one normalized block."""

    kb: KnowledgeBase
    rules: Rules

    def __post_init__(self) -> None:
        self.index: dict[str, list[Alias]] = {}
        self.abbr: dict[str, list[str]] = {}
        # Who shares a short name (菅: Naoto Kan and Yoshihide Suga), resolved by title and date.
        self.short_owners: dict[str, set[str]] = {}
        for alias in self.kb.aliases():
            if alias.kind == "abbr":
                self.abbr.setdefault(alias.text, []).append(alias.entity_id)
                continue
            k = key(alias.text)
            if not k:
                continue
            self.index.setdefault(k, []).append(alias)
            if alias.kind == "short":
                self.short_owners.setdefault(k, set()).add(alias.entity_id)
        for alias in self._english_family_names():
            self.index.setdefault(key(alias.text), []).append(alias)
            self.short_owners.setdefault(key(alias.text), set()).add(alias.entity_id)
        self.lengths = sorted({len(k) for k in self.index}, reverse=True)
        self.titles = self.kb.title_surfaces()
        self.title_lengths = sorted({len(k) for k in self.titles}, reverse=True)
        # the lengths worth trying where a name or title starts with a given character: most
        # characters start none, so a long text costs one look-up per character, not one per length
        self.lengths_from = _lengths_by_first(self.index)
        self.title_lengths_from = _lengths_by_first(self.titles)

    def _english_family_names(self) -> list[Alias]:
        """The family name of each person's English full name, as a short name where the KB gives
        none (Xi of Xi Jinping, Yoon of Yoon Suk Yeol, Sunak of Rishi Sunak): English news names a
        person by it after the first mention. A word that is another entry's name (Jordan) is none."""
        out: list[Alias] = []
        for alias in self.kb.aliases():
            if alias.lang != "en" or alias.kind != "name":
                continue
            words = alias.text.split()
            ent = self.kb.get(alias.entity_id)
            if len(words) < 2 or ent is None or ent.type != "PERSON":
                continue
            family = words[0] if ent.country in _FAMILY_FIRST else words[-1]
            k = key(family)
            if len(family) < 2 or not family[0].isupper() or not k:
                continue
            if any(a.entity_id == ent.id or a.kind == "name" for a in self.index.get(k, ())):
                continue
            out.append(Alias(family, ent.id, "short", "en"))
        return out

    # -- the text of one block -------------------------------------------------------------------

    def bind(self, text: str, norm: str, offsets: list[int], reference: str | None) -> _Block:
        """Prepare a block for scanning."""
        return _Block(self, text, norm, offsets, reference)


class _Block:
    def __init__(self, sc: Scanner, text: str, norm: str, offsets: list[int], reference: str | None) -> None:
        self.sc = sc
        self.kb = sc.kb
        self.rules = sc.rules
        self.text = text
        self.norm = norm
        self.offsets = offsets
        self.reference = reference
        self._names: list[tuple[int, int, Alias]] | None = None

    # -- helpers ---------------------------------------------------------------------------------

    def orig(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span of a normalized span."""
        return self.offsets[start], self.offsets[end - 1] + 1

    def title_at(self, i: int) -> tuple[int, set[str]] | None:
        """The longest title surface starting at normalized index `i`: (end, title keys)."""
        for n in self.sc.title_lengths_from.get(self.norm[i : i + 1], ()):
            if i + n > len(self.norm):
                continue
            keys = self.sc.titles.get(self.norm[i : i + n])
            if keys:
                return i + n, keys
        return None

    def word_at(self, i: int, words: tuple[str, ...]) -> str | None:
        """The first of `words` (longest first) that starts at normalized index `i`."""
        for w in words:
            if self.norm.startswith(w, i):
                return w
        return None

    def country_alias_ending(self, end: int) -> str | None:
        """The ISO code of a country name ending at normalized index `end`, if one does."""
        for n in self.sc.lengths:
            if n > end:
                continue
            for alias in self.sc.index.get(self.norm[end - n : end], ()):
                ent = self.kb.get(alias.entity_id)
                if ent and ent.type == "COUNTRY" and alias.kind == "name" and self._fits(alias, end - n, end):
                    return ent.country
        return None

    def _fits(self, alias: Alias, start: int, end: int) -> bool:
        """Character-class, case, breaker and date checks for an alias matched at [start, end)."""
        os_, oe = self.orig(start, end)
        first, last = self.norm[start], self.norm[end - 1]
        before = self.text[os_ - 1] if os_ > 0 else ""
        after = self.text[oe] if oe < len(self.text) else ""
        # A katakana or Latin name must not continue a longer word (インド in インドネシア), unless
        # the rest of that word is a name too (ゼレンスキー|ウクライナ大統領: a name, then its country).
        if is_katakana(first) and before and is_katakana(before) and not self._katakana_name(start, -1):
            return False
        if is_katakana(last) and after and is_katakana(after) and not self._katakana_name(end, 1):
            return False
        # Latin names must not sit inside a word, a handle or a URL (pic.twitter.com, @nhk_news).
        if (
            _is_ascii_word(first)
            and before
            and (_is_ascii_word(before) or before in "_@/" or self._dotted(os_ - 1))
        ):
            return False
        if _is_ascii_word(last) and after and (_is_ascii_word(after) or after == "_" or self._dotted(oe)):
            return False
        if _is_acronym(alias.text) and unicodedata.normalize("NFKC", self.text[os_:oe]) != alias.text:
            return False
        for w in self.rules.breakers:
            for k in range(1, min(len(w), end - start)):
                if self.norm.startswith(w[:k], end - k) and self.norm.startswith(w[k:], end):
                    return False
        ent = self.kb.get(alias.entity_id)
        if ent and ent.type == "COUNTRY" and self.word_at(end, self.rules.country_blockers):
            return False
        since = self.kb.since(alias.entity_id)
        return not (since and self.reference and self.reference[:10] < since[: len(self.reference[:10])])

    def _katakana_name(self, i: int, step: int) -> bool:
        """Whether the katakana run from normalized index `i` on (step 1), or ending at it (step -1),
        is as a whole a name the KB knows."""
        j = i if step == 1 else i - 1
        while 0 <= j < len(self.norm) and is_katakana(self.norm[j]):
            j += step
        run = self.norm[i:j] if step == 1 else self.norm[j + 1 : i]
        return len(run) > 1 and run in self.sc.index

    def _dotted(self, i: int) -> bool:
        """True when original index `i` is a '.' or '/' joining two Latin words (a domain name)."""
        if i < 0 or i >= len(self.text) or self.text[i] not in "./":
            return False
        around = self.text[i - 1 : i] + self.text[i + 1 : i + 2]
        return len(around) == 2 and all(_is_ascii_word(c) for c in around)

    # -- candidates ------------------------------------------------------------------------------

    def names(self) -> Iterator[tuple[int, int, Alias]]:
        """Every alias match that passes its checks, as (start, end, alias), in text order; found
        once a block (the candidates and the nested countries both read them)."""
        if self._names is None:
            self._names = list(self._scan_names())
        return iter(self._names)

    def _scan_names(self) -> Iterator[tuple[int, int, Alias]]:
        norm, text, offsets = self.norm, self.text, self.offsets
        lengths = self.sc.lengths_from
        for i in range(len(norm)):
            first = norm[i]
            # a Latin name never starts inside a word (the first check of _fits): in English text
            # most characters are, and each would try every length of the names with its letter
            if _is_ascii_word(first) and offsets[i] > 0 and _is_ascii_word(text[offsets[i] - 1]):
                continue
            for n in lengths.get(first, ()):
                if i + n > len(norm):
                    continue
                after = offsets[i + n - 1] + 1
                if after < len(text) and _is_ascii_word(text[after]) and _is_ascii_word(norm[i + n - 1]):
                    continue  # a Latin name never ends inside a word either (the second check of _fits)
                for alias in self.sc.index.get(norm[i : i + n], ()):
                    if self._fits(alias, i, i + n):
                        yield i, i + n, alias

    def candidates(self) -> list[Candidate]:
        """Name, person (with title and honorific) and bare-title candidates."""
        out: list[Candidate] = []
        full_seen: dict[str, int] = {}
        matches = sorted(self.names(), key=lambda m: m[0])
        for s, _e, alias in matches:
            if alias.kind == "name":
                full_seen.setdefault(alias.entity_id, s)
        for s, e, alias in matches:
            ent = self.kb.get(alias.entity_id)
            if ent is None:
                continue
            if ent.type != "PERSON":
                out.append(Candidate(s, e, ent.id, "alias", 0.95))
                continue
            cand = self._person(s, e, alias, ent, full_seen)
            if cand is not None:
                out.append(cand)
        # a short name inside a longer name (アウン in アウン・サン・スー・チー) names no one of its own
        spans = [(s, e) for s, e, _a in matches]
        persons = [
            (s, a.entity_id)
            for s, e, a in matches
            if (p := self.kb.get(a.entity_id))
            and p.type == "PERSON"
            and not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans)
        ]
        out += self._bare_titles(persons)
        return out

    def _suffix(self, e: int) -> tuple[int, set[str], bool, bool]:
        """What follows a name at `e`: (end, title keys, has honorific, has licensing word)."""
        j = e
        keys: set[str] = set()
        # A country between name and title: ウシャコフ露大統領補佐官, ラブロフ・ロシア外相.
        for probe in self._country_skips(j):
            k = probe
            mod = self.word_at(k, self.rules.title_modifiers)
            if mod:
                k += len(mod)
            title = self.title_at(k)
            if title:
                j, keys = title
                break
        honorific = self.word_at(j, self.rules.honorifics)
        if honorific:
            j += len(honorific)
        licensed = self.word_at(j, self.rules.licensing_words) is not None
        return j, keys, honorific is not None, licensed

    def _country_skips(self, j: int) -> list[int]:
        """Positions where a title may start after a name ending at `j` (directly, or after a
        country abbreviation or country name)."""
        probes = [j]
        if j < len(self.norm) and self.norm[j] in self.sc.abbr:
            probes.append(j + 1)
        for n in self.sc.lengths:
            if j + n > len(self.norm):
                continue
            for alias in self.sc.index.get(self.norm[j : j + n], ()):
                ent = self.kb.get(alias.entity_id)
                if ent and ent.type == "COUNTRY":
                    probes.append(j + n)
        return probes

    def _person(
        self, s: int, e: int, alias: Alias, ent: Entity, full_seen: dict[str, int]
    ) -> Candidate | None:
        end, keys, honorific, licensed = self._suffix(e)
        if alias.kind == "name":
            return Candidate(s, end, ent.id, "alias", 0.98 if end > e else 0.95)
        # A short (family) name is the person only next to a title they held, or next to an
        # honorific when the name is unambiguous or the full name came earlier in the block.
        owners = self.sc.short_owners.get(key(alias.text), {ent.id})
        if not keys and alias.text.isascii():
            keys = self._title_before(s)  # President Bush, Prime Minister Kishida
        if keys:
            holders = [o for o in owners if self._held(o, keys)]
            best = self._pick(holders, keys)
            if best != ent.id:
                return None
            return Candidate(s, end, ent.id, "short", 0.9)
        seen = [o for o in owners if full_seen.get(o, len(self.norm)) < s]
        if alias.text.isascii() and seen == [ent.id]:
            # Yoon Suk Yeol met… Yoon said: English names a person named in full by the family name
            return Candidate(s, end, ent.id, "short", 0.85)
        if not (honorific or licensed):
            return None
        if len(seen) == 1 and seen[0] == ent.id:
            return Candidate(s, end, ent.id, "short", 0.85)
        if not seen:
            # 林剣副報道局長は…。林氏は: a person named in full earlier in the block whose name the
            # short one begins is the one meant, not a namesake the short name is registered for
            named = self._named_before(alias.text, s, full_seen)
            if named is not None:
                return Candidate(s, end, named, "short", 0.85)
        if not seen and len(owners) == 1 and len(alias.text) >= 2:
            return Candidate(s, end, ent.id, "short", 0.75)
        # 尹氏 in December 2024: of those who share the name, the one in office on the block's date
        serving = [o for o in owners if self._in_office(o)] if not seen else []
        if serving == [ent.id]:
            return Candidate(s, end, ent.id, "short", 0.75)
        return None

    def _named_before(self, short: str, s: int, full_seen: dict[str, int]) -> str | None:
        """The one person named in full before `s` whose name begins with `short`, if one is."""
        found = {
            pid
            for pid, at in full_seen.items()
            if at < s
            and (p := self.kb.get(pid)) is not None
            and p.type == "PERSON"
            and any(n.startswith(short) and n != short for names in p.names.values() for n in names)
        }
        return found.pop() if len(found) == 1 else None

    def _in_office(self, entity_id: str) -> bool:
        ent = self.kb.get(entity_id)
        if ent is None or not self.reference:
            return False
        return any(r.holds_on(self.reference) for r in ent.roles)

    def _title_before(self, s: int) -> set[str]:
        """The keys of the longest English title written right before a name at `s` (President Bush),
        unless a word makes it another's time in office (former President Bush): else none."""
        if not self.norm.endswith(" ", 0, s):
            return set()
        end = s - 1
        for n in self.sc.title_lengths:
            surface = self.norm[max(0, end - n) : end]
            keys = self.sc.titles.get(surface) if len(surface) == n and surface.isascii() else None
            if not keys:
                continue
            rest = self.norm[max(0, s - 40) : end - n].rstrip()
            word = rest.split()[-1] if rest and rest[-1].isalnum() else ""
            if word in _TIME_IN_OFFICE:
                return set()
            if word not in ("vice", "deputy"):
                return set(keys)
        return set()

    def _held(self, entity_id: str, keys: set[str]) -> bool:
        ent = self.kb.get(entity_id)
        return bool(ent and any(r.title in keys for r in ent.roles))

    def _pick(self, holders: list[str], keys: set[str]) -> str | None:
        """Of several people who held a title, the one holding it on the block's date, else the
        one whose term started last before it."""
        best: tuple[int, str, str] | None = None
        for hid in holders:
            ent = self.kb.get(hid)
            if ent is None:
                continue
            for r in ent.roles:
                if r.title not in keys:
                    continue
                on = 1 if r.holds_on(self.reference) else 0
                started = r.start or ""
                if self.reference and started[: len(self.reference)] > self.reference:
                    continue
                rank = (on, started, hid)
                if best is None or rank > best:
                    best = rank
        return best[2] if best else None

    def _bare_titles(self, persons: list[tuple[int, str]]) -> Iterator[Candidate]:
        """Titles standing alone (首相, 同大統領), resolved to the office holder of the country
        written before them, else to one named earlier in the block (see `_named_holder`), else to
        the holder in the title's default country, on the block's date."""
        norm = self.norm
        if norm.isascii():
            return  # a bare title holds a kanji (首相, 同大統領): English text has none
        holders: dict[str, _Holders] = {}  # title key → the people named who hold it, in text order
        for i in range(len(norm)):
            found = self.title_at(i)
            if not found:
                continue
            end, keys = found
            if not any(is_kanji(c) for c in norm[i:end]):
                continue
            if i > 0 and self.word_at(i - 1, self.rules.title_modifiers) == norm[i - 1]:
                continue  # 前首相, 元大統領, 副大統領 handled by its own surface
            if self.word_at(end, self.rules.title_blockers):
                continue
            country = self._title_country(i)
            if country is None and i > 0 and not self._bare_ok(norm[i - 1]):
                continue  # an unknown name before the title (ハシナ首相) is not today's office holder
            # 防衛相 alone is Japan's, though 国防相 of the same office is anyone's
            home = self.kb.default_country(norm[i:end])
            for tkey in sorted(keys):
                holder = self.kb.holder(tkey, country or home, self.reference)
                if country is None:
                    if tkey not in holders:
                        holders[tkey] = self._holders(tkey, persons)
                    named = _named_holder(holders[tkey], holder, i, i > 0 and norm[i - 1] == "同")
                    holder = self.kb.get(named) if named else holder
                if holder is not None:
                    yield Candidate(i, end, holder.id, "role", 0.8)
                    break

    def _holders(self, tkey: str, persons: list[tuple[int, str]]) -> _Holders:
        """The people of `persons` (start, id; in text order) who hold `tkey` on the block's date."""
        out = _Holders([], [], {})
        for s, eid in persons:
            ent = self.kb.get(eid)
            if ent is not None and any(r.title == tkey and r.holds_on(self.reference) for r in ent.roles):
                out.starts.append(s)
                out.ids.append(eid)
                out.first.setdefault(eid, s)
        return out

    @staticmethod
    def _bare_ok(prev: str) -> bool:
        """A title stands alone after punctuation, kana particles, digits or 同 (同首相)."""
        return prev == "同" or not (
            is_kanji(prev) or is_katakana(prev) or (prev.isascii() and prev.isalpha())
        )

    def country_before(self, i: int, *, weak: bool = True) -> str | None:
        """The country written right before normalized index `i`: a one-character abbreviation
        (米, 露; the weak ones such as 伊 only with `weak`) or a country name (ロシア)."""
        if i == 0:
            return None
        prev = self.norm[i - 1]
        if prev in self.sc.abbr and (prev in self.rules.strong or (weak and prev in self.rules.weak)):
            ent = self.kb.get(self.sc.abbr[prev][0])
            if ent is not None:
                return ent.country
        return self.country_alias_ending(i)

    def _title_country(self, i: int) -> str | None:
        """The country a title at `i` is for: an abbreviation or country name just before it
        (米大統領, ロシア大統領, 日本の首相); None leaves it to the title's default country."""
        code = self.country_before(i)
        if code is None and i > 0 and self.norm[i - 1] == "の":
            code = self.country_alias_ending(i - 1)
        return code


def _lengths_by_first(keys: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """First character → the lengths of the keys that start with it, longest first."""
    found: dict[str, set[int]] = {}
    for k in keys:
        if k:
            found.setdefault(k[0], set()).add(len(k))
    return {c: tuple(sorted(ns, reverse=True)) for c, ns in found.items()}


@dataclass(frozen=True)
class _Holders:
    """The people named in a block who hold one title: where each mention starts, their ids, and
    where each is first named."""

    starts: list[int]
    ids: list[str]
    first: dict[str, int]


def _named_holder(holders: _Holders, default: Entity | None, i: int, after_same: bool) -> str | None:
    """The person named before `i` in the block who holds the title, when the bare title at `i`
    means them: after 同 (`after_same`; 同首相: the one just named), or when the block names a
    holder of another country and never the default one (英国のスターマー首相は…。首相は: Starmer;
    but 岸田首相はモディ首相と会談。首相は: Kishida, as Japanese news writes it)."""
    k = bisect.bisect_left(holders.starts, i)
    if k == 0:
        return None
    if after_same:
        return holders.ids[k - 1]
    if default is not None and holders.first.get(default.id, i) < i:
        return None
    return holders.ids[k - 1]
