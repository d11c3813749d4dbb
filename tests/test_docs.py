"""Every command and option the CLI offers is documented, and the public API is pinned."""

from __future__ import annotations

import typer.main

import newsgraph
from newsgraph.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict:  # type: ignore[type-arg]
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def test_every_command_is_in_the_readme() -> None:
    for name in _commands():
        assert f"newsgraph {name}" in README, f"`newsgraph {name}` is not documented in README.md"


def test_every_long_option_is_in_the_readme() -> None:
    for name, cmd in _commands().items():
        for sub_name, sub in getattr(cmd, "commands", {name: cmd}).items():
            for p in sub.params:
                for opt in getattr(p, "opts", []):
                    if opt.startswith("--"):
                        assert opt in README, f"`newsgraph {name} {sub_name}`: {opt} is not in README.md"


def test_every_command_and_option_has_help() -> None:
    for name, cmd in _commands().items():
        assert cmd.help or cmd.short_help, f"{name} has no help text"
        for p in cmd.params:
            if type(p).__name__.endswith("Option"):
                assert p.help, f"{name} {p.opts} has no help text"


def test_the_readme_gives_exactly_the_two_setup_commands() -> None:
    assert "make demo" in README and "make test" in README


def test_public_api_is_pinned() -> None:
    assert sorted(newsgraph.__all__) == [
        "Analysis",
        "Document",
        "Event",
        "Mention",
        "NewsgraphError",
        "Options",
        "Pipeline",
        "Post",
        "Skip",
        "TimeValue",
        "__version__",
        "analyze",
        "analyze_many",
    ]
