"""The link stage: mentions of knowledge-base entities in a block of text.

    linker = Linker(default_kb())
    linker.link("ロシアのプーチン大統領が24年ぶりに訪朝", reference="2024-06-18")
    # [Mention(ロシア → wiki:Russia), Mention(プーチン大統領 → wiki:Vladimir_Putin),
    #  Mention(朝 → wiki:North_Korea)]

Candidates come in passes, each only where the earlier ones left the text free:

0. longer names that hold KB names: titles of works in brackets (論文「…」), NER spans and runs of
   words that end like an organisation's or place's name around a KB place (日本証券クリアリング機構,
   日本航空: not Japan);
1. names from the KB alias index (width, case and separator variants folded), people with the
   title and honorific that follow them (プーチン大統領, ウシャコフ露大統領補佐官, 横田めぐみさん),
   family names next to a title the person held (岸田首相), and bare titles resolved to the
   office holder on the block's date (首相 in 2017 is Abe); longest first;
2. one-character country abbreviations inside compounds (訪朝, 日米韓, 対ロ, 北製, 南北), see
   `link._compounds`;
3. GiNZA's named-entity spans that no KB mention touches, as `local:` entities (the KB wins over
   NER: 関東軍 tagged as a river is still the Kwantung Army).

Rules (honorifics, compound heads, GiNZA label types) are data in `link/data/rules.yaml`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable, Sequence

from newsgraph.kb import KnowledgeBase, city_country, normalize
from newsgraph.link._compounds import compound_candidates
from newsgraph.link._ner import spans_from_doc
from newsgraph.link._rules import Rules, load_rules
from newsgraph.link._scan import Candidate, Scanner, _Block
from newsgraph.link._types import categorize, entity_type
from newsgraph.model import Entity, EntityType, Mention, Span
from newsgraph.text import is_kanji, is_katakana

__all__ = ["Linker", "label_categories", "spans_from_doc"]

# NER spans that are only symbols, digits or handles are not names.
_BRACKETED = re.compile(r"([「『])([^「」『』]+)([」』])")
_SENTENCE_MARKS = re.compile(r"[。！？!?]")
_NAME_DOTS = "・=＝"  # what joins the parts of a foreign name written in katakana
_JUNK = re.compile(r"^[\W\d_]*$|^[@#]|https?:|\.com|pic\.twitter")
# words after a name that make it a place (ポクロウシク近郊, ヘルソン市内で)
_PLACE_AFTER = ("近郊", "周辺", "郊外", "方面", "市内", "市街", "一帯", "州", "市で", "で")


def label_categories() -> dict[str, str]:
    """GiNZA's entity labels and the naming category each gives an unlinked name (`link/data/rules.yaml`)."""
    return dict(load_rules().naming.ner_categories)


# What lists one body after another (米国国務省と財務省, 国務省・財務省).
_LISTED = re.compile(r"(?:と|・|、|及び|および)")


