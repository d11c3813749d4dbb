"""`newsgraph serve` as a real process: only its own host names get answers, and HEAD logs no error."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from newsgraph.store import Store
from newsgraph.web import server_hosts


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    db = tmp_path / "w.duckdb"
    Store(db)
    port = _free_port()
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(db)),
            *("--port", str(port), "--allowed-host", "news.example.org"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            httpx.get(url + "/api/status", timeout=2)
            break
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"the server did not start: {proc.communicate()[0]}")
            time.sleep(0.1)
    try:
        yield url, proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_only_the_servers_own_names_are_answered(server: tuple[str, subprocess.Popen[str]]) -> None:
    url, _ = server
    assert httpx.get(url + "/", headers={"Host": "evil.example"}).status_code == 400
    assert httpx.get(url + "/api/events", headers={"Host": "evil.example:8000"}).status_code == 400
    for host in ("localhost", "127.0.0.1", "news.example.org"):
        assert httpx.get(url + "/api/events", headers={"Host": host}).status_code == 200, host


def test_head_answers_without_an_error(server: tuple[str, subprocess.Popen[str]]) -> None:
    url, proc = server
    for path in ("/", "/api/events", "/timeline"):
        head = httpx.head(url + path)
        assert head.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-type"] == httpx.get(url + path).headers["content-type"]
    proc.terminate()
    log, _ = proc.communicate(timeout=30)
    assert "Traceback" not in log and "Exception" not in log, log
    assert '"HEAD / HTTP/1.1" 200' in log


def test_a_wildcard_bind_still_refuses_other_names() -> None:
    assert "0.0.0.0" not in server_hosts("0.0.0.0")
    assert "10.0.0.5" in server_hosts("10.0.0.5")
    assert server_hosts("127.0.0.1", ["a.example"])[-1] == "a.example"
