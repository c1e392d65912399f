"""The cleaning stage's language data, loaded once and passed in (never a module global)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rasd.clean.linemodel import LineModel
from rasd.errors import DataFileError
from rasd.lang.normalize import fold
from rasd.resources import read_jsonl, read_lines

ACTIONS = ("drop", "drop_list", "split")


@dataclass(frozen=True, slots=True)
class LinePattern:
    """One boilerplate rule from `rasd/data/clean/boilerplate.jsonl`."""

    kind: str
    action: str  # drop | drop_list | split
    regex: re.Pattern[str]
    harvest: str | None = None  # outlet | published | updated
    max_words: int | None = None  # only lines this short match


@dataclass(frozen=True, slots=True)
class CleanLexicon:
    patterns: tuple[LinePattern, ...]
    wire_credits: frozenset[str]
    continuations: tuple[str, ...]  # normalised paragraph openers, longest first
    lede_openers: frozenset[str]
    stopwords: frozenset[str]
    line_model: LineModel | None = None  # the learned line classifier; None: the rules alone


def _pattern(row: dict, number: int) -> LinePattern:
    where = f"clean/boilerplate.jsonl rule {number} ({row.get('kind')})"
    if row["action"] not in ACTIONS:
        raise DataFileError(f"{where}: action must be one of {', '.join(ACTIONS)}")
    try:
        regex = re.compile(fold(row["pattern"]), re.IGNORECASE)  # rules may use ordinary spelling
    except re.error as exc:
        raise DataFileError(f"{where}: bad regex: {exc}") from exc
    return LinePattern(row["kind"], row["action"], regex, row.get("harvest"), row.get("max_words"))


def load_clean_lexicon(line_model: bool | Path = True) -> CleanLexicon:
    """Read and validate every cleaning data file; `line_model` False leaves the classifier out,
    a path loads another model file (for training and cross-validation)."""
    rows = read_jsonl("clean/boilerplate.jsonl", required=("kind", "action", "pattern"))
    return CleanLexicon(
        patterns=tuple(_pattern(row, i) for i, row in enumerate(rows, 1)),
        wire_credits=frozenset(fold(w) for w in read_lines("clean/wire_credits.txt")),
        continuations=tuple(
            sorted((fold(c) for c in read_lines("clean/continuations.txt")), key=len, reverse=True)
        ),
        lede_openers=frozenset(fold(w) for w in read_lines("clean/lede_openers.txt")),
        stopwords=frozenset(fold(w) for w in read_lines("clean/stopwords.txt")),
        line_model=None if line_model is False else LineModel(None if line_model is True else line_model),
    )
