"""Generic actors: nouns that name a sector of a country's state or society (市民団体, デモ隊, 国軍,
警察, 当局), coded as event data code them, with their sector and the country of their context.

The nouns and their sectors are data (`generic.yaml`). A noun's country comes, in this order, from
a country its phrase names (韓国の市民団体, ハマスの戦闘員, 米兵), from the one country of the places
its sentence names (ソウル中心部では…市民団体; not for troops, which act abroad), from the country
the document has talked about most as actor before the sentence (`Context`); in the sentences before
any country is named, from the one country of the sentence's own actors, else from the country the
whole story names most (`Context.ahead`: an excerpt that opens 警察当局は…鎮圧した and names Georgia
later). When none of these is unambiguous the noun is no actor, and no event side is invented for
it; nor is a noun of an international body (アフリカ連合の部隊).

English nouns (police, rebels, demonstrators, the army: `en` in the table) are read the same way by
`english_generic_actors`, with the country written before the noun (Egyptian police, Israel's army)
and, for a group that does not act abroad, the one country of the actors named before it in the
sentence (the Sudanese government accused rebels: Sudan's rebels), as PLOVER codes domestic targets.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newsgraph.errors import KnowledgeBaseError
from newsgraph.kb._schema import SECTORS
from newsgraph.model import Entity, Mention, Span
from newsgraph.text import is_kanji, is_katakana, quotations

__all__ = [
    "Context",
    "GenericNouns",
    "default_generic",
    "english_generic_actors",
    "generic_actors",
    "load_generic",
    "named_countries",
]

HERE = Path(__file__).parent
# Actors whose country counts as what the document talks about (places and outlets do not act).
CONTEXT_TYPES = ("COUNTRY", "PERSON", "ORG")
PLACE_TYPES = ("GPE", "LOC")
# A country named as the place of the clause (韓国では, ウクライナ各地で), not as an actor.
_COUNTRY_AS_PLACE = re.compile(r"(?:国内|全土|各地|内|[東西南北中]部)?(?:で|では|でも|の各地|の国内)")
_JOINERS = ("の", "・")
_SUBJECT = re.compile(r"(?:は|が|も)")
# A count of people right after a noun (市民数万人, 兵士約300人, 住民十数人).
_HEADCOUNT = re.compile(r"(?:約|数)?[0-9０-９一二三四五六七八九十百千万数]+人")


@dataclass(frozen=True)
class GenericNouns:
    """The generic-actor table: noun → sector, the sectors that act abroad, the nouns that need a
    country right before them, the suffixes that may follow a noun, and the nouns the linker reads
    as the home country's institution (国会) with that country's code."""

    sectors: Mapping[str, str]
    abroad: frozenset[str]
    bound: frozenset[str]
    suffixes: tuple[str, ...]
    home: frozenset[str] = frozenset()
    home_country: str | None = None
    english: Mapping[str, str] = field(default_factory=dict)  # English noun (lower case) → sector
    things: tuple[str, ...] = ()  # how the name of a thing ends (平和条約, タンカー)
    forums: tuple[str, ...] = ()  # acts brought before a body (提訴, 付託)
    institutions: tuple[str, ...] = ()  # how the home country's local bodies end (警視庁, 地検)
    scene: frozenset[str] = frozenset()  # home nouns another country's only where the clause happens there
    # nouns of a sector acting abroad that stay in their country (国軍)
    national: frozenset[str] = frozenset()

    def is_forum(self, trigger: str) -> bool:
        """Whether the trigger's words bring a case before a body (提訴, 付託): that body is no target."""
        return any(f in trigger for f in self.forums)

    def is_thing(self, mention: Mention) -> bool:
        """Whether `mention` is an unlinked name of a thing (平和条約, 自国タンカー), never a party."""
        return mention.entity_id.startswith("local:") and mention.surface.endswith(self.things)

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """Every noun, longest first."""
        return re.compile("|".join(re.escape(n) for n in sorted(self.sectors, key=len, reverse=True)))

    @functools.cached_property
    def english_pattern(self) -> re.Pattern[str]:
        """Every English noun, singular or plural in -s, as a whole word, any case."""
        alts = "|".join(re.escape(n) for n in sorted(self.english, key=len, reverse=True)) or "(?!)"
        return re.compile(rf"\b({alts})s?\b", re.IGNORECASE)


