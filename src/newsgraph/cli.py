"""The `newsgraph` command line: one command per verb, each thin over the importable API.

Exit codes: 0 success; 1 the command ran but found a problem (a failed check, nothing to show);
2 bad usage or input that cannot be read (typer's own usage errors also exit 2).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.errors import NewsgraphError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from newsgraph.model import Document, Skip
    from newsgraph.pipeline import Options
    from newsgraph.store import Store

app = typer.Typer(
    name="newsgraph",
    help="Turn news articles and their embedded posts into a database of geopolitical events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console()
_F = TypeVar("_F")  # a query's filter

DbOpt = Annotated[Path, typer.Option("--db", help="The database file.", envvar="NEWSGRAPH_DB")]
KbOpt = Annotated[
    list[Path] | None,
    typer.Option("--kb", help="A knowledge-base file of your own (same schema); repeatable."),
]
EnModelOpt = Annotated[
    str | None,
    typer.Option(
        "--en-model", help="The spaCy model English sentences are parsed with (a package name or folder)."
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]
DEFAULT_DB = Path("newsgraph.duckdb")


@app.callback()
def _main(
    verbose: Annotated[
        int, typer.Option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
    ] = 0,
) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _fail(exc: NewsgraphError, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}", soft_wrap=True)  # one line, however long: scripts read it
    return typer.Exit(code)


def _published(value: str | None) -> str | None:
    """Refuse a --published that is not a calendar date (2024-13-01, yesterday): exit 2."""
    from newsgraph.timex.values import Reference

    if value is not None and Reference.parse(value) is None:
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)")
    return value


PublishedOpt = Annotated[
    str | None,
    typer.Option(
        callback=_published,
        help="The publication date of documents that carry none of their own (YYYY-MM-DD): "
        "relative times such as 先月 or 'last week' resolve against it.",
    ),
]


def _dated(items: Iterable[Document | Skip], published: str | None) -> Iterator[Document | Skip]:
    """Give `published` to the documents that have no date of their own (metadata, feed, file name)."""
    from newsgraph.model import Document

    for item in items:
        if published and isinstance(item, Document) and not item.published:
            item = dataclasses.replace(item, published=published, published_how="--published")
        yield item


def _readable(
    items: Iterable[Document | Skip],
) -> tuple[list[Skip], Iterator[Document | Skip]] | None:
    """The input up to its first document, then the rest; None when no input holds a document.

    Lets `ingest` refuse a run with nothing to read (missing paths, binary files only) before it
    creates a database: that is unreadable input, exit code 2.
    """
    from newsgraph.model import Skip

    it = iter(items)
    skips: list[Skip] = []
    for item in it:
        if isinstance(item, Skip):
            skips.append(item)
        else:
            return skips, itertools.chain(skips, [item], it)
    for s in skips:
        err.print(f"  skipped {s.source}: {s.reason}", markup=False, highlight=False)
    return None


def _options(kb_files: list[Path] | None, en_model: str | None = None) -> Options:
    """Pipeline options from the command line (the pipeline itself loads only when it runs); an
    English model that is not installed ends the command now (exit 2, one line), not per document."""
    from newsgraph.pipeline import Options

    if en_model is None:
        return Options(kb_files=tuple(kb_files or ()))
    from newsgraph.nlp import english

    try:
        english.check(en_model)
    except NewsgraphError as exc:
        raise _fail(exc) from exc
    return Options(kb_files=tuple(kb_files or ()), en_model=en_model)


@app.command()
def ingest(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, folders, JSON Lines corpora, feeds or http(s) URLs.")
    ],
    db: DbOpt = DEFAULT_DB,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per database transaction.")] = 50,
    kb_files: KbOpt = None,
    en_model: EnModelOpt = None,
    as_json: JsonOpt = False,
    fetch_deadline: Annotated[
        float, typer.Option(min=0.1, help="Seconds one URL fetch may take in all, however slow the server.")
    ] = 30.0,
    follow_feed_links: Annotated[
        bool, typer.Option(help="Read the page each feed entry links to, not the entry's summary.")
    ] = False,
    allow_private_urls: Annotated[
        bool, typer.Option(help="Let links found in feeds lead to loopback, link-local or private addresses.")
    ] = False,
    follow_symlinks: Annotated[
        bool, typer.Option(help="Read links in a folder that point to files outside it.")
    ] = False,
    published: PublishedOpt = None,
    include: Annotated[
        list[str] | None,
        typer.Option(
            help="In folders, read only files whose name or path matches this glob (e.g. '*.txt'); "
            "also reads files skipped by default (READMEs, .json); repeatable."
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(help="In folders, skip files whose name or path matches this glob; repeatable."),
    ] = None,
) -> None:
    """Read documents, analyse them and store the results in the database."""
    from newsgraph.batch import ingest as run_ingest
    from newsgraph.ingest import IngestOptions, read_inputs
    from newsgraph.store import Store

    options = _options(kb_files, en_model)
    reading = IngestOptions(
        deadline=fetch_deadline,
        follow_feed_links=follow_feed_links,
        allow_private_urls=allow_private_urls,
        follow_symlinks=follow_symlinks,
        include=tuple(include or ()),
        exclude=tuple(exclude or ()),
    )

    peeked = _readable(_dated(read_inputs(inputs, reading), published))
    if peeked is None:
        err.print(f"nothing to ingest: no input holds a readable document; {db} was not written")
        raise typer.Exit(2)
    try:
        store = Store(db)
        with Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            disable=as_json or not err.is_terminal,
        ) as bar:
            task = bar.add_task("ingest", total=None)
            report = run_ingest(
                peeked[1],
                store,
                options,
                jobs=jobs,
                batch_size=batch_size,
                progress=lambda n: bar.advance(task, n),
            )
    except NewsgraphError as exc:
        raise _fail(exc) from exc
    summary = {
        "stored": report.stored,
        "replaced": report.replaced,
        "skipped": [{"source": s.source, "reason": s.reason} for s in report.skipped],
        "event_mentions": report.events,
        "db": str(db),
    }
    if as_json:
        print(json.dumps(summary, ensure_ascii=False))
        return
    err.print(
        f"stored {len(report.stored)}, replaced {len(report.replaced)}, skipped {len(report.skipped)} "
        f"({report.events} event mentions) in {db}"
    )
    for s in report.skipped:
        err.print(f"  skipped {s.source}: {s.reason}")


@app.command()
def process(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, JSON Lines corpora, feeds or URLs.")],
    fmt: Annotated[str, typer.Option("--format", help="Output format: records (JSON Lines).")] = "records",
    kb_files: KbOpt = None,
    en_model: EnModelOpt = None,
    published: PublishedOpt = None,
) -> None:
    """Analyse documents and write their records to stdout, without a database."""
    from newsgraph.batch import analyse
    from newsgraph.export.records import to_record
    from newsgraph.ingest import read_inputs
    from newsgraph.model import Skip

    if fmt != "records":
        raise typer.BadParameter("only `records` is supported", param_hint="--format")
    options = _options(kb_files, en_model)
    skipped = written = 0
    docs: list[Document] = []
    for item in _dated(read_inputs(inputs), published):
        if isinstance(item, Skip):
            skipped += 1
            err.print(f"skipped {item.source}: {item.reason}")
        else:
            docs.append(item)
    if not docs:  # missing or unreadable input: bad usage, not "nothing found"
        raise typer.Exit(2)
    for result in analyse(docs, options):
        if isinstance(result, Skip):
            skipped += 1
            err.print(f"skipped {result.source}: {result.reason}")
            continue
        sys.stdout.write(json.dumps(to_record(result), ensure_ascii=False) + "\n")
        written += 1
    if skipped and not written:  # nothing read, or every analysis failed: not a success
        raise typer.Exit(1)


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", help="records (JSON Lines), csv, parquet or graphml.")
    ] = "records",
    out_path: Annotated[
        Path, typer.Option("--out", help="Output file (records) or folder (csv, parquet).")
    ] = Path("-"),
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Export the database: document records, every table as CSV or Parquet, or the actor network."""
    from newsgraph.export import export_tables, write_records_file
    from newsgraph.store import Store

    try:
        store = Store(db, read_only=True)
        if fmt == "records":
            n = write_records_file(store, out_path)
            err.print(f"wrote {n} records to {'stdout' if str(out_path) == '-' else out_path}")
        elif fmt == "graphml":
            from newsgraph.export.graphml import write_graphml

            if str(out_path) == "-":
                raise typer.BadParameter("give a .graphml file", param_hint="--out")
            nodes, edges = write_graphml(store, out_path)
            err.print(f"wrote {nodes} actors and {edges} actor pairs to {out_path}")
        elif fmt in ("csv", "parquet"):
            if str(out_path) == "-":
                raise typer.BadParameter("give a folder for csv and parquet", param_hint="--out")
            written = export_tables(store, out_path, fmt)
            err.print(f"wrote {len(written)} {fmt} files to {out_path}")
        else:
            raise typer.BadParameter("one of records, csv, parquet, graphml", param_hint="--format")
    except NewsgraphError as exc:
        raise _fail(exc) from exc


