"""The analyst's web pages and JSON API over a newsgraph database (`newsgraph serve`).

    app = create_app(Path("newsgraph.duckdb"))    # a FastAPI app
    run(Path("newsgraph.duckdb"), port=8000)      # the same, served by uvicorn

Pages: `/` overview, `/events` (with facets), `/trend`, `/timeline`, `/network`, `/actors/{id}`,
`/documents/{id}`, `/events/{id}`, `/search`, exports under `/export/`. API under `/api/` (schema at
`/openapi.json`, interactive docs at `/docs`). Data come from a read-only snapshot of the
file, refreshed when the file changes (see `web.snapshot`), so the server keeps answering while
`newsgraph ingest` writes; while it does, pages and responses say how old the data are.
Every front-end library is served from this package: the pages need no internet.

`run` answers only requests whose `Host` names this server (loopback names and the bound address,
plus `allowed_hosts`): a page elsewhere that points its own name at 127.0.0.1 (DNS rebinding)
gets 400, not the data.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph._version import __version__
from newsgraph.errors import StoreError
from newsgraph.web.snapshot import Snapshots, SnapshotUnavailable

__all__ = ["create_app", "run", "server_hosts"]

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

STATIC = Path(__file__).parent / "static"

# pages load scripts and styles from this server only; data never run as code
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def create_app(
    db: Path,
    *,
    kb_files: Sequence[Path] = (),
    snapshot_dir: Path | None = None,
    settle: float = 0.3,
    allowed_hosts: Sequence[str] | None = None,
) -> FastAPI:
    """A FastAPI app serving the pages and the API over the database file `db`.

    `kb_files`: the user's knowledge-base files (as given to `ingest --kb`), for the names and roles of
    their entities on actor pages. `snapshot_dir`: where read-only copies of `db` go (a temporary
    folder by default). `settle`: seconds a changed file must stay unchanged before it is copied.
    `allowed_hosts`: the `Host` names answered (`*.example.org` and `*` allowed); others get 400
    (None: any, as for the test client).
    Raises `StoreError` when `db` does not exist, `KnowledgeBaseError` when a `kb_files` file fails the
    schema.
    """
    from newsgraph.store import queries
    from newsgraph.web import api, pages, views

    db = Path(db)
    if not db.exists():
        raise StoreError(f"{db}: no such database; run `newsgraph ingest --db {db} ...` first")
    kb_files = tuple(Path(p) for p in kb_files)
    if kb_files:
        queries.knowledge_base(kb_files)  # a broken file fails now, not on the first actor page
    snapshots = Snapshots(db, folder=snapshot_dir, settle=settle)
    snapshots.check(force=True)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        snapshots.close()

    app = FastAPI(
        title="newsgraph",
        version=__version__,
        summary="Geopolitical events from Japanese and English news: who did what to whom, when, "
        "according to whom.",
        docs_url=None,  # FastAPI's docs page loads scripts from a CDN: `web.views` serves /docs
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.snapshots = snapshots
    app.state.db = db
    app.state.kb_files = kb_files
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(views.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.middleware("http")
    async def headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        fresh = snapshots.freshness()
        response.headers["X-Newsgraph-Stale"] = "true" if fresh.stale else "false"
        if fresh.as_of is not None:
            response.headers["X-Newsgraph-Data-As-Of"] = fresh.as_of.isoformat(timespec="seconds")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if response.headers.get("content-type", "").startswith("text/html"):
            response.headers["Content-Security-Policy"] = CSP
        return response

    app.add_middleware(_HeadAsGet)
    if allowed_hosts is not None:  # added last, so it runs first
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))

    @app.exception_handler(SnapshotUnavailable)
    async def unavailable(request: Request, exc: SnapshotUnavailable) -> Response:
        return _problem(request, 503, str(exc), headers={"Retry-After": "5"})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _problem(request, exc.status_code, str(exc.detail), headers=dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": _jsonable(exc.errors())}, status_code=422)
        msgs = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return _problem(request, 400, f"Bad request: {msgs}")

    return app


def _jsonable(errors: object) -> object:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(errors)


def _problem(request: Request, status: int, detail: str, headers: dict[str, str] | None = None) -> Response:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    from newsgraph.web.pages import render_error

    return render_error(request, status, detail, headers=headers)


class _HeadAsGet:
    """HEAD answered as GET without the body (link checkers, `curl -I`).

    The app sees a copy of the request with GET, and its body is not sent on: the server's own
    record of the request still says HEAD, so it declares no body and would fail on one.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def head(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, head)


def server_hosts(host: str, extra: Sequence[str] = ()) -> list[str]:
    """The `Host` names a server bound to `host` answers: loopback names, the bound address unless
    it is a wildcard, and `extra` (`--allowed-host`)."""
    names = [*LOOPBACK_HOSTS]
    if host not in ("0.0.0.0", "::", ""):
        names.append(host)
    return list(dict.fromkeys([*names, *extra]))


def run(
    db: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    kb_files: Sequence[Path] = (),
    allowed_hosts: Sequence[str] = (),
) -> None:
    """Serve `db` with uvicorn until interrupted, answering the host names of `server_hosts`."""
    import uvicorn

    app = create_app(db, kb_files=kb_files, allowed_hosts=server_hosts(host, allowed_hosts))
    uvicorn.run(app, host=host, port=port, log_level="info")
