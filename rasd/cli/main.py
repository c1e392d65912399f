"""The `rasd` command: one Typer app; each command lives in its own module."""

from __future__ import annotations

import typer

from rasd.cli.analyze import analyze

app = typer.Typer(
    name="rasd",
    help="Arabic news in; clean stories, entities and events out.",
    no_args_is_help=True,
    add_completion=False,
)
app.command(name="analyze")(analyze)


@app.callback()
def main() -> None:
    """rasd: turn Arabic news pages into a knowledge base of who did what with whom."""