def load_generic(path: Path = HERE / "generic.yaml") -> GenericNouns:
    """Read and check the table; raises KnowledgeBaseError naming the bad entry."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("sectors"), dict):
        raise KnowledgeBaseError("`sectors` must map sectors to nouns", path=str(path), entry="sectors")
    nouns: dict[str, str] = {}
    english: dict[str, str] = {}
    abroad: set[str] = set()
    for sector, raw in data["sectors"].items():
        if sector not in SECTORS or not isinstance(raw, dict) or set(raw) - {"ja", "en", "abroad"}:
            raise KnowledgeBaseError(
                f"a sector of {SECTORS} with keys ja, en, abroad", path=str(path), entry=str(sector)
            )
        for noun in raw.get("en") or ():
            if not isinstance(noun, str) or noun.lower() != noun or noun in english:
                raise KnowledgeBaseError(
                    "an English noun is a lower-case string listed once", path=str(path), entry=str(noun)
                )
            english[noun] = sector
        for noun in raw.get("ja") or ():
            if not isinstance(noun, str) or noun in nouns:
                raise KnowledgeBaseError("a noun is a string listed once", path=str(path), entry=str(noun))
            nouns[noun] = sector
        if raw.get("abroad"):
            abroad.add(sector)
    bound = frozenset(data.get("bound") or ())
    if bound - set(nouns):
        raise KnowledgeBaseError("bound nouns must be listed under a sector", path=str(path), entry="bound")
    things = data.get("things") or ()
    forums = data.get("forums") or ()
    for key, words in (("things", things), ("forums", forums)):
        if not isinstance(words, list) or not all(isinstance(x, str) and x for x in words):
            raise KnowledgeBaseError(f"{key} is a list of words", path=str(path), entry=key)
    national = data.get("national") or ()
    if not isinstance(national, list) or set(national) - set(nouns):
        raise KnowledgeBaseError(
            "national nouns must be listed under a sector", path=str(path), entry="national"
        )
    home = data.get("home") or {}
    if (
        not isinstance(home, dict)
        or set(home) - {"country", "nouns", "institutions", "scene"}
        or set(home.get("scene") or ()) - set(home.get("nouns") or ())
        or set(home.get("nouns") or ()) - set(nouns)
    ):
        raise KnowledgeBaseError(
            "home has a country, nouns listed under a sector and institutions", path=str(path), entry="home"
        )
    return GenericNouns(
        nouns,
        frozenset(abroad),
        bound,
        tuple(data.get("suffixes") or ()),
        frozenset(home.get("nouns") or ()),
        home.get("country"),
        english,
        tuple(things),
        tuple(forums),
        tuple(home.get("institutions") or ()),
        frozenset(home.get("scene") or ()),
        frozenset(national),
    )


@functools.cache
def default_generic() -> GenericNouns:
    """The built-in table, loaded once per process."""
    return load_generic()


class Context:
    """The actor countries a document has named so far, by how often; `story`, the country the whole
    document names most, stands in while none is named (`ahead`)."""

    def __init__(self, story: str | None = None) -> None:
        self.story = story
        self.counts: Counter[str] = Counter()
        self.last: set[str] = set()  # the countries of the last sentence that named one
        self.armed: set[str] = set()  # the countries of the last sentence that named armed forces

    def add(self, mentions: Sequence[Mention], by_id: Mapping[str, Entity]) -> None:
        """Count the countries of the actors among `mentions` (a country inside a name counts once,
        with its name)."""
        found: set[str] = set()
        armed: set[str] = set()
        for m in mentions:
            ent = by_id.get(m.entity_id)
            if ent is not None and ent.country and ent.type in CONTEXT_TYPES and m.how != "nested":
                self.counts[ent.country] += 1
                found.add(ent.country)
                if ent.sector == "MIL":
                    armed.add(ent.country)
        if found:
            self.last = found
        if armed:
            self.armed = armed

    def ahead(
        self,
        mentions: Sequence[Mention],
        by_id: Mapping[str, Entity],
        abroad: Collection[str] = (),
        sector: str | None = None,
    ) -> str | None:
        """Where the sentences before name no country: the one country this sentence's actors are
        of (`mentions` of countries, people and bodies, none of the `abroad` sectors: Irish guerrillas
        wounded two British soldiers; not ソウルでは兵士が, as troops are not of where they are, nor
        ロシア軍は市民を殺害, as an army tells nothing of whose civilians it strikes), else the
        story's, where this one names none either (警察当局は…鎮圧した, opening an excerpt about
        Georgia)."""
        if self.counts:
            return None
        named = {
            e.country
            for m in mentions
            if (e := by_id.get(m.entity_id)) is not None
            and e.country
            and e.type in CONTEXT_TYPES
            and e.sector not in abroad
            and m.how != "nested"  # ロシア of ロシア軍 is the army's
        }
        if named:
            # (a group of the `sector` that acts abroad is not of its sentence: Russia withdrew troops)
            return next(iter(named)) if len(named) == 1 and sector not in abroad else None
        if any((e := by_id.get(m.entity_id)) is not None and e.country == self.story for m in mentions):
            return None  # ロシア軍は市民を殺害した: the story's country, named here by who acts abroad
        return self.story

    def forces(self) -> str | None:
        """The one country of the armed forces the last sentence naming any named (Israeli troops
        raided Jenin… The military said: Israel's), if it named one."""
        return next(iter(self.armed)) if len(self.armed) == 1 else None

    def recent(self) -> str | None:
        """The one country of the last sentence that named any, if it named one."""
        return next(iter(self.last)) if len(self.last) == 1 else None

    def leading(self) -> str | None:
        """The country named more often than any other, if one is."""
        top = self.counts.most_common(2)
        if not top or (len(top) > 1 and top[1][1] == top[0][1]):
            return None
        return top[0][0]


def generic_actors(
    nouns: GenericNouns,
    text: str,
    base: int,
    mentions: Sequence[Mention],
    by_id: Mapping[str, Entity],
    context: Context,
) -> tuple[list[Mention], list[Mention], dict[str, Entity]]:
    """The generic actors of one sentence `text` (at document offset `base`) with a country: their
    mentions, the mentions they replace (an unlinked name the same as the noun, local:国軍) and their
    entities by id. `mentions` are the sentence's own, `by_id` the document's entities."""
    found: list[Mention] = []
    # 首相ヘルムート・コール, 首相チョラク: an office read as its holder (the home country's prime
    # minister) is the title of the name glued to it, no actor of its own
    replaced: list[Mention] = [
        x
        for x in mentions
        if x.how == "role" and x.span.end - base < len(text) and _in_word(text[x.span.end - base])
    ]
    entities: dict[str, Entity] = {}
    if not nouns.sectors:
        return found, replaced, entities
    for m in nouns.pattern.finditer(text):
        s, e = m.start(), m.end()
        end = e + next((len(x) for x in nouns.suffixes if text.startswith(x, e)), 0)
        if end < len(text) and _in_word(text[end]) and not _HEADCOUNT.match(text, end):
            # 住民投票, 企業秘密, 兵器: part of another word (市民数万人 is a count of them); the
            # home institution read inside one
            # (国会議事堂: a building) is no actor either
            replaced += [
                x
                for x in mentions
                if x.span.start - base == s
                and x.span.end - base == e
                and _at_home(nouns, x, m.group(), by_id)
            ]
            continue
        over = [x for x in mentions if x.span.start - base < end and s < x.span.end - base]
        same = [x for x in over if x.entity_id.startswith("local:") and x.span.start - base == s]
        home = [x for x in over if _at_home(nouns, x, m.group(), by_id)]
        same += home
        if len(same) != len(over) or any(x.span.end - base > end for x in same):
            continue  # a name the knowledge base or the tagger knows holds it (韓国軍, ソウル・汝矣島)
        modifier = _modifier(text, s, base, mentions, by_id)
        if modifier is None and _international_owner(text, s, base, mentions, by_id):
            continue  # アフリカ連合の部隊: a body of the nations', of no one country
        if modifier is None and s > 0 and _in_word(text[s - 1]):
            continue  # 十字軍, 任務部隊: the end of another word
        if modifier is None and m.group() in nouns.bound:
            continue
        sector = nouns.sectors[m.group()]
        abroad = sector in nouns.abroad and m.group() not in nouns.national
        country = modifier or (
            None if abroad else _place_country(text, base, mentions, by_id, scene=bool(home))
        )
        scene_only = bool(home) and m.group() in nouns.scene
        if country is None and home and not scene_only and not _SUBJECT.match(text, end):
            # 韓国・尹大統領が…宣言 国会の要求受け: the parliament of the one country the sentence's
            # actors are of, before the document's leading one; a subject may act on them
            # (政府は北朝鮮に抗議した), so they do not tell its country
            country = _actor_country(mentions, _all_at_home(nouns, mentions, by_id), by_id)
        if country is None and sector not in nouns.abroad and not scene_only:
            # ロシアの警察は市民を逮捕: a group that stays home is of the one country of the actors
            # named before it (as in English), before the document's leading one; an army is no
            # clue, as it acts abroad (ロシア軍は市民を殺害: whose civilians the sentence does not say)
            before = [
                x
                for x in mentions
                if x.span.end - base <= s
                and (ent := by_id.get(x.entity_id)) is not None
                and ent.sector not in nouns.abroad
            ]
            country = _actor_country(before, _all_at_home(nouns, mentions, by_id), by_id)
        if country is None and sector == "MIL":
            country = context.forces()
        if country is None and scene_only and (quote := _quote_at(text, s)) is not None:
            # ケニアのルト大統領は「…政府はあらゆる措置を講じる」と述べた: a government named bare in
            # what one country's actors say is their own
            said_by = [x for x in mentions if x.span.end - base <= quote]
            country = _actor_country(said_by, _all_at_home(nouns, mentions, by_id), by_id)
        if not scene_only:
            # a bare 政府 is the home government wherever the story is, unless the clause happens
            # abroad (トビリシで…政府に抗議): Japanese news names another's (韓国政府)
            country = country or context.leading() or context.ahead(mentions, by_id, nouns.abroad, sector)
        if country is None:
            continue
        if home and (
            country == nouns.home_country
            or _names_home(nouns, mentions, _all_at_home(nouns, mentions, by_id), by_id)
        ):
            continue  # 国会 stays the home country's, in its own country or beside its people
        ident = f"local:{m.group()}"
        entities[ident] = Entity(ident, "ORG", {"ja": (m.group(),)}, country=country, sector=sector)
        found.append(Mention(Span(base + s, base + end), text[s:end], ident, "ORG", 0.5, "generic"))
        replaced += same
    return found, replaced, entities


# Kanji that may stand between a country's name and an unlinked person's or body's name: a title or
# office, up to two long ones joined (ルーマニア首相チョラク, 米海兵隊政務外交部長のダリン・クラーク,
# 合衆国艦隊司令長官兼海軍作戦部長アーネスト・キング), or の and a title (イランの大統領ハサン・ロウハーニー),
# never a verb or another particle.
_TITLE_GAP = re.compile(r"[\u4e00-\u9fff]{0,16}[の・]?|の[\u4e00-\u9fff]{1,16}・?")


# A name in the home script: kanji, with hiragana or 々 (吉田茂, 江戸幕府, 自由民主党), no katakana or Latin.
_NATIVE_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\u3040-\u309f々]+")
# A person's name of two or three kanji after a one-kanji family name common in China and Korea and
# rare in Japan (朴憲永, 袁世凱, 曺奉岩): Chinese or Korean, so of no home country.
_CONTINENTAL_NAME = re.compile(
    r"[金李朴崔鄭姜趙尹張韓申呉徐権黄宋全洪曺孫胡劉王陳楊周鄧習温朱馬唐袁蔣毛汪伍江薄沈許郭何高羅梁謝韋][\u4e00-\u9fff]{1,2}"
)
# A body named as the world's or the nations' (国際サッカー連盟, 世界保健機関, International Criminal
# Court): of no one country.
_INTERNATIONAL_NAME = re.compile(r"(?:国際|世界|万国|International\b|World\b|Global\b)")