def _date_bound(value: str | None) -> str | None:
    """Refuse a --since/--until that names no calendar day (2024-13, yesterday): exit 2."""
    from newsgraph.timex.interval import parse_bound

    if value is not None:
        try:
            parse_bound(value)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from exc
    return value


def _event_type(value: str | None) -> str | None:
    """Refuse a --type that is not one of PLOVER's 16 types (a typo would only find nothing): exit 2."""
    from newsgraph.model import PLOVER_TYPES

    if value is not None and value.upper() not in PLOVER_TYPES:
        raise typer.BadParameter(f"{value!r} is not a PLOVER type; one of {', '.join(PLOVER_TYPES)}")
    return value.upper() if value is not None else None


def _status(value: str | None) -> str | None:
    """Refuse a --status that no event can have: exit 2."""
    from typing import get_args

    from newsgraph.model import Status

    known = get_args(Status)
    if value is not None and value.lower() not in known:
        raise typer.BadParameter(f"{value!r} is not a status; one of {', '.join(known)}")
    return value.lower() if value is not None else None


def _listed(
    db: Path, find: Callable[[Store, _F], list[dict[str, Any]]], f: _F, as_json: bool, what: str
) -> list[dict[str, Any]] | None:
    """The rows `find` gives for the filter `f` in the database `db`, for a table; None when `--json`
    printed them. A database error exits 2, no row (without `--json`) exits 1 saying no `what` match."""
    from newsgraph.store import Store

    try:
        rows = find(Store(db, read_only=True), f)
    except NewsgraphError as exc:
        raise _fail(exc) from exc
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, default=str))
        return None
    if not rows:
        err.print(f"no {what} match")
        raise typer.Exit(1)
    return rows


