"""The `newsgraph` command line: one command per verb, each thin over the importable API."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="newsgraph",
    help="Turn news articles and their embedded posts into a database of geopolitical events.",
    no_args_is_help=True,
    add_completion=False,
)


def main() -> None:
    """Console entry point."""
    app()