def named_countries(
    text: str,
    base: int,
    mentions: Sequence[Mention],
    by_id: Mapping[str, Entity],
    learned: dict[str, str],
    context: Context | None = None,
    home: str | None = None,
    institutions: tuple[str, ...] = (),
) -> dict[str, Entity]:
    """Unlinked people and bodies (`local:` names the knowledge base lacks) with the country their
    phrase gives them: a country or an actor of one written right before the name, joined by の, ・
    or a title (ルーマニアのチョラク首相, 西ドイツ首相ヘルムート・コール, イスラエル軍のハガリ報道官).
    What a name learns holds for the rest of the document (`learned`, id → country). A person or body
    whose phrase gives no country takes the one the document (`context`) has been about, else the one
    country of the sentence's other actors. A name none of these gives a country, written in kanji
    with hiragana at most (桜井一郎, 江戸幕府), is of the `home` country of Japanese news: foreign names
    come in katakana or with their country. The result maps the sentence's unlinked names that have a
    country to entities carrying it. A body in kanji named like one of the home country's own
    (`institutions`: 警視庁, 東京地検) is of the home country before any guess."""
    out: dict[str, Entity] = {}
    for i, x in enumerate(mentions):
        ent = by_id.get(x.entity_id)
        if ent is None or ent.country or not x.entity_id.startswith("local:"):
            continue
        if ent.type not in ("PERSON", "ORG"):
            continue
        start = x.span.start - base
        country = None
        for y in mentions[:i]:
            before = by_id.get(y.entity_id)
            end = y.span.end - base
            if (
                before is not None
                and before.country
                and y.how != "nested"
                and before.type in ("COUNTRY", "ORG", "PERSON")
                and end <= start
                and _TITLE_GAP.fullmatch(text, end, start)
            ):
                country = before.country
        country = country or learned.get(x.entity_id)
        if country is None and ent.type == "ORG" and x.surface.endswith(_STATE_BODY):
            # ダマスカスで国防省を空爆, ダマスカスの国防省: a state body in a place is that state's
            country = _in_place(text, base, x, mentions[:i], by_id)
        if (
            country is None
            and home is not None
            and ent.type == "ORG"
            and _NATIVE_NAME.fullmatch(x.surface)
            and x.surface.endswith(institutions)
        ):
            country = home  # 警視庁は、中国籍の男を逮捕した: Tokyo's police, whoever they arrest
        if country is not None:
            learned[x.entity_id] = country
            if ent.type == "PERSON" and (parts := re.split(r"[・=＝]", x.surface))[-1] != x.surface:
                # グエン・スアン・フック国家主席 … フック主席: the name told again by its last part
                learned.setdefault(f"local:{parts[-1]}", country)
        elif (
            ent.type == "ORG"
            and x.surface.endswith(_STATE_BODY)
            and (sibling := _sibling_state(x, mentions, by_id))
        ):
            # 中国外務省が…呼びかけたのに続き、文化観光省も…: a ministry named after another country's
            # ministries alone is of that country; a guess, so not learned
            country = sibling
        elif _INTERNATIONAL_NAME.match(x.surface):
            continue  # 国際サッカー連盟, 世界保健機関: a body of no one country, whatever the story is about
        elif ent.type in ("PERSON", "ORG") and context is not None:
            # a person or body named with no country is of the country the document has been about,
            # else of the one country of the sentence's other actors; a guess, so not learned
            country = context.leading() or _around(x, mentions, by_id) or context.ahead(mentions, by_id)
        if (
            country is None
            and home is not None
            and _NATIVE_NAME.fullmatch(x.surface)
            and not (ent.type == "PERSON" and _CONTINENTAL_NAME.fullmatch(x.surface))
        ):
            country = home
        if country is None:
            continue
        out[x.entity_id] = dataclasses.replace(ent, country=country)
    return out


