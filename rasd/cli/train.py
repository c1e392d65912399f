"""`rasd train ner`: fit the CRF NER model on ANERcorp-style CoNLL (see rasd/data/models/README.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from rasd.errors import RasdError
from rasd.nlp.ner import NerTagger
from rasd.nlp.ner.train import DEFAULT_TRAIN, TrainConfig, evaluate, read_conll, split_dev, train_model
from rasd.resources import data_path

app = typer.Typer(help="Train rasd's statistical models.", no_args_is_help=True)
_DEFAULTS = TrainConfig()


@app.callback()
def train() -> None:
    """Train a model from labelled data; each model has its own subcommand."""


@app.command("ner")
def ner(
    train: Annotated[
        Path, typer.Option(help="Training CoNLL: token<TAB>tag, blank line between sentences.")
    ] = DEFAULT_TRAIN,
    out: Annotated[Path | None, typer.Option(help="Model file (default: the packaged ner.crfsuite).")] = None,
    c1: Annotated[float, typer.Option(help="L1 weight (also prunes features).")] = _DEFAULTS.c1,
    c2: Annotated[float, typer.Option(help="L2 weight.")] = _DEFAULTS.c2,
    max_iterations: Annotated[int, typer.Option(help="L-BFGS iterations.")] = _DEFAULTS.max_iterations,
    min_freq: Annotated[int, typer.Option(help="Drop features seen fewer times.")] = _DEFAULTS.min_freq,
    dev: Annotated[
        float, typer.Option(help="Hold out this share of the LAST training sentences and report F1 on them.")
    ] = 0.0,
) -> None:
    """Train the NER CRF; with --dev, train on the rest and print dev precision, recall and F1."""
    config = TrainConfig(c1=c1, c2=c2, max_iterations=max_iterations, min_freq=min_freq)
    target = out or data_path("models/ner.crfsuite")
    try:
        sentences = read_conll(train)
        fit, held_out = split_dev(sentences, dev)
        info = train_model(fit, target, config)
        if held_out:
            info["dev"] = evaluate(NerTagger(target), held_out)
    except RasdError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    typer.echo(json.dumps({"model": str(target), **info}, ensure_ascii=False, indent=2))
