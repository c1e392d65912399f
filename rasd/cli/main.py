"""The `rasd` command: one Typer app; each command lives in its own module."""

from __future__ import annotations

import typer

from rasd.cli import kb
from rasd.cli.analyze import analyze
from rasd.cli.ner import ner
from rasd.cli.serve import serve
from rasd.cli.train import app as train_app

app = typer.Typer(
    name="rasd",
    help="Arabic news in; clean stories, entities and events out.",
    no_args_is_help=True,
    add_completion=False,
)
app.command(name="analyze")(analyze)
app.command(name="ner")(ner)
app.add_typer(train_app, name="train")
for _name, _command in (
    ("ingest", kb.ingest),
    ("timeline", kb.timeline),
    ("entity", kb.entity),
    ("cluster", kb.cluster),
    ("search", kb.search),
    ("graph", kb.graph),
    ("export", kb.export),
    ("serve", serve),
):
    app.command(name=_name)(_command)


@app.callback()
def main() -> None:
    """rasd: turn Arabic news pages into a knowledge base of who did what with whom."""