# The ends of a state body's name (文化観光省, 国家安全部, 海警局, 国防庁).
_STATE_BODY = ("省", "部", "庁", "局")


# What joins a place to a body that stands in it: の, or で of where an act falls on it.
_IN_PLACE = re.compile(r"(?:の|で|にある)")


def _in_place(
    text: str, base: int, x: Mention, before: Sequence[Mention], by_id: Mapping[str, Entity]
) -> str | None:
    """The country of the city or region named right before `x`, joined to it by の or で."""
    for y in reversed(before):
        place = by_id.get(y.entity_id)
        if place is None or place.type != "GPE" or not place.country or y.how == "nested":
            continue
        if _IN_PLACE.fullmatch(text, y.span.end - base, x.span.start - base):
            return place.country
        break
    return None


def _sibling_state(x: Mention, mentions: Sequence[Mention], by_id: Mapping[str, Entity]) -> str | None:
    """The one country of the state bodies a sentence names before `x` (中国外務省, ロシア国防省), if
    they name one."""
    countries = {
        e.country
        for y in mentions
        if y.span.end <= x.span.start
        and (e := by_id.get(y.entity_id)) is not None
        and e.type == "ORG"
        and e.country
        and e.sector in ("GOV", "MIL")
    }
    return countries.pop() if len(countries) == 1 else None


