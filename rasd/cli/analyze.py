"""`rasd analyze PATH... [--json OUT] [--jobs N | --workers N | --scheduler ADDR]`: flags, library, render."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from rasd.cli.render import progress_bar, summary_table
from rasd.export import write_json
from rasd.pipeline import analyze_paths
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
    with progress_bar(console, disable=quiet) as report:
        analysis = analyze_paths(inputs, settings, progress=report)
    if json_out:
        write_json(analysis, json_out)
    if not quiet:
        console.print(summary_table(analysis, show_errors=True))
        if json_out:
            console.print(f"JSON written to {json_out}")
    if not analysis.documents and analysis.errors:
        raise typer.Exit(code=1)