_FORMS = "a year, month, ISO week or day: 2024, 2024-03, 2024-W10, 2024-03-15"
SinceOpt = Annotated[str | None, typer.Option(callback=_date_bound, help=f"Earliest date, {_FORMS}.")]
UntilOpt = Annotated[str | None, typer.Option(callback=_date_bound, help=f"Latest date, {_FORMS}.")]


@app.command()
def events(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Entity id, country code or name fragment.")] = None,
    type_: Annotated[
        str | None, typer.Option("--type", callback=_event_type, help="PLOVER type, e.g. CONSULT.")
    ] = None,
    status: Annotated[
        str | None, typer.Option(callback=_status, help="asserted, planned, expected, suspected, ...")
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many events.")] = 200,
    as_json: JsonOpt = False,
) -> None:
    """The event timeline: merged events with their mention counts, oldest first."""
    from newsgraph.store.queries import EventFilter, find_events

    f = EventFilter(actor=actor, type=type_, status=status, since=since, until=until, limit=limit)
    rows = _listed(db, find_events, f, as_json, "events")
    if rows is None:
        return
    out.print(f"[bold]{len(rows)} events[/bold]: date, type/mode, source → target, status, sources, mentions")
    for r in rows:
        per = f"  per {', '.join(r['attribution_labels'])}" if r["attribution_labels"] else ""
        at = f" at {r['location_label']}" if r.get("location_label") else ""
        line = (
            f"{r['date'] or '':<10} {r['type'] + '/' + (r['mode'] or '-'):<20} "
            f"{', '.join(r['source_labels'])} → {', '.join(r['target_labels'])}{at}  [{r['status']}]{per}"
            f"  ×{r['n_mentions']}"
        )
        out.print(line, markup=False, highlight=False, soft_wrap=True)
        out.print(f"{'':<11}“{(r['evidence'] or '')[:70]}”", markup=False, highlight=False, soft_wrap=True)


@app.command()
def documents(
    db: DbOpt = DEFAULT_DB,
    since: SinceOpt = None,
    until: UntilOpt = None,
    language: Annotated[str | None, typer.Option(help="Only documents in this language (ja, en).")] = None,
    undated: Annotated[
        bool, typer.Option("--undated", help="Only documents without a publication date.")
    ] = False,
    title: Annotated[
        str | None, typer.Option("--title", help="A fragment of the title, the id or the source path.")
    ] = None,
    actor: Annotated[
        str | None,
        typer.Option(help="Only documents that mention this actor (id, or any name the KB knows)."),
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many documents.")] = 200,
    as_json: JsonOpt = False,
) -> None:
    """The stored documents, newest first: id, date (and how it was found), language, counts, title."""
    from newsgraph.store.queries import DocumentFilter, find_documents

    f = DocumentFilter(
        since=since, until=until, language=language, undated=undated, text=title, actor=actor, limit=limit
    )
    rows = _listed(db, find_documents, f, as_json, "documents")
    if rows is None:
        return
    out.print(
        f"[bold]{len(rows)} documents[/bold]: id, published (how), language, entity/event mentions, title"
    )
    for r in rows:
        date = f"{r['published'] or 'no date'} ({r['published_how']})"
        line = (
            f"{r['doc_id']:<28} {date:<26} {r['language'] or '-':<3} "
            f"{r['n_mentions']:>4}/{r['n_event_mentions']:<4} {r['title'] or ''}"
        )
        out.print(line, markup=False, highlight=False, soft_wrap=True)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="The document id (file name without extension).")],
    db: DbOpt = DEFAULT_DB,
    as_json: JsonOpt = False,
) -> None:
    """One document with its posts, entities, times and events."""
    from newsgraph.export.records import to_record
    from newsgraph.store import Store
    from newsgraph.store.queries import entity_labels, readable_id

    try:
        store = Store(db, read_only=True)
        found = list(store.analyses([doc_id]))
        labels = entity_labels(store) if found and not as_json else {}
    except NewsgraphError as exc:
        raise _fail(exc) from exc
    if not found:
        err.print(f"no document {doc_id!r} in {db}; `newsgraph documents` lists what is there")
        raise typer.Exit(1)
    rec = to_record(found[0])
    if as_json:
        print(json.dumps(rec, ensure_ascii=False))
        return

    def name(entity_id: str) -> str:  # names, not ids: `wiki:Beijing` reads as Beijing
        return labels.get(entity_id) or readable_id(entity_id)

    out.print(
        f"[bold]{rec['doc_id']}[/bold]  {rec.get('title') or ''}  "
        f"published {rec['published']} ({rec['published_how']})"
    )
    if not rec["published"]:  # say what a missing date costs, and how to give one
        err.print(
            "[yellow]this document has no publication date:[/yellow] relative times (先月, 'last week', "
            "a day-only 10日) are not resolved and its events are not merged with other documents'; "
            "ingest it again with `--published YYYY-MM-DD` or a file name that starts with the date"
        )
    if rec.get("origin") or rec.get("agency") or rec.get("dateline_date"):  # a wire report's dateline
        filed = [
            f"{label} {value}"
            for label, value in (
                ("from", rec.get("origin") and f"{name(rec['origin'])} ({rec['origin']})"),
                ("by", rec.get("agency") and f"{name(rec['agency'])} ({rec['agency']})"),
                ("on", rec.get("dateline_date")),
            )
            if value
        ]
        out.print("dateline: filed " + " ".join(filed), markup=False, highlight=False)
    out.print(f"\n[bold]posts[/bold] ({len(rec['posts'])})")
    for p in rec["posts"]:
        out.print(f"  @{p['handle']} {p['posted']}  {p['author']}: {p['first_line'][:70]}")
    out.print(f"\n[bold]entities[/bold] ({len(rec['entities'])})")
    for e in rec["entities"]:
        out.print(
            f"  {name(e['id'])} ({e['id']}) {e['type']} {e.get('country', '')} {e.get('sector', '')}  "
            + " / ".join(e["mentions"])
        )
    out.print(f"\n[bold]times[/bold] ({len(rec['times'])})")
    for t in rec["times"]:
        out.print(f"  {t['text']} → {t['value']}" + (f" ({t['anchor']})" if t.get("anchor") else ""))
    out.print(f"\n[bold]events[/bold] ({len(rec['events'])})")
    for ev in rec["events"]:
        src = ", ".join(name(a["id"]) for a in ev["source"])
        tgt = ", ".join(name(a["id"]) for a in ev["target"])
        per = f" per {', '.join(map(name, ev['attribution']))}" if ev.get("attribution") else ""
        at = f" at {name(ev['location'])}" if ev.get("location") else ""
        out.print(
            f"  {ev.get('date') or ''} {ev['type']}/{ev.get('mode') or '-'} {src} → {tgt}{at}"
            f" [{ev['status']}]{per}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        out.print(f"      “{ev['evidence'][:80]}”")


@app.command(name="eval")
def eval_(
    gold: Annotated[
        Path | None, typer.Option(help="Gold records: a *.gold.json file, a folder, or JSON Lines.")
    ] = None,
    records: Annotated[
        Path | None, typer.Option(help="Records to score (JSON Lines); default: the database.")
    ] = None,
    db: DbOpt = DEFAULT_DB,
    ner: Annotated[
        Path | None, typer.Option(help="A stockmark-format NER gold set (ner.json) to score.")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="With --ner: only the first N sentences.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Score records against gold (per-layer P/R/F1, time accuracy) and/or entity recognition."""
    from newsgraph.evaluate import load_records, score

    if gold is None and ner is None:
        raise typer.BadParameter("give --gold and/or --ner")
    result: dict[str, object] = {}
    try:
        if gold is not None:
            if records is not None:
                outputs = load_records(records)
            else:
                from newsgraph.export.records import to_record
                from newsgraph.store import Store

                outputs = {r["doc_id"]: r for r in map(to_record, Store(db, read_only=True).analyses())}
            scores = score(outputs, load_records(gold))
            result["records"] = scores.as_dict()
            result["missed_core_events"] = [
                {"type": m["type"], "evidence": m.get("evidence", "")[:60]} for m in scores.misses
            ]
        if ner is not None:
            from newsgraph.evaluate.ner import evaluate_ner

            result["ner"] = evaluate_ner(ner, limit=limit)
    except NewsgraphError as exc:
        raise _fail(exc) from exc
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    if "records" in result:
        rec = result["records"]
        assert isinstance(rec, dict)
        for layer in ("posts", "entities", "events", "events_strict"):
            v = rec[layer]
            out.print(
                f"{layer:14} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}  "
                f"(tp={v['tp']} fp={v['fp']} fn={v['fn']})"
            )
        t = rec["times"]
        out.print(f"{'times':14} accuracy={t['accuracy']:.3f}  ({t['ok']}/{t['of']})")
        for m in result["missed_core_events"]:  # type: ignore[attr-defined]
            out.print(f"  missed {m['type']}: {m['evidence']}")
    if "ner" in result:
        out.print_json(json.dumps(result["ner"], ensure_ascii=False))


@app.command()
def timex(
    text: Annotated[str | None, typer.Argument(help="Text to read time expressions from.")] = None,
    reference: Annotated[
        str | None, typer.Option(help="The date relative expressions resolve against.")
    ] = None,
    jsonl: Annotated[
        Path | None, typer.Option(help='JSON Lines of {"sentence", "reference"}; "-" for stdin.')
    ] = None,
    language: Annotated[
        str | None, typer.Option(help="ja or en; by default the language the text is written in.")
    ] = None,
) -> None:
    """Show the time expressions of a text and their values (or annotate a JSON Lines file)."""
    from newsgraph import timex as tx
    from newsgraph.timex.values import Reference

    if reference is not None and Reference.parse(reference) is None:
        raise typer.BadParameter(
            f"{reference!r} is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)", param_hint="--reference"
        )
    if language is not None and language not in ("ja", "en"):
        raise typer.BadParameter(f"{language!r}: write ja or en", param_hint="--language")
    if jsonl is not None:
        if str(jsonl) != "-" and not jsonl.is_file():
            raise typer.BadParameter(f"{jsonl}: no such file", param_hint="--jsonl")
        lines = sys.stdin if str(jsonl) == "-" else jsonl.open(encoding="utf-8")
        for rec in tx.annotate_jsonl(lines, language=language):
            print(json.dumps(rec, ensure_ascii=False))
        return
    if text is None:
        raise typer.BadParameter("give TEXT or --jsonl FILE")
    found = tx.annotate(text, reference, language)
    if not found:
        err.print("no time expressions found")
        raise typer.Exit(1)
    for t in found:
        extra = " ".join(f"{k}={v}" for k, v in t.items() if k not in ("text", "value"))
        print(f"{t['text']}\t{t['value']}\t{extra}".rstrip())


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to bind; loopback by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    kb_files: KbOpt = None,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="Another Host name to answer (loopback names and the bound address always are); repeatable.",
        ),
    ] = None,
) -> None:
    """Serve the web pages (timeline, actor network, documents) and the JSON API over the database."""
    from newsgraph.web import run

    try:
        run(db, host=host, port=port, kb_files=kb_files or (), allowed_hosts=allowed_host or ())
    except NewsgraphError as exc:
        raise _fail(exc) from exc