def _around(x: Mention, mentions: Sequence[Mention], by_id: Mapping[str, Entity]) -> str | None:
    """The one country of the actors of a sentence besides `x`, if they have one."""
    countries = {
        e.country
        for y in mentions
        if y is not x and (e := by_id.get(y.entity_id)) is not None and e.country and e.type in CONTEXT_TYPES
    }
    return countries.pop() if len(countries) == 1 else None


# What may stand between the country and an English noun: a possessive and up to two capitalised
# words (Egyptian police, Israel's army, Afghan Moslem guerrillas), no verb (Israel attacked rebels).
_EN_MODIFIER_GAP = re.compile(r"(?:'s?)?\s+(?:[A-Z][\w-]*\s+){0,2}")
# What stands between a title and the name it heads: a space, or a first name the knowledge base
# writes the name without (Prime Minister Muhammad| Shehbaz Sharif).
_NAME_BETWEEN = re.compile(r" (?:[A-Z][a-z]+ ){0,2}")
# What joins an English noun to the place it is of: residents of Gaza, inhabitants of the Syrian…
_EN_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# A possessive pronoun right before an English noun (its citizens, their troops).
_EN_OWN = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$", re.IGNORECASE)
# "in" a country or a part of it, written before its name (in Haiti, in the capital of the Maldives).
_EN_PLACE = re.compile(
    r"\b(?:in|at|across|throughout)\s+(?:the\s+)?"
    r"(?:(?:capital|heart|center|centre|north|south|east|west|northern|southern|eastern|western|outskirts"
    r"|streets|parts?)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def english_generic_actors(
    nouns: GenericNouns,
    text: str,
    base: int,
    mentions: Sequence[Mention],
    by_id: Mapping[str, Entity],
    context: Context,
    modifiers: Sequence[Span] = (),
) -> tuple[list[Mention], dict[str, Entity]]:
    """The generic actors of one English sentence (police, rebels, demonstrators, the army) with a
    country: the country named before the noun (Egyptian police, Israel's army), else the one
    country of the sentence's places (in Haiti), else, unless the sector acts abroad, the one
    country of the actors named before the noun (the Sudanese government accused rebels: Sudan's
    rebels), else the document's leading actor country. A noun inside a name is no generic actor, nor
    one the parse reads as a modifier (`modifiers`: the heads of adnominal arguments, an official
    protest)."""
    found: list[Mention] = []
    entities: dict[str, Entity] = {}
    for m in nouns.english_pattern.finditer(text):
        s, e = m.start(), m.end()
        if any(x.span.start - base < e and s < x.span.end - base for x in mentions):
            continue
        if any(
            x.span.start - base > e and _NAME_BETWEEN.fullmatch(text, e, x.span.start - base)
            for x in mentions
        ):
            # Prime Minister Benjamin Netanyahu, Prime Minister Muhammad Shehbaz Sharif (the name known
            # without its first word): the title of the name after it
            continue
        if any(x.start == base + s and x.end == base + e for x in modifiers):
            continue  # an official protest: the parse reads the word as a modifier, no one who acts
        noun = m.group(1).lower()
        sector = nouns.english[noun]
        country = None
        for x in mentions:
            ent = by_id.get(x.entity_id)
            end = x.span.end - base
            if ent is not None and ent.country and end <= s and _EN_MODIFIER_GAP.fullmatch(text, end, s):
                country = ent.country
        if country is None and (of := _EN_OF.match(text, e)):
            # residents of Gaza, inhabitants of the Syrian Golan Heights: the place they are of
            country = next(
                (
                    ent.country
                    for x in mentions
                    if x.span.start - base == of.end() and (ent := by_id.get(x.entity_id)) is not None
                ),
                None,
            )
        # the countries of the actors named before the noun, in the order they are named
        before = [
            ent.country
            for x in sorted(mentions, key=lambda x: x.span.start)
            if x.span.end - base <= s
            and (ent := by_id.get(x.entity_id)) is not None
            and ent.country
            and ent.type in CONTEXT_TYPES
        ]
        if country is None and before and _EN_OWN.search(text, 0, s):
            # Pakistan…has urged its citizens, the rebels and their fighters: whose they are is the
            # sentence's first actor, its subject
            country = before[0]
        if country is None:
            country = _place_country(text, base, mentions, by_id, english=True)
        if country is None and sector not in nouns.abroad:
            country = before[0] if len(set(before)) == 1 else None
        # In Georgia, protesters clashed… Police detained dozens: the country just told, before the
        # one the document has named most
        if country is None and sector == "MIL":
            country = context.forces()
        country = (
            country
            or context.recent()
            or context.leading()
            or context.ahead(mentions, by_id, nouns.abroad, sector)
        )
        if country is None:
            continue
        ident = f"local:{country}:{noun}"
        entities[ident] = Entity(ident, "ORG", {"en": (noun,)}, country=country, sector=sector)
        found.append(Mention(Span(base + s, base + e), text[s:e], ident, "ORG", 0.5, "generic"))
    return found, entities


