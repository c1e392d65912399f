"""Rich rendering for the CLI: the progress bar and the closing summary."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from rich.console import Console, Group
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from rasd.records import Document, IngestFailure


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


@dataclass(slots=True)
class Tally:
    """The counts the closing summary shows, added up one document at a time as they stream past."""

    documents: int = 0
    stories: int = 0
    linked: int = 0
    unknown: int = 0
    events: int = 0
    quotes: int = 0

    def add(self, doc: Document) -> None:
        self.documents += 1
        self.stories += len(doc.stories)
        for s in doc.stories:
            nil = sum(e.nil for e in s.entities)
            self.linked += len(s.entities) - nil
            self.unknown += nil
            self.events += len(s.events)
            self.quotes += len(s.quotes)


def summary_table(
    tally: Tally, errors: Sequence[IngestFailure], seconds: float, show_errors: bool = True
) -> Group:
    table = Table(title="rasd analyze", show_header=False)
    table.add_column("what")
    table.add_column("value", justify="right")
    table.add_row("documents", str(tally.documents))
    table.add_row("stories", str(tally.stories))
    table.add_row("entities (linked / unknown)", f"{tally.linked} / {tally.unknown}")
    table.add_row("events", str(tally.events))
    table.add_row("quotes", str(tally.quotes))
    table.add_row("errors", str(len(errors)))
    table.add_row("seconds", f"{seconds:.2f}")
    table.add_row("articles/s", f"{tally.documents / max(seconds, 1e-9):,.0f}")
    parts: list = [table]
    if show_errors and errors:
        listed = Table(title="inputs not analysed", show_lines=False)
        listed.add_column("source")
        listed.add_column("code")
        listed.add_column("reason")
        for failure in errors[:50]:
            listed.add_row(failure.source, failure.code, failure.error)
        if len(errors) > 50:
            listed.add_row("…", "", f"{len(errors) - 50} more in the JSON output")
        parts.append(listed)
    return Group(*parts)
