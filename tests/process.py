"""The command line run as a real process, as users run it."""

from __future__ import annotations

import subprocess
import sys

CLI = [sys.executable, "-m", "newsgraph.cli"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """`newsgraph *args` in a process of its own, its output captured as text."""
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=600)
