"""`rasd ner --conll IN [--out OUT]`: tag a CoNLL file with the shipped NER model (CONTRACT §2)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from rasd.errors import RasdError
from rasd.nlp.ner import NerTagger, tag_conll


def ner(
    conll: Annotated[
        Path,
        typer.Option(
            "--conll", exists=True, dir_okay=False, help="One token per line, blank line between sentences."
        ),
    ],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of to stdout.")] = None,
    model: Annotated[
        Path | None, typer.Option(help="A model trained by `rasd train ner` (default: the shipped one).")
    ] = None,
) -> None:
    """Tag each token with a BIO tag (PERS, ORG, LOC, MISC); tokens and blank lines are kept as they are."""
    try:
        tagger = NerTagger(model)
        lines = conll.read_text(encoding="utf-8-sig").splitlines()
    except (RasdError, OSError, UnicodeDecodeError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    tagged = "".join(line + "\n" for line in tag_conll(lines, tagger))
    if out is None:
        sys.stdout.write(tagged)
    else:
        out.write_text(tagged, encoding="utf-8")