def _at_home(nouns: GenericNouns, x: Mention, noun: str, by_id: Mapping[str, Entity]) -> bool:
    """Whether `x` is the bare noun linked to the home country's institution (国会 → the Diet)."""
    ent = by_id.get(x.entity_id)
    return x.surface == noun and noun in nouns.home and ent is not None and ent.country == nouns.home_country


def _names_home(
    nouns: GenericNouns, mentions: Sequence[Mention], home: list[Mention], by_id: Mapping[str, Entity]
) -> bool:
    """Whether the sentence names an actor of the home country other than the noun itself
    (岸田首相は国会で: the home country's parliament)."""
    for x in mentions:
        ent = by_id.get(x.entity_id)
        if (
            x not in home
            and ent is not None
            and ent.country == nouns.home_country
            and ent.type in CONTEXT_TYPES
        ):
            return True
    return False


def _all_at_home(
    nouns: GenericNouns, mentions: Sequence[Mention], by_id: Mapping[str, Entity]
) -> list[Mention]:
    """Every bare home noun among `mentions` linked to the home country's institution (国会 and the
    国会 of 国会議事堂): none of them tells whose the others are."""
    return [x for x in mentions if _at_home(nouns, x, x.surface, by_id)]


def _quote_at(text: str, i: int) -> int | None:
    """Where the quotation holding character `i` of `text` opens, if one does."""
    return next((a for a, b in quotations(text) if a < i < b), None)


