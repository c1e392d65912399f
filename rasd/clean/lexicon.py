"""The cleaning stage's language data, loaded once and passed in (never a module global)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rasd.clean.linemodel import LineModel
from rasd.clean.sentences import load_abbreviations
from rasd.errors import DataFileError
from rasd.lang.normalize import fold
from rasd.resources import read_jsonl, read_kinds, read_lines, read_tsv

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
    outlets: OutletLexicon  # names a story's outlet is told apart with (metadata.py)
    abbreviations: frozenset[str]  # words whose full stop ends no sentence (sentences.py)
    line_model: LineModel | None = None  # the learned line classifier; None: the rules alone


@dataclass(frozen=True, slots=True)
class OutletLexicon:
    """Folded names the outlet rules test a credit's parts against."""

    outlets: frozenset[str]  # catalog outlets (kind outlet), names and aliases
    agencies: frozenset[str]  # catalog wire agencies: a source, never the page's outlet
    places: frozenset[str]  # states, cities and hand places: the dateline's place
    given_names: frozenset[str]  # first words of people's names: a byline, not an outlet
    sections: frozenset[str]  # section labels ("سياسة", "محليات"): clean/section_labels.txt
    #: clean/credit_words.tsv: credit words beside an outlet's name ("X - متابعات", "رصد – X"), first
    #: words of such a credit ("خاص بالعالم"), and a byline's first word ("كتب: سعد")
    credits: frozenset[str]
    credit_starts: frozenset[str]
    bylines: frozenset[str]


def _names(row: dict, name: str = "name_ar", aliases: str = "aliases_ar") -> list[str]:
    extra = row.get(aliases) or []
    return [row.get(name) or "", *(extra.split("|") if isinstance(extra, str) else extra)]


def load_outlet_lexicon() -> OutletLexicon:
    """The names the outlet rules need, from the catalog's files (`rasd/data/entities`, `rasd/data/nlp`)."""
    media = read_jsonl("entities/outlets.jsonl", required=("kind", "name_ar"))
    places: list[str] = []
    for rel, columns in (
        ("entities/generated/states.tsv", ("id", "name_en", "name_ar", "aliases_ar")),
        ("entities/generated/cities.tsv", ("id", "name_en", "name_ar", "aliases_ar", "c", "k", "p")),
        (
            "entities/places.tsv",
            ("id", "kind", "name_en", "name_ar", "aliases_ar", "e", "c", "q", "n", "city"),
        ),
        ("entities/overrides.tsv", ("id", "name_en", "name_ar", "kind", "q", "e", "n")),
    ):
        for row in read_tsv(rel, columns, 2):
            places += _names(row)
    given = [line.split("\t")[0] for line in read_lines("nlp/name_words.tsv")]
    credit_words = read_kinds("clean/credit_words.tsv", ("credit", "credit-start", "byline"))

    def folded(names: list[str]) -> frozenset[str]:
        return frozenset(f for f in (fold(n).strip() for n in names) if f)

    return OutletLexicon(
        outlets=folded([n for row in media if row["kind"] != "agency" for n in _names(row)]),
        agencies=folded([n for row in media if row["kind"] == "agency" for n in _names(row)]),
        places=folded(places),
        given_names=folded(given),
        sections=folded(read_lines("clean/section_labels.txt")),
        credits=frozenset(map(fold, credit_words["credit"])),
        credit_starts=frozenset(map(fold, credit_words["credit-start"])),
        bylines=frozenset(map(fold, credit_words["byline"])),
    )


def _pattern(row: dict, number: int) -> LinePattern:
    where = f"clean/boilerplate.jsonl rule {number} ({row.get('kind')})"
    if row["action"] not in ACTIONS:
        raise DataFileError(f"{where}: action must be one of {', '.join(ACTIONS)}")
    try:
        regex = re.compile(fold(row["pattern"]), re.IGNORECASE)  # rules may use ordinary spelling
    except re.error as exc:
        raise DataFileError(f"{where}: bad regex: {exc}") from exc
    return LinePattern(row["kind"], row["action"], regex, row.get("harvest"), row.get("max_words"))


def load_stopwords() -> frozenset[str]:
    """The folded function words of `clean/stopwords.txt`: the one reader of the file (the cleaner's
    headline check and the clustering's lede comparison both use it)."""
    return frozenset(fold(w) for w in read_lines("clean/stopwords.txt"))


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
        stopwords=load_stopwords(),
        outlets=load_outlet_lexicon(),
        abbreviations=load_abbreviations(),
        line_model=None if line_model is False else LineModel(None if line_model is True else line_model),
    )
