"""The knowledge-base commands: ingest, timeline, entity, cluster, search, graph, export.

Each parses its flags, opens the store, calls one function of rasd/kb and renders the answer as a
Rich table or, with --json, as JSON on stdout. A bad query, an unknown name or an unreadable database
is one line on stderr and exit code 2 (1 for "nothing found" where a list was asked for is not an
error: an empty list, exit 0).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rasd.cli.render import progress_bar
from rasd.errors import RasdError
from rasd.kb import queries
from rasd.kb.store import Store, default_db_path, store_error
from rasd.resources import data_path
from rasd.settings import Settings

console = Console(stderr=True)
out = Console()

DbOption = Annotated[
    str | None,
    typer.Option("--db", help=f"SQLite file or database URL (default: {default_db_path()})."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _date(value: str | None, flag: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise RasdError(f"{flag} {value!r}: expected a date as YYYY-MM-DD") from exc


def fail(exc: RasdError) -> typer.Exit:
    """Print `error CODE: message` as one line on stderr (never wrapped, brackets kept); exit code 2."""
    console.print(f"[red]error[/red] {exc.code}: {escape(str(exc))}", soft_wrap=True)
    return typer.Exit(code=2)


@contextmanager
def _store(db: str | None, settings: Settings | None = None) -> Iterator[Store]:
    """Open the store; any rasd error inside the block becomes one line on stderr and exit code 2.

    So does a database failure met after opening (a lock held past the busy timeout while ingesting,
    a damaged page met by a query): `store_error` names the file and what to do.
    """
    try:
        with Store.open(db, settings) as store:
            try:
                yield store
            except (sa.exc.SQLAlchemyError, sqlite3.Error) as exc:
                raise store_error(exc, store) from exc
    except RasdError as exc:
        raise fail(exc) from exc


def _print_json(value: object) -> None:
    typer.echo(json.dumps(queries.to_json(value), ensure_ascii=False, indent=1))


def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders. None: the built-in demo corpus.")
    ] = None,
    db: DbOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for analysis.")] = 1,
    workers: Annotated[int, typer.Option(min=0, help="Analyse on a Dask LocalCluster of N workers.")] = 0,
    scheduler: Annotated[
        str | None, typer.Option(help="Analyse on the Dask scheduler at this address.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or table.")] = False,
) -> None:
    """Analyse news files and store the results; a rerun adds nothing, an interrupted run resumes."""
    settings = Settings.from_env(jobs=jobs, workers=workers or None, scheduler=scheduler)
    inputs = list(paths) if paths else [data_path("demo/pages")]
    from rasd.kb.ingest import ingest_paths

    with _store(db, settings) as store, progress_bar(console, disable=quiet) as report:
        result = ingest_paths(inputs, store, settings, progress=report)
        counts = store.counts()
    if quiet:
        return
    table = Table(
        title=f"rasd ingest → {store.engine.url.render_as_string(hide_password=True)}", show_header=False
    )
    table.add_column("what")
    table.add_column("value", justify="right")
    totals = result.totals
    table.add_row("documents added", str(totals.documents))
    table.add_row("already stored (skipped)", str(result.already_stored + totals.skipped))
    table.add_row("near-duplicates found", str(totals.duplicates))
    table.add_row("stories / events / quotes added", f"{totals.stories} / {totals.events} / {totals.quotes}")
    table.add_row("inputs not analysed", str(totals.failures))
    table.add_row("seconds", f"{result.seconds:.1f}")
    table.add_row("articles/s", f"{result.articles_per_second:,.1f}")
    for name, n in counts.items():
        table.add_row(f"in store: {name}", f"{n:,}")
    console.print(table)


def _cluster_table(clusters: list[queries.ClusterView], title: str) -> Table:
    table = Table(title=title)
    for col in ("date", "type", "status", "place", "participants", "sources", "cluster"):
        table.add_column(col)
    for c in clusters:
        sources = "; ".join(
            f"{s.outlet or Path(s.document).name} {s.published or ''}".strip()
            for s in c.sources
            if not s.duplicate_of
        )
        table.add_row(
            c.date or "?",
            c.type,
            c.status,
            c.location.name_en if c.location else "",
            ", ".join(p.name_en for p, _ in c.participants),
            f"{c.source_count}: {sources}",
            c.id,
        )
    return table


def timeline(
    entity: Annotated[str, typer.Argument(help="A name in Arabic or English, or an entity id.")],
    with_entity: Annotated[
        str | None, typer.Option("--with", help="Only events with this entity too.")
    ] = None,
    types: Annotated[
        list[str] | None, typer.Option("--type", help="Event types (repeatable; default meet, call, visit).")
    ] = None,
    status: Annotated[str, typer.Option(help="occurred, planned, denied, hypothetical or any.")] = "occurred",
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Event clusters of an entity (with another), in date order, each with its sources."""
    with _store(db) as store:
        found = queries.timeline(
            store,
            entity,
            with_entity,
            types=types or queries.TIMELINE_TYPES,
            status=None if status == "any" else status,
            date_from=_date(date_from, "--from"),
            date_to=_date(date_to, "--to"),
        )
    if as_json:
        _print_json(found)
    else:
        out.print(
            _cluster_table(found, f"timeline: {entity}" + (f" with {with_entity}" if with_entity else ""))
        )