def _actor_country(
    mentions: Sequence[Mention], home: list[Mention], by_id: Mapping[str, Entity]
) -> str | None:
    """The one country of the actors among `mentions` other than `home`, if they are of one."""
    countries = {
        ent.country
        for x in mentions
        if x not in home
        and (ent := by_id.get(x.entity_id)) is not None
        and ent.country
        and ent.type in CONTEXT_TYPES
    }
    return countries.pop() if len(countries) == 1 else None


def _in_word(ch: str) -> bool:
    return is_kanji(ch) or is_katakana(ch) or ch == "ー"


def _modifier(
    text: str, start: int, base: int, mentions: Sequence[Mention], by_id: Mapping[str, Entity]
) -> str | None:
    """The country of the name written right before the noun, joined by nothing, の or ・ (米兵,
    韓国の市民団体, ハマスの戦闘員)."""
    ends = _joined_before(text, start)
    for x in mentions:
        ent = by_id.get(x.entity_id)
        if x.span.end - base in ends and ent is not None and ent.country:
            return ent.country
    return None


def _joined_before(text: str, start: int) -> set[int]:
    """Where a name joined to the noun at `start` ends: right before it, or before a joiner (の, ・)."""
    return {start, *(start - len(j) for j in _JOINERS if text[:start].endswith(j))}


