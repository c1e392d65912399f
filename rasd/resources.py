"""Loading the packaged data files under `rasd/data/` (lexicons, patterns, demo corpus).

Every loader validates as it reads and raises DataFileError naming the file and line, so a bad
edit to a data file fails loudly at load time and in `tests/test_data_files.py`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.errors import DataFileError


def data_path(relpath: str) -> Path:
    """The filesystem path of a packaged data file or folder (the package is installed unzipped)."""
    return Path(str(resources.files("rasd") / "data" / relpath))


def _content_lines(relpath: str) -> Iterator[tuple[int, str]]:
    """(line number, line) for every line that is not blank and not a `#` comment."""
    path = data_path(relpath)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"{relpath}: cannot read packaged data file: {exc}") from exc
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield number, line.rstrip("\n")


def read_lines(relpath: str) -> list[str]:
    """A word list: one entry per line, `#` comments and blank lines skipped."""
    return [line.strip() for _, line in _content_lines(relpath)]


def read_tsv(relpath: str, columns: tuple[str, ...], min_columns: int | None = None) -> list[dict[str, str]]:
    """A tab-separated table without a header row; trailing optional columns may be absent."""
    needed = len(columns) if min_columns is None else min_columns
    rows = []
    for number, line in _content_lines(relpath):
        cells = [c.strip() for c in line.split("\t")]
        if not needed <= len(cells) <= len(columns):
            raise DataFileError(
                f"{relpath}:{number}: expected {needed}-{len(columns)} tab-separated columns "
                f"({', '.join(columns)}), found {len(cells)}"
            )
        rows.append(dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True)))
    return rows


def read_kinds(
    relpath: str, kinds: Sequence[str], column: str = "kind", several: bool = False
) -> dict[str, tuple[str, ...]]:
    """A (word, kind) table: each of `kinds` with its words as written, in file order. `several`: the
    kind column lists several, comma-separated (titles.tsv's tags). An unknown kind is a data error
    naming the file: a typo must not silently drop a word."""
    found: dict[str, list[str]] = {k: [] for k in kinds}
    for row in read_tsv(relpath, ("word", column)):
        given = list(dict.fromkeys(k.strip() for k in row[column].split(","))) if several else [row[column]]
        if unknown := set(given) - found.keys():
            raise DataFileError(f"{relpath}: unknown {column} {sorted(unknown)} for {row['word']!r}")
        for k in given:
            found[k].append(row["word"])
    return {k: tuple(words) for k, words in found.items()}


def read_jsonl(relpath: str, required: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """JSON Lines: one object per line, each holding at least the `required` keys."""
    rows = []
    for number, line in _content_lines(relpath):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(f"{relpath}:{number}: not valid JSON: {exc.msg}") from exc
        if not isinstance(row, dict):
            raise DataFileError(f"{relpath}:{number}: expected a JSON object")
        missing = [k for k in required if k not in row]
        if missing:
            raise DataFileError(f"{relpath}:{number}: missing key(s) {', '.join(missing)}")
        rows.append(row)
    return rows


def read_model_sidecar(path: Path, feature_version: int, what: str, retrain: str) -> dict[str, Any]:
    """A shipped model's JSON sidecar (its settings and feature version), checked: a model built with
    other features than the code extracts is an error, not a silent mismatch."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"{path}: cannot read the {what}'s sidecar: {exc}") from exc
    found = record.get("feature_version") if isinstance(record, dict) else None
    if found != feature_version:
        raise DataFileError(
            f"{path}: the {what} has feature version {found}, this code has {feature_version}: "
            f"rebuild it ({retrain})"
        )
    return record