class Linker:
    """Links mentions in text to KB entities (or to `local:` entities from NER spans)."""

    def __init__(self, kb: KnowledgeBase, rules: Rules | None = None) -> None:
        self.kb = kb
        self.rules = rules or load_rules()
        self._scanner = Scanner(kb, self.rules)
        self._local: dict[str, Entity] = {}
        self._twins: dict[tuple[str | None, str], str] | None = None
        countries = {
            name: e.id
            for e in kb
            if e.type == "COUNTRY"
            for lang in ("ja", "en")
            for name in e.names.get(lang, ())
            if len(name) >= 2
        }
        self._country_names = countries
        # a country code's entity (RUS → wiki:Russia): the country a body of it refers back to
        self._country_ids = kb.country_ids()
        # Title surfaces that alone mean one country's office (官房副長官), longest first.
        self._home_titles = sorted(
            (t for t in kb.title_surfaces() if kb.default_country(t)), key=len, reverse=True
        )
        self._country_prefix = _longest_first(countries)

    def entity(self, entity_id: str) -> Entity | None:
        """A KB entity, or a `local:` entity this linker created from an NER span."""
        return self.kb.get(entity_id) or self._local.get(entity_id)

    def link(
        self,
        text: str,
        *,
        reference: str | None,
        offset: int = 0,
        ner: Sequence[tuple[int, int, str]] = (),
        nested: bool = False,
    ) -> list[Mention]:
        """Mentions in `text` (one block: article prose or one embedded post), spans = offset + index.

        `reference` is the block's reference date (`Block.reference`: the document's date, or the post's),
        used for office holders and for names valid only from a date. `ner` are GiNZA entity
        spans (start, end, label) relative to `text`, used for unlinked named entities (`local:`
        ids). The result is non-overlapping and sorted; with `nested=True` it also carries the
        countries inside compound mentions (ソ連 inside ソ連軍, 露 inside ウシャコフ露大統領補佐官)
        as extra, overlapping mentions with `how="nested"`.
        """
        norm, offsets = normalize(text)
        block = self._scanner.bind(text, norm, offsets, reference)
        kb_cands = self._without_foreign_prefix(block, block.candidates())
        ner_names, bodies = self._ner_names(block, ner, kb_cands)
        names = _non_overlapping(self._titles(block) + ner_names + self._place_names(block, kb_cands))
        covered = [False] * len(norm)
        for s, e, _ in names:
            for k in range(s, e):
                covered[k] = True
        # a body named with its country (イラン革命防衛隊) holds both of its KB names, so the longest
        # first choice takes it over them
        chosen = _select([*bodies, *kb_cands], covered)
        for c in chosen:
            for k in range(c.start, c.end):
                covered[k] = True
        chosen += _select(list(compound_candidates(block, covered)), covered)
        mentions = self._without_where(
            [self._mention(text, offset, *block.orig(c.start, c.end), c) for c in chosen]
        )
        taken = [Span(m.span.start - offset, m.span.end - offset) for m in mentions]
        first = [(*block.orig(s, e), label) for s, e, label in names]
        titled = {e for _, e, label in ner if label == "Position_Vocation"}
        mentions += self._ner_mentions(text, offset, first, taken, titled, force=True)
        mentions += self._ner_mentions(text, offset, ner, taken, titled)
        self._places_within(text, offset, mentions)
        mentions = self._with_readings(block, text, offset, mentions)
        self._home_titled(text, offset, mentions)
        mentions += self._home_government(text, offset, mentions)
        mentions += self._korean_sides(text, offset, mentions)
        # 同国軍, 同国政府: no name of their own, the country they open refers back
        mentions = [m for m in mentions if not (m.entity_id.startswith("local:同国") and len(m.surface) > 2)]
        mentions += self._anaphors(text, offset, mentions)
        if nested:
            mentions += self._nested(block, chosen, text, offset)
            mentions += self._nested_in_locals(mentions)
        return self._ships(text, offset, mentions)

    @staticmethod
    def _country_owning(block: _Block, i: int, owned: bool) -> str | None:
        """The country written right before normalized index `i`, or, where `owned`, before the の
        there (北朝鮮の外務省: North Korea's ministry). A parliament after の stays linked: the events
        stage gives a home body named with another country that country's (韓国の国会)."""
        before = block.country_before(i, weak=False)
        if before is None and owned and i > 0 and block.norm[i - 1] == "の":
            before = block.country_alias_ending(i - 1)
            if before is None and i > 1 and block.norm[i - 2] in ")）":
                # アラブ首長国連邦(UAE)の外務省: the short name in brackets ends right before
                before = block.country_alias_ending(i - 2)
        return before

    def _without_foreign_prefix(self, block: _Block, cands: list[Candidate]) -> list[Candidate]:
        """Drop a home institution's short name written right after another country (イラン|外務省,
        英|外務省): that is the other country's ministry, not Japan's that the short name means alone.
        Names that carry their own country (米軍 in 在日米軍) stay."""
        home = self.kb.get(self.rules.home_government or "")
        if home is None:
            return cands
        out = []
        for c in cands:
            ent = self.kb.get(c.entity_id)
            if (
                ent is not None
                and ent.type not in ("COUNTRY", "GPE", "LOC", "PERSON")
                and ent.country == home.country
                and (before := self._country_owning(block, c.start, ent.sector != "LEG")) is not None
                and before != ent.country
            ):
                continue
            out.append(c)
        return out

    def _home_titled(self, text: str, offset: int, mentions: list[Mention]) -> None:
        """A local person with a name in kanji (a Japanese family name) right before a title that alone
        means one country's office (木原官房副長官, 岡野外務事務次官: Japan's), and after no country, is
        that country's official; so is one whose span holds that title after the name (木原官房長官
        as one span). A name in katakana is a foreigner's (アスキス首相)."""
        for m in mentions:
            ent = self._local.get(m.entity_id)
            if ent is None or ent.type != "PERSON" or ent.country or not all(map(is_kanji, m.surface)):
                continue
            end = m.span.end - offset
            title = next((t for t in self._home_titles if text.startswith(t, end)), None) or next(
                (t for t in self._home_titles if m.surface.endswith(t) and len(m.surface) > len(t)), None
            )
            if title is None or any(
                x.type == "COUNTRY" and 0 <= m.span.start - x.span.end <= 1 for x in mentions
            ):
                continue
            country = self.kb.default_country(title)
            self._local[m.entity_id] = dataclasses.replace(ent, country=country, sector="GOV")

    def _home_government(self, text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
        """Bare 政府 (政府は…抗議した) as the home government of Japanese news."""
        home = self.rules.home_government
        if not home or self.kb.get(home) is None:
            return []
        out = []
        taken = _Cover((x.span.start, x.span.end) for x in mentions)
        for m in re.finditer(
            r"(?<![\u4e00-\u9fff\u30a0-\u30ffA-Za-zの])政府(?![\u4e00-\u9fff\u30a0-\u30ff])", text
        ):
            span = Span(offset + m.start(), offset + m.end())
            if text[: m.start()].endswith(_ANY_GOVERNMENT):
                continue  # どのような政府とも協力する: any government, no one's
            if not taken.overlaps(span.start, span.end):
                out.append(Mention(span, m.group(), home, "ORG", 0.6, "home"))
        return out

    def foreign_twins(self, text: str, mentions: Sequence[Mention]) -> list[Mention]:
        """`mentions` of a document with each home body named bare (財務省, the home ministry's name)
        linked to the same body of another country where the document says that one is meant: it
        named that body with its country before (米財務省 … 財務省外国資産管理局), or the bare name is
        listed right after another body of that country (米国国務省と財務省). A body the knowledge base
        lacks, named bare after a body whose name ends with it, is that body (中国商務省 … 商務省は)."""
        home = self.kb.get(self.rules.home_government or "")
        if home is None or not home.country:
            return list(mentions)
        twins = self._twin_names()
        out: list[Mention] = []
        home_bare: set[str] = set()  # the bare names used for the home body so far
        for m in sorted(mentions, key=lambda x: x.span.start):
            ent = self.kb.get(m.entity_id)
            if m.entity_id.startswith("local:") and m.how != "nested" and m.type == "ORG":
                # 中国商務省は…。商務省は声明で: a body named bare after the body whose name ends with
                # it is that body again
                full = next(
                    (
                        x.entity_id
                        for x in reversed(out)
                        if x.how != "nested"
                        and len(m.surface) > 1
                        and x.surface.endswith(m.surface)
                        and x.surface != m.surface
                        and (e := self.kb.get(x.entity_id)) is not None
                        and e.type == "ORG"
                    ),
                    None,
                )
                out.append(dataclasses.replace(m, entity_id=full, how="twin") if full else m)
                continue
            if ent is None or ent.country != home.country or ent.type != "ORG" or m.how == "nested":
                out.append(m)
                continue
            before = [x for x in out if x.how != "nested" and x.span.end <= m.span.start]
            twin = next(
                (
                    x.entity_id
                    for x in reversed(before)
                    if x.surface.endswith(m.surface)
                    and x.surface != m.surface
                    and (e := self.kb.get(x.entity_id)) is not None
                    and e.country not in (None, home.country)
                ),
                None,
            )
            listed = bool(before) and _LISTED.fullmatch(text, before[-1].span.end, m.span.start)
            partner = self.kb.get(before[-1].entity_id) if listed else None
            abroad = partner is not None and partner.type == "ORG" and partner.country != home.country
            if twin is None and partner is not None and abroad:
                # 米国国務省と財務省: the same country's body of the bare name
                twin = twins.get((partner.country, m.surface))
            elif twin is not None and m.surface in home_bare:
                # 政府は…制裁を了解した。ロシア政府関係者… 政府は…: a bare name the document has used for
                # the home body stays the home body's
                twin = None
            if not twin:
                home_bare.add(m.surface)
            out.append(dataclasses.replace(m, entity_id=twin, how="twin") if twin else m)
        return out

    def twin(self, country: str, name: str) -> str | None:
        """The body of `country` that bare name `name` of a home body names there (USA, 財務省: the
        US Treasury), if the knowledge base knows it with the country's prefix."""
        return self._twin_names().get((country, name))

    def _twin_names(self) -> dict[tuple[str | None, str], str]:
        """(country, bare name) → the body of that country named by a country prefix and the bare
        name (USA, 財務省 → 米財務省's entity), built at first use."""
        if self._twins is not None:
            return self._twins
        prefixes: dict[str, str] = {}
        for a in self.kb.aliases():
            ent = self.kb.get(a.entity_id)
            if a.lang == "ja" and ent is not None and ent.type == "COUNTRY" and ent.country:
                prefixes[a.text] = ent.country
        out: dict[tuple[str | None, str], str] = {}
        for a in self.kb.aliases():
            ent = self.kb.get(a.entity_id)
            if a.lang != "ja" or a.kind != "name" or ent is None or ent.type != "ORG":
                continue
            for p, country in prefixes.items():
                if a.text.startswith(p) and len(a.text) > len(p) and country == ent.country:
                    out.setdefault((country, a.text[len(p) :]), ent.id)
        self._twins = out
        return out

    def _korean_sides(self, text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
        """The two Koreas written as "the North" and "the South" in English text that names Korea
        (`korea_cues_en`): the North's missile tests, urged the North to stop."""
        sides = self.rules.korea_sides
        if not sides or not any(cue in text for cue in self.rules.korea_cues_en):
            return []
        out = []
        taken = _Cover((x.span.start, x.span.end) for x in mentions)
        for m in _KOREA_SIDE.finditer(text):
            side = 1 if m.group(1) else 2
            entity_id = sides.get(m.group(side))
            span = Span(offset + m.start(side), offset + m.end(side))
            if entity_id and self.kb.get(entity_id) is not None and not taken.overlaps(span.start, span.end):
                out.append(Mention(span, m.group(side), entity_id, "COUNTRY", 0.6, "context"))
        return out

    def _ships(self, text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
        """Named ships (USS Carney, the BRP Teresa Magbanua) as local bodies of the country their
        prefix names, in place of what the words of the name would link to alone (Carney)."""
        prefixes = self.rules.ship_prefixes
        out = list(mentions)
        ships = _SHIP.finditer(text) if any(p in text for p in prefixes) else ()
        for m in ships:
            country = prefixes.get(m.group(1))
            if country is None:
                continue
            start, end = m.start(), m.end()
            out = [x for x in out if not (x.span.start - offset < end and start < x.span.end - offset)]
            surface = m.group()
            entity_id = "local:" + surface.replace(" ", "_")
            if entity_id not in self._local:
                names: dict[str, tuple[str, ...]] = {"en": (surface,)}
                self._local[entity_id] = Entity(entity_id, "ORG", names, country=country, sector="MIL")
            out.append(Mention(Span(offset + start, offset + end), surface, entity_id, "ORG", 0.6, "ship"))
        return sorted(out, key=lambda x: (x.span.start, -x.span.end))

    def _anaphors(self, text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
        """同省, 同社, 同党, 同国, 同氏 (the ministry, company, party, country or person just named)
        as mentions of the last name before them in the block that ends like them, or is a country
        or a person; in English, the ministry or the agency as the last body named with that word."""
        out: list[Mention] = []
        taken = _Cover((x.span.start - offset, x.span.end - offset) for x in mentions)
        ordered = sorted(mentions, key=lambda m: m.span.start)

        def named_before(at: int) -> list[Mention]:
            # the names written before character `at` of the block, in text order
            return [x for x in ordered if x.span.end - offset <= at and x.how != "nested"]

        for m in _ANAPHOR.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            word = m.group(1) or m.group(2)
            before = named_before(m.start())
            span = Span(offset + m.start(), offset + m.end())
            if word == "国" and not any(self._type_of(x) == "COUNTRY" for x in before):
                # ウクライナ当局は…同国軍の: no country named before, the country of the state body
                # named last (not of a force, which acts abroad; not before a part of the country,
                # 同国中部キーウ州, which is the place's)
                body = before[-1] if before else None
                owner = self._owner_country(body) if body and not _DIRECTION.match(text, m.start()) else None
                if owner:
                    out.append(Mention(span, m.group(), owner, "COUNTRY", 0.5, "anaphor"))
                continue
            for x in reversed(before):
                etype = self._type_of(x)
                if (
                    (word == "国" and etype == "COUNTRY")
                    or (word == "氏" and etype == "PERSON")
                    or (word not in ("国", "氏") and etype in ("ORG", "MEDIA") and x.surface.endswith(word))
                ):
                    out.append(Mention(span, m.group(), x.entity_id, etype, 0.5, "anaphor"))
                    break
        for m in _DEFINITE_BODY.finditer(text):
            # the ministry, the agency: the last body before them in the block named with that word
            if taken.overlaps(m.start(1), m.end(1)):
                continue
            word = m.group(1).lower()
            for x in reversed(named_before(m.start())):
                etype = self._type_of(x)
                if etype in ("ORG", "MEDIA") and word in x.surface.lower().split():
                    span = Span(offset + m.start(1), offset + m.end(1))
                    out.append(Mention(span, m.group(1), x.entity_id, etype, 0.5, "anaphor"))
                    break
        return out

    def _type_of(self, x: Mention) -> EntityType:
        """The type of the entity `x` names, else the mention's own."""
        ent = self.entity(x.entity_id)
        return ent.type if ent else x.type

    def _owner_country(self, x: Mention) -> str | None:
        """The country whose civil state body `x` names (ウクライナ当局, ロシア外務省), if it is one."""
        if x.entity_id.startswith("local:"):
            found = self._local_country(x.surface)
            return found[0] if found and not x.surface.endswith(("軍", "部隊")) else None
        ent = self.entity(x.entity_id)
        if ent is not None and ent.type == "ORG" and ent.sector == "GOV" and ent.country:
            return self._country_ids.get(ent.country)
        return None

    def _local_country(self, surface: str) -> tuple[str, int] | None:
        """The KB country a local name begins with (イラン外務省 → Iran, 米商務省 → the United
        States) and the length of the country's part."""
        m = self._country_prefix.match(surface)
        if m:
            return self._country_names[m.group()], m.end()
        country_id = self._abbreviation_country(surface[:1])
        if country_id is not None and surface[1:].endswith(_BODY_ENDINGS):
            return country_id, 1
        return None

    def _abbreviation_country(self, ch: str) -> str | None:
        """The country a strong one-character abbreviation in kanji stands for (米, 露, 韓), else None."""
        if ch in self.rules.strong and not is_katakana(ch) and ch in self._scanner.abbr:
            return self._scanner.abbr[ch][0]
        return None

    def _abbreviated_body(self, text: str, start: int, end: int) -> bool:
        """Whether a strong one-character country abbreviation stands alone right before the body
        name text[start:end] (米|商務省 after a comma or a particle, not 5日|商務省 or 訪米|団)."""
        if self._abbreviation_country(text[start - 1]) is None:
            return False
        prev = text[start - 2] if start >= 2 else ""
        if prev and (
            is_kanji(prev) or is_katakana(prev) or prev.isdigit() or (prev.isascii() and prev.isalnum())
        ):
            return False
        return text[start:end].endswith(_BODY_ENDINGS)

    def _nested_in_locals(self, mentions: list[Mention]) -> list[Mention]:
        """Countries at the start of local names (イラン in イラン外務省), like `_nested` for KB names."""
        out = []
        for m in mentions:
            if not m.entity_id.startswith("local:"):
                continue
            found = self._local_country(m.surface)
            if found and found[1] < len(m.surface):
                country_id, length = found
                span = Span(m.span.start, m.span.start + length)
                out.append(Mention(span, m.surface[:length], country_id, "COUNTRY", 0.6, "nested"))
        return out

    # -- helpers ---------------------------------------------------------------------------------

    def _mention(self, text: str, offset: int, start: int, end: int, c: Candidate) -> Mention:
        ent = self.entity(c.entity_id)
        etype = ent.type if ent else "ORG"
        return Mention(
            Span(offset + start, offset + end), text[start:end], c.entity_id, etype, c.confidence, c.how
        )

    def _ner_names(
        self, block: _Block, ner: Sequence[tuple[int, int, str]], kb_cands: list[Candidate]
    ) -> tuple[list[tuple[int, int, str]], list[Candidate]]:
        """NER spans (in normalized coordinates) that are longer names around KB names: ending
        like an organisation, office or place (日本証券クリアリング機構), or labelled as an
        organisation or facility while holding only place names (全日本空輸 around 日本); and, as KB
        candidates, the spans made of a country and a body of its own (イラン革命防衛隊)."""
        out: list[tuple[int, int, str]] = []
        bodies: list[Candidate] = []
        by_start = _ByStart(kb_cands)
        longest = by_start.longest
        for start, end, label in ner:
            # Original offsets to normalized ones (the offset map is sorted).
            s, e = bisect.bisect_left(block.offsets, start), bisect.bisect_left(block.offsets, end)
            if e <= s:
                continue
            if any(c.start <= s and e <= c.end for c in by_start.starting(e - longest, s + 1)):
                continue  # the KB knows the whole span (日本政府, ウクライナ軍)
            inside = _select([c for c in by_start.starting(s, e + 1) if s <= c.start and c.end <= e])
            # KB names in a row make one name (大阪府大阪市); with words between them
            # (ウクライナ東部ドネツク州) they are mentions of their own.
            if (
                not inside
                or not _chained(sorted(inside, key=lambda c: c.start))
                or any(
                    c.start < s < c.end or c.start < e < c.end for c in by_start.starting(s - longest, e + 1)
                )
            ):
                continue
            countries = [c for c in inside if (ent := self.kb.get(c.entity_id)) and ent.type == "COUNTRY"]
            if len({c.entity_id for c in countries}) > 1 and all(c.length > 1 for c in countries):
                continue  # タイ・カンボジア国境: two countries side by side name a pair, not one name
            head, last = min(inside, key=lambda c: c.start), max(inside, key=lambda c: c.end)
            first = head.start
            if (
                len(inside) == 2
                and first == s
                and last.end == e
                and (country := self.kb.get(head.entity_id)) is not None
                and country.type == "COUNTRY"
                and (ent := self.kb.get(last.entity_id)) is not None
                and ent.type in ("ORG", "GPE", "LOC")
                and ent.country == country.country
            ):
                # イラン革命防衛隊, パレスチナ自治区ガザ: KB names that fill the span with a body or a
                # place of the country last name that body or place
                bodies.append(Candidate(s, e, last.entity_id, "kb", 0.9))
                continue
            if _DIRECTION.fullmatch(block.norm[s:first]):
                continue  # 西部ブリャンスク州: a part of the country, then the place the KB knows
            if (
                len(inside) == 1
                and first == s
                and (ent := self.kb.get(head.entity_id)) is not None
                and ent.type == "GPE"
                and _UNIT_AND_WHERE.fullmatch(block.norm[head.end : e])
            ):
                continue  # ハルキウ市内: the town the KB knows, and where in it
            if (
                last.end == e
                and (ent := self.kb.get(last.entity_id)) is not None
                and ent.type == "COUNTRY"
                and _WHERE_BEFORE.fullmatch(block.norm[s : last.start])
            ):
                continue  # 隣国ルワンダ, 南米ベネズエラ: the country, told with where it lies
            person = all((ent := self.kb.get(c.entity_id)) and ent.type == "PERSON" for c in inside)
            if person and e < len(block.norm) and is_kanji(block.norm[e]):
                continue  # 金与正|党副部長: a cut through the title after a known person, no name
            surface = block.norm[s:e]
            suffix = next(
                (w for w in self.rules.name_suffixes if surface.endswith(w) and len(surface) > len(w)), None
            )
            places = all(
                (ent := self.kb.get(c.entity_id)) and ent.type in ("COUNTRY", "GPE", "LOC") for c in inside
            )
            if suffix is not None and label in self.rules.naming.untrusted_labels:
                # 北京市第2中級人民法院, tagged a school: the ending types the name, as GiNZA's label
                # for it is wrong more often than not
                label = self.rules.name_suffix_labels[suffix]
            if suffix is not None or (label in self.rules.name_labels and places):
                out.append((s, e, label))
        return out, bodies

    def _titles(self, block: _Block) -> list[tuple[int, int, str]]:
        """Titles of works in brackets (論文「…」, 『…』, 「…」と題する), as `Book` spans."""
        norm, rules = block.norm, self.rules
        out: list[tuple[int, int, str]] = []
        for m in _BRACKETED.finditer(norm):
            s, e = m.start(2), m.end(2)
            if not 0 < e - s <= rules.title_max or _SENTENCE_MARKS.search(m.group(2)):
                continue
            before = norm[max(0, m.start() - 8) : m.start()]
            titled = m.group(1) == "『" or any(before.endswith(w) for w in rules.work_nouns)
            if titled or block.word_at(m.end(), rules.work_after):
                out.append((s, e, "Book"))
        return out

    def _place_names(self, block: _Block, kb_cands: list[Candidate]) -> list[tuple[int, int, str]]:
        """A place name followed by a word that ends like an organisation's or event's name is
        part of that name (日本|航空, 北海道|東海大学, 東京都|議会), not a mention of the place."""
        norm = block.norm
        out: list[tuple[int, int, str]] = []
        by_start = _ByStart(kb_cands)
        for c in kb_cands:
            ent = self.kb.get(c.entity_id)
            if ent is None or ent.type not in ("COUNTRY", "GPE", "LOC"):
                continue
            j = c.end
            while j < len(norm) and (is_kanji(norm[j]) or is_katakana(norm[j])):
                j += 1
            if j == c.end or any(
                (o.start <= c.start and j <= o.end) or c.end <= o.start < j
                for o in by_start.starting(min(j - by_start.longest, c.end), j + 1)
                if o is not c
            ):
                continue  # a KB name covers it all, or another KB name follows (ウクライナ東部ドネツク州)
            word = norm[c.end : j]
            suffix = next((w for w in self.rules.name_suffixes if word.endswith(w)), None)
            if suffix is not None and not block.title_at(c.end):
                out.append((c.start, j, self.rules.name_suffix_labels[suffix]))
        return out

    def _ner_mentions(
        self,
        text: str,
        offset: int,
        ner: Sequence[tuple[int, int, str]],
        taken: list[Span],
        titled: set[int],
        *,
        force: bool = False,
    ) -> list[Mention]:
        """Local mentions of the NER spans `ner` that no mention in `taken` overlaps. `titled`: where
        GiNZA's title spans (大統領) end. `force`: the spans are names already (titles, names around
        KB names), kept even when nothing types them."""
        out: list[Mention] = []
        cover = _Cover((t.start, t.end) for t in taken)
        for span_start, span_end, label in sorted(ner):
            name = text[span_start:span_end]
            if span_start in titled and all(is_katakana(c) or c in _NAME_DOTS for c in name):
                label = "Person"  # 大統領ハサン・ロウハーニー: a foreign name right after a title
            elif label == "Person" and self._city_not_person(text, span_start, span_end, titled):
                label = "City"  # ポクロウシク近郊を砲撃した: a city the model takes for a person
            label_type = self.rules.ner_types.get(label)
            # Every country is in the KB, so an unknown "Country" span is a misfire (消息筋).
            if label_type == "COUNTRY":
                continue
            start, end, category = categorize(text, span_start, span_end, label, self.rules.naming)
            if category is None and (
                (label_type is None and not force) or label in self.rules.naming.untrusted_labels
            ):
                continue
            if start > 0 and self._abbreviated_body(text, start, end):
                start -= 1  # 米|商務省: the country's one-character abbreviation opens the name
            span = Span(start, end)
            if cover.overlaps(start, end):
                continue
            surface = text[start:end].strip()
            # One-character spans are GiNZA's fragments (董 of 董事長), not names.
            if len(surface) < 2 or _JUNK.search(surface):
                continue
            entity_id = "local:" + re.sub(r"\s+", "_", surface)
            if entity_id not in self._local:
                self._local[entity_id] = self._local_entity(
                    entity_id, surface, category or "organization", label_type
                )
            out.append(
                Mention(
                    Span(offset + start, offset + end),
                    text[start:end],
                    entity_id,
                    self._local[entity_id].type,
                    0.5,
                    "ner",
                )
            )
            taken.append(span)
            cover.add(start, end)
        return out

    def _city_not_person(self, text: str, start: int, end: int, titled: set[int]) -> bool:
        """Whether the katakana name `text[start:end]` GiNZA labelled a person is rather the city
        GeoNames has of that name: one word (no middle dot) that a word of place follows
        (ポクロウシク近郊, ヘルソンで)."""
        name = text[start:end]
        if "・" in name or not all(is_katakana(c) for c in name) or start in titled:
            return False
        return text.startswith(_PLACE_AFTER, end) and city_country(name) is not None

    def _with_readings(self, block: _Block, text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
        """`mentions` with a person's name that a reading in brackets follows (文在寅(ムン・ジェイン)
        大統領, 洪磊(こう・らい)報道官) running over the reading, up to the title after it: one name;
        the reading names no one of its own. The title stays out, as the parse's argument begins there
        (報道官は) and must hold the name the clause reader reaches back for."""
        out = sorted(mentions, key=lambda m: m.span.start)
        wide: list[Span] = []
        for k, m in enumerate(out):
            reading = _READING.match(text, m.span.end - offset)
            if reading is None or self._type_of(m) != "PERSON":
                continue
            end = reading.end()
            span = Span(m.span.start, offset + end)
            out[k] = dataclasses.replace(m, span=span, surface=text[m.span.start - offset : end])
            wide.append(span)
        return [m for m in out if not any(w != m.span and w.contains(m.span) for w in wide)]

    def _without_where(self, mentions: list[Mention]) -> list[Mention]:
        """`mentions` without a region written right before a country to tell where it lies (南米|
        ベネズエラ, 中東|イラン, 旧ソ連・ジョージア): the country is meant, the region is no mention of
        its own."""
        countries = {
            m.span.start for m in mentions if (ent := self.kb.get(m.entity_id)) and ent.type == "COUNTRY"
        }
        return [
            m
            for m in mentions
            if not (
                m.span.end in countries
                and _WHERE_BEFORE.fullmatch(m.surface)
                and (ent := self.kb.get(m.entity_id)) is not None
                and ent.type == "LOC"
            )
            # 旧ソ連・ジョージア: the former state a country belonged to, no actor of the story
            and not (m.span.end + 1 in countries and m.surface.startswith("旧"))
        ]

    def _places_within(self, text: str, offset: int, mentions: list[Mention]) -> None:
        """Give a local place with no country the country of the known place or country written
        right before it (中国遼寧省|大連市, 浙江省|寧波市: China), or before it with の (韓国の延坪島),
        as a place is named inside the larger one; the local entity keeps it."""
        ends = {m.span.end: m for m in mentions if not m.entity_id.startswith("local:")}
        for m in mentions:
            local = self._local.get(m.entity_id)
            if local is None or local.country or local.type not in ("GPE", "LOC"):
                continue
            start = m.span.start
            if start not in ends and start - offset > 0 and text[start - offset - 1] == "の":
                start -= 1
            before = ends.get(start)
            outer = self.kb.get(before.entity_id) if before is not None else None
            if outer is not None and outer.country and outer.type in ("COUNTRY", "GPE"):
                self._local[m.entity_id] = dataclasses.replace(local, country=outer.country)

    def _local_entity(self, entity_id: str, surface: str, category: str, label_type: str | None) -> Entity:
        """A local entity of a naming category; one named after a country acts for it, in the sector
        its ending names."""
        found = self._local_country(surface)
        rest = surface[found[1] :] if found and found[1] < len(surface) else surface
        worded = next(
            (k for k, ends in self.rules.local_sectors.items() if any(w in rest for w in ends)), None
        )
        etype, sector = entity_type(category, label_type, worded)
        country = None
        if found and found[1] < len(surface) and etype in ("ORG", "MEDIA", "PERSON"):
            country_entity = self.kb.get(found[0])
            country = country_entity.country if country_entity else None
        elif etype in ("GPE", "LOC") and found and surface.startswith("・", found[1]):
            # 韓国・慶州, 中国・北京: a place written after its country and a middle dot is in it
            country_entity = self.kb.get(found[0])
            country = country_entity.country if country_entity else None
        elif (
            etype in ("ORG", "MEDIA", "GPE", "LOC")
            and (m := self._place_prefix.match(surface))
            and m.end() < len(surface)
        ):
            # 香港政府, 北京市当局: a body named after a place is of the place's country; 沖縄県石垣市:
            # a place named inside a known one is in its country
            country = self._place_countries[m.group()]
        elif etype in ("GPE", "LOC"):
            # a city the KB lacks (シャルルロワ, ナイロビ市) is in the country GeoNames gives it
            country = city_country(surface) or city_country(surface.removesuffix("市"))
        return Entity(entity_id, etype, {"ja": (surface,)}, country=country, sector=sector)

    @functools.cached_property
    def _place_countries(self) -> dict[str, str]:
        """The Japanese names (two characters or more) of the KB's cities and regions, with their
        country code."""
        return {
            name: e.country
            for e in self.kb
            if e.type == "GPE" and e.country
            for name in e.names.get("ja", ())
            if len(name) >= 2
        }

    @functools.cached_property
    def _place_prefix(self) -> re.Pattern[str]:
        return _longest_first(self._place_countries)

    def _nested(self, block: _Block, chosen: list[Candidate], text: str, offset: int) -> list[Mention]:
        """Countries inside the mentions already chosen: a country name (ソ連 in ソ連軍) or a
        strong abbreviation at the start (米 in 米軍) or before a title (露 in 露大統領補佐官)."""
        out: list[Candidate] = []
        names = [
            (s, e, a)
            for s, e, a in block.names()
            if (ent := self.kb.get(a.entity_id)) and ent.type == "COUNTRY"
        ]
        starts = [s for s, _, _ in names]  # in order: the scan goes left to right
        for c in chosen:
            ent = self.entity(c.entity_id)
            if ent is None or ent.type == "COUNTRY" or c.length < 2:
                continue
            inner = [
                Candidate(s, e, a.entity_id, "nested", 0.7)
                for s, e, a in names[bisect.bisect_left(starts, c.start) : bisect.bisect_right(starts, c.end)]
                if c.start <= s and e <= c.end
            ]
            out += _select(inner)
            for k in range(c.start, c.end):
                country_id = self._abbreviation_country(block.norm[k])
                if country_id is None or any(x.start <= k < x.end for x in inner):
                    continue
                country = self.kb.get(country_id)
                # Only the mention's own country (米 in 米軍, 露 in ウシャコフ露大統領補佐官).
                if country is None or country.country != ent.country:
                    continue
                if k == c.start or block.title_at(k + 1) is not None:
                    out.append(Candidate(k, k + 1, country_id, "nested", 0.6))
        return [self._mention(text, offset, *block.orig(c.start, c.end), c) for c in out]


# A ship's prefix and its name: up to three capitalised words (BRP Teresa Magbanua, USS Carney).
# "the North", "the North's", not "the North Korean" nor "the South China Sea"
# "the North", "the South"; and North in "North and South Korea", the name it shares left out.
_KOREA_SIDE = re.compile(r"\b(?:[Tt]he (North|South)\b(?!\s+[A-Z])(?!-)|(North)(?= and South Korea\b))")
_SHIP = re.compile(r"\b([A-Z]{2,5})\s+((?:[A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+){0,2})")
# How the name of a state body ends (商務省, 移民局, 国防総省): one a country's abbreviation opens.
_BODY_ENDINGS = ("省", "庁", "局", "部", "院", "委員会", "総省", "空軍", "海軍", "陸軍", "海兵隊")
# Words that refer back to the body, country or person just named (同省は, 同社の, 同国が, 同氏は);
# Words that make a bare 政府 any government, not the home one (どのような政府, いかなる政府).
_ANY_GOVERNMENT = ("ような", "どの", "いかなる", "どんな", "あらゆる", "各国", "すべての", "全ての")


# 同国 also opens a name of the country's own (同国軍, 同国政府, 同国外務省).
_ANAPHOR = re.compile(r"同(?:(省|庁|局|党|社|軍|氏)(?![\u4e00-\u9fff])|(国))")
# An English body named again by its kind (the ministry said, the agency reported).
_DEFINITE_BODY = re.compile(
    r"\b[Tt]he (ministry|agency|embassy|council|commission|committee|bureau|office|court|parliament)\b"
)
# A direction word before a place name (西部ブリャンスク州, 同国中部キーウ州): no part of the name.
_DIRECTION = re.compile(r"(?:同国)?[北南東西中]{1,2}部")
# What may follow a town's name within one word without naming anything else: its unit and where
# in or around it (ハルキウ市, ハルキウ市内, モスクワ近郊), which GiNZA may tag as a school or a team.
_UNIT_AND_WHERE = re.compile(r"(?:市|区|町|村)?(?:内|外|近郊|郊外|中心部|市街地?|周辺|一帯)?")
# A reading in brackets right after a name (文在寅(ムン・ジェイン), 洪磊(こう・らい)).
_READING = re.compile(r"[(（][\u3041-\u30ffー・=＝ ]{1,24}[)）]")
# Words that tell where a country lies, written right before its name (隣国ルワンダ, 南米ベネズエラ,
# アフリカ中部コンゴ).
_WHERE_BEFORE = re.compile(
    r"(?:隣国|近隣国|同盟国|友好国|(?:中南|南|北|中)米|中東|(?:東|西|北|南|中)欧|欧州|旧ソ連|"
    r"(?:東南|南|中央|西|東)?アジア|(?:北|南|東|西|中部)?アフリカ(?:[北南東西中]{1,2}部)?|中央アジア|カリブ海?|太平洋|湾岸)"
)


def _longest_first(names: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of `names`, the longest where several match at one place."""
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)")


def _chained(cands: list[Candidate]) -> bool:
    """True when `cands` (sorted) follow one another with nothing between them."""
    return all(a.end == b.start for a, b in itertools.pairwise(cands))


def _non_overlapping(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The first of overlapping spans wins (titles before NER names before place names)."""
    out: list[tuple[int, int, str]] = []
    cover = _Cover()
    for s, e, label in spans:
        if not cover.overlaps(s, e):
            out.append((s, e, label))
            cover.add(s, e)
    return out


def _select(cands: list[Candidate], covered: list[bool] | None = None) -> list[Candidate]:
    """Greedy non-overlapping choice: longest first, then most confident, then leftmost."""
    taken = {k for k, v in enumerate(covered) if v} if covered else set()
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.length, -c.confidence, c.start)):
        if any(k in taken for k in range(c.start, c.end)):
            continue
        taken.update(range(c.start, c.end))
        out.append(c)
    return out


class _ByStart:
    """Candidates indexed by start, so that a block's checks look only at the few near a span
    (time linear in the block's length, not quadratic)."""

    def __init__(self, cands: list[Candidate]) -> None:
        self.cands = cands
        self.order = sorted(range(len(cands)), key=lambda k: cands[k].start)
        self.starts = [cands[k].start for k in self.order]
        self.longest = max((c.length for c in cands), default=0)

    def starting(self, lo: int, hi: int) -> list[Candidate]:
        """The candidates that start in [lo, hi), in their original order."""
        a, b = bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)
        return [self.cands[k] for k in sorted(self.order[a:b])]


class _Cover:
    """Spans `[start, end)` taken so far, by character: whether a span overlaps one of them takes
    time proportional to its length, not to how many there are."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans: list[tuple[int, int]] = []
        self.chars: set[int] = set()
        self.empty: list[int] = []  # empty spans: they overlap what strictly contains them
        for s, e in spans:
            self.add(s, e)

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))
        if end > start:
            self.chars.update(range(start, end))
        else:
            self.empty.append(start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span taken shares a character with [start, end) (`Span.overlaps`)."""
        if end <= start:  # rare: compare with each span
            return any(start < b and a < end for a, b in self.spans)
        return any(k in self.chars for k in range(start, end)) or any(start < p < end for p in self.empty)
