"""`rasd analyze PATH... [--json OUT] [--jobs N | --workers N | --scheduler ADDR]`: flags, library, render."""

from __future__ import annotations

import logging
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from rasd.cli.render import Tally, progress_bar, summary_table
from rasd.export import Spool, write_json_stream
from rasd.pipeline import Progress, Run, run_paths
from rasd.records import Document
from rasd.resources import data_path
from rasd.settings import Settings

console = Console(stderr=True)


def analyze(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders (recursively). None: the built-in demo corpus."),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the full result as JSON here.")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    workers: Annotated[int, typer.Option(min=0, help="Run on a Dask LocalCluster of N workers.")] = 0,
    scheduler: Annotated[str | None, typer.Option(help="Run on the Dask scheduler at this address.")] = None,
    max_file_mb: Annotated[
        float | None, typer.Option(help="Report files over this size instead of reading them.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or table.")] = False,
    debug: Annotated[bool, typer.Option(help="Log every step to stderr.")] = False,
) -> None:
    """Analyse news files: every input ends as a document or as an error with its reason."""
    if debug:
        logging.basicConfig(level=logging.DEBUG)
    settings = Settings.from_env(
        jobs=jobs,
        workers=workers or None,
        scheduler=scheduler,
        max_file_bytes=int(max_file_mb * 1_000_000) if max_file_mb else None,
    )
    inputs = list(paths) if paths else [data_path("demo/pages")]
    if json_out and not json_out.parent.is_dir():
        raise typer.BadParameter(
            f"no folder {json_out.parent} to write {json_out.name} in", param_hint="--json"
        )
    with progress_bar(console, disable=quiet) as report:
        tally, run = analyze_to_json(inputs, settings, json_out, report)
    if not quiet:
        console.print(summary_table(tally, run.errors, run.seconds, show_errors=True))
        if json_out:
            console.print(f"JSON written to {json_out}")
    if not tally.documents and run.errors:
        raise typer.Exit(code=1)


def analyze_to_json(
    inputs: list[Path], settings: Settings, json_out: Path | None, progress: Progress | None = None
) -> tuple[Tally, Run]:
    """The run behind `rasd analyze`: with `json_out`, each document goes to a spool as it finishes
    and is read back, clustered, into the JSON once all are done, so memory stays flat however many
    documents there are; the summary's counts are added up on the way."""
    tally = Tally()
    with ExitStack() as stack:
        spool = stack.enter_context(Spool(json_out.parent)) if json_out else None

        def take(doc: Document) -> None:
            tally.add(doc)
            if spool is not None:
                spool.add(doc)

        run = run_paths(inputs, settings, take, progress)
        if json_out and spool is not None:
            write_json_stream(json_out, map(run.clusters.apply, spool), run.errors, run.seconds)
    return tally, run