def cluster(
    cluster_id: Annotated[str, typer.Argument(help="A cluster id (from timeline or entity).")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One event cluster with every source side by side."""
    with _store(db) as store:
        found = queries.cluster(store, cluster_id)
    if as_json:
        _print_json(found)
        return
    out.print(_cluster_table([found], f"cluster {cluster_id}"))
    table = Table(title="sources")
    for col in ("document", "outlet", "published", "title", "trigger", "duplicate of"):
        table.add_column(col)
    for s in found.sources:
        table.add_row(
            Path(s.document).name,
            s.outlet or "",
            s.published or "",
            s.title or "",
            s.trigger,
            Path(s.duplicate_of).name if s.duplicate_of else "",
        )
    out.print(table)


def entity(
    name: Annotated[str, typer.Argument(help="A name in Arabic or English, or an entity id.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """An entity's page: names, aliases seen, roles over time, events, quotes, co-occurring entities."""
    from rasd.nlp.catalog import load_catalog

    with _store(db) as store:
        page = queries.entity_page(store, name, load_catalog())
    if as_json:
        _print_json(page)
        return
    e = page.entity
    out.print(f"[bold]{e.name_en}[/bold] — {e.name_ar}  ({e.type}, {page.kind or 'unknown kind'}, {e.id})")
    out.print(
        f"{page.mentions} mentions in {page.stories} stories; seen as: "
        + "، ".join(f"{a} ({n})" for a, n in page.aliases[:12])
    )
    if page.roles:
        out.print(
            "roles: " + "; ".join(f"{r.role} of {r.of} {r.start or '?'}–{r.end or ''}" for r in page.roles)
        )
    out.print(_cluster_table(page.events[:50], "events"))
    quotes = Table(title="quotes")
    for col in ("published", "outlet", "quote"):
        quotes.add_column(col)
    for q in page.quotes[:20]:
        quotes.add_row(q.published or "", q.outlet or "", q.text)
    out.print(quotes)
    out.print("with: " + ", ".join(f"{r.name_en} ({n})" for r, n in page.cooccurring))


def search(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", OR, -word, prefix*.')],
    entity_name: Annotated[
        str | None, typer.Option("--entity", help="Only stories naming this entity.")
    ] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")] = None,
    limit: Annotated[int, typer.Option(min=1, max=200)] = queries.SEARCH_LIMIT,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over every story, ranked, with highlighted snippets."""
    with _store(db) as store:
        hits = queries.search(
            store, query, entity_name, _date(date_from, "--from"), _date(date_to, "--to"), limit=limit
        )
    if as_json:
        _print_json(hits)
        return
    table = Table(title=f"search: {query}")
    for col in ("published", "outlet", "title", "snippet"):
        table.add_column(col)
    for h in hits:
        dup = f" (+{len(h.duplicates)} copies)" if h.duplicates else ""
        table.add_row(h.published or "", (h.outlet or Path(h.document).name) + dup, h.title or "", h.snippet)
    out.print(table)


def graph(
    out_file: Annotated[Path, typer.Option("--out", help="A .graphml or .json file.")],
    types: Annotated[list[str] | None, typer.Option("--type", help="Event types (repeatable).")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")] = None,
    db: DbOption = None,
) -> None:
    """The entity relation graph: who met, called or visited whom, weighted by event clusters."""
    from rasd.kb.graph import relation_graph, write_graph

    with _store(db) as store:
        g = relation_graph(
            store, types=types or None, date_from=_date(date_from, "--from"), date_to=_date(date_to, "--to")
        )
        try:
            write_graph(g, out_file)
        except ValueError as exc:
            raise RasdError(str(exc)) from exc
    console.print(f"{g.number_of_nodes()} entities, {g.number_of_edges()} relations → {out_file}")


def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv, parquet or graphml.")],
    out_dir: Annotated[Path, typer.Option("--out", help="A folder (created).")],
    db: DbOption = None,
) -> None:
    """Documents, stories, entities, events, clusters and quotes, for pandas, pyarrow or Gephi."""
    from rasd.kb.export import export as run_export

    with _store(db) as store:
        try:
            files = run_export(store, out_dir, fmt)
        except ValueError as exc:
            raise RasdError(str(exc)) from exc
    for f in files:
        console.print(f"wrote {f}")