@app.command()
def spark(
    input_path: Annotated[str, typer.Argument(metavar="INPUT", help="JSON Lines, text folder or Parquet.")],
    output: Annotated[str, typer.Argument(metavar="OUTPUT", help="Folder for the Parquet tables.")],
    master: Annotated[str, typer.Option(help="Spark master URL.")] = "local[*]",
    partitions: Annotated[int | None, typer.Option(help="Input partitions (default: Spark's).")] = None,
    kb_files: KbOpt = None,
    en_model: EnModelOpt = None,
) -> None:
    """Run the pipeline as a Spark job, writing Parquet tables with the database's schema."""
    from newsgraph.batch.spark import run_spark

    options = _options(kb_files, en_model)
    try:
        counts = run_spark(input_path, output, master=master, options=options, partitions=partitions)
    except NewsgraphError as exc:
        raise _fail(exc) from exc
    err.print("wrote " + ", ".join(f"{n} {t}" for t, n in counts.items()) + f" to {output}")


@app.command()
def load(
    folder: Annotated[Path, typer.Argument(help="Parquet tables written by `newsgraph spark`.")],
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Import Parquet tables written by `newsgraph spark` into the database."""
    from newsgraph.batch.spark import load_parquet
    from newsgraph.store import Store

    try:
        counts = load_parquet(folder, Store(db))
    except NewsgraphError as exc:
        raise _fail(exc) from exc
    err.print("loaded " + ", ".join(f"{n} {t}" for t, n in counts.items()) + f" into {db}")


def _register_subapps() -> None:
    """Command groups that live beside their stage."""
    from newsgraph.kb.cli import kb_app

    app.add_typer(kb_app, name="kb", help="List, search and validate the knowledge base.")


_register_subapps()


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":
    main()
