"""A tiny HTTP server on 127.0.0.1 for the URL tests; each test starts its own on port 0."""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What the server answers on one path."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    send_length: bool = True
    delay: float = 0.0
    drip: float = 0.0  # seconds between single body bytes: a server that never quite stops
    drip_headers: bool = False  # drip a header line instead of the body


class Server:
    """A tiny HTTP server on 127.0.0.1: `routes` maps a path to what it answers."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                route = server.routes.get(self.path.split("?")[0], Route(404, b"not found", "text/plain"))
                if route.delay:
                    time.sleep(route.delay)
                if route.drip_headers:
                    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                        self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                        for _ in range(len(route.body)):
                            self.wfile.write(b"a")
                            self.wfile.flush()
                            time.sleep(route.drip)
                    return
                self.send_response(route.status)
                if route.content_type:
                    self.send_header("Content-Type", route.content_type)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.send_length:
                    self.send_header("Content-Length", str(len(route.body)))
                else:
                    # Without a length the body runs until the connection closes.
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                # The client may stop reading (size cap, timeout): expected.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    if not route.drip:
                        self.wfile.write(route.body)
                    for i in range(len(route.body)) if route.drip else ():
                        self.wfile.write(route.body[i : i + 1])
                        self.wfile.flush()
                        time.sleep(route.drip)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path
