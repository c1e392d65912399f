"""Rich rendering for the CLI: the progress bar and the closing summary."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console, Group
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from rasd.records import Analysis


@contextmanager
def progress_bar(console: Console, disable: bool = False) -> Iterator[Callable[[int, int], None]]:
    """A callback (done, total) that drives a Rich bar; silent when disabled or not a terminal."""
    bar = Progress(
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=disable,
        transient=True,
    )
    task = bar.add_task("files", total=None)
    with bar:
        yield lambda done, total: bar.update(task, completed=done, total=total)


def summary_table(analysis: Analysis, show_errors: bool = True) -> Group:
    seconds = max(analysis.seconds, 1e-9)
    table = Table(title="rasd analyze", show_header=False)
    table.add_column("what")
    table.add_column("value", justify="right")
    table.add_row("documents", str(len(analysis.documents)))
    table.add_row("stories", str(analysis.story_count))
    stories = [s for d in analysis.documents for s in d.stories]
    linked = sum(not e.nil for s in stories for e in s.entities)
    unknown = sum(e.nil for s in stories for e in s.entities)
    table.add_row("entities (linked / unknown)", f"{linked} / {unknown}")
    table.add_row("events", str(sum(len(s.events) for s in stories)))
    table.add_row("quotes", str(sum(len(s.quotes) for s in stories)))
    table.add_row("errors", str(len(analysis.errors)))
    table.add_row("seconds", f"{analysis.seconds:.2f}")
    table.add_row("articles/s", f"{len(analysis.documents) / seconds:,.0f}")
    parts: list = [table]
    if show_errors and analysis.errors:
        errors = Table(title="inputs not analysed", show_lines=False)
        errors.add_column("source")
        errors.add_column("code")
        errors.add_column("reason")
        for failure in analysis.errors[:50]:
            errors.add_row(failure.source, failure.code, failure.error)
        if len(analysis.errors) > 50:
            errors.add_row("…", "", f"{len(analysis.errors) - 50} more in the JSON output")
        parts.append(errors)
    return Group(*parts)