def _international_owner(
    text: str, start: int, base: int, mentions: Sequence[Mention], by_id: Mapping[str, Entity]
) -> bool:
    """Whether an international body (sector IGO, of no country) is written right before the noun,
    joined by nothing, の or ・ (アフリカ連合の部隊, 国連の職員)."""
    ends = _joined_before(text, start)
    return any(
        x.span.end - base in ends
        and (ent := by_id.get(x.entity_id)) is not None
        and ent.country is None
        and ent.sector == "IGO"
        for x in mentions
    )


def _place_country(
    text: str,
    base: int,
    mentions: Sequence[Mention],
    by_id: Mapping[str, Entity],
    english: bool = False,
    scene: bool = False,
) -> str | None:
    """The one country of the places the sentence names: cities and regions, and countries written
    as the place of the clause (韓国では; in English after in, at, across: in Haiti); None when there
    are none or several. With `scene`, only places written as where the clause happens count
    (トビリシで, not 北京の大使館を通じて)."""
    countries: set[str] = set()
    for x in mentions:
        ent = by_id.get(x.entity_id)
        if ent is None or not ent.country or x.how == "nested":
            continue
        start, end = x.span.start - base, x.span.end - base
        as_place = _EN_PLACE.search(text, 0, start) if english else _COUNTRY_AS_PLACE.match(text, end)
        if (ent.type in PLACE_TYPES and not scene) or (ent.type in (*PLACE_TYPES, "COUNTRY") and as_place):
            countries.add(ent.country)
    return countries.pop() if len(countries) == 1 else None
