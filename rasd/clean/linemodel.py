"""A learned line classifier: content, boilerplate or title, from shallow features of each line.

In the spirit of boilerpipe (Kohlschütter et al. 2010, "Boilerplate detection using shallow text
features"): no words of the page are features, only what a line looks like — its length,
punctuation, digits, Latin letters, links and handles, the share of function words (our own list,
`rasd/data/clean/stopwords.txt`), where it stands on the page, whether it repeats another line,
for a short line how much of it the page's long lines share (a headline, subheading or caption
shares the text's words; a link to another story does not), and which rule of
`boilerplate.jsonl` (if any) matched it. A linear-chain CRF over the page's lines
(`rasd/data/models/lines.crfsuite`, trained by `scripts/train_lines.py`) reads them, so the label
order (header furniture, title, text, footer) counts too. Every feature is a category (a bucket),
none a raw ratio, and a line does not read its neighbours' features: both let the model fit the
pages it was trained on more closely than unseen outlets (5-fold CV by event and outlet, boilerplate
lines F1 0.820 → 0.842, titles 0.922 → 0.928; `docs/clean.md`). So did flags for standing before
or after the text: with the text overlap in their place, CV by event, outlet and site rose 0.894 →
0.913 and the model drops 528 → 313 of 11,568 SaudiNewsNet lines.

`lines.py` combines it with the rules: a rule that drops a line wins; otherwise a line whose
boilerplate probability reaches `Settings.line_boilerplate_min` is dropped, and the line the model calls the
title (before any story text) becomes the first story's title.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pycrfsuite

from rasd.clean.words import WORD as _WORD
from rasd.clean.words import stems
from rasd.errors import DataFileError
from rasd.lang.prefilter import PatternGate
from rasd.resources import data_path, read_model_sidecar

if TYPE_CHECKING:
    from rasd.clean.lines import Line

#: Bump when a feature changes; the model's sidecar must carry the same number.
FEATURE_VERSION = 4
MODEL = "models/lines.crfsuite"
LABELS = ("content", "boilerplate", "title")

_ARABIC = re.compile(r"[\u0600-\u06ff]+")
_LATIN = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")
_LINK = re.compile(r"https?://|www\.|\.(?:com|net|org|info)\b|@\w|#\w", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DATE_NUM = re.compile(r"\b\d{1,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}\b")
_SEPARATOR = re.compile(r"\s[-–—_|/>»]+\s|[-–—_|>]\s*$|^\s*[-–—_|>]|\S[-–—]\s|\s[-–—]\S")
_QUOTE = re.compile(r"[\"«»“”„]")
_BULLETS = ("•", "·", "●", "▪", "■", "◾", "*", "–", "»", "-")
_LONG = 15  # words: a line at least this long is running text (for "before/after the text")


def _bucket(n: float, edges: Sequence[float]) -> str:
    for i, edge in enumerate(edges):
        if n <= edge:
            return str(i)
    return str(len(edges))


def _ending(norm: str) -> str:
    tail = norm.rstrip("\"' )»”]")
    if not tail:
        return "none"
    last = tail[-1]
    if last in ".!?…":
        return "stop"
    if last in ":：":
        return "colon"
    if last in ",;":
        return "comma"
    if last.isdigit():
        return "digit"
    if last.isalpha():
        return "letter"
    return "other"


@functools.cache
def _text_gate() -> PatternGate:
    """The shape patterns read on a line as written that can match it (`rasd.lang.prefilter`)."""
    return PatternGate({"link": _LINK, "separator": _SEPARATOR})


@functools.cache
def _norm_gate() -> PatternGate:
    """… and those read on its matching form."""
    return PatternGate({"time": _TIME, "year": _YEAR, "numdate": _DATE_NUM})


def _one(line: Line, stopwords: frozenset[str]) -> dict[str, float]:
    """The features of a line on its own."""
    text, norm = line.text, line.norm
    words = _WORD.findall(norm)
    tokens = norm.split()
    n_chars = max(len(text), 1)
    digits = len(_DIGIT.findall(norm))
    latin = sum(map(len, _LATIN.findall(text)))  # runs, not one string per letter
    arabic = sum(map(len, _ARABIC.findall(text)))
    stop = sum(map(stopwords.__contains__, words))
    f: dict[str, float] = {
        "bias": 1.0,
        f"words={_bucket(len(tokens), (1, 2, 3, 4, 6, 9, 14, 24, 40))}": 1.0,
        f"end={_ending(norm)}": 1.0,
        f"rule={line.kind if line.action != 'keep' else 'none'}": 1.0,
        f"digits={_bucket(digits / n_chars, (0, 0.05, 0.15, 0.3))}": 1.0,
        f"latin={_bucket(latin / n_chars, (0, 0.2, 0.6))}": 1.0,
        f"arabic={_bucket(arabic / n_chars, (0.3, 0.6, 0.8))}": 1.0,
        f"stop={_bucket(stop / len(words), (0, 0.1, 0.2, 0.3)) if words else 'na'}": 1.0,
    }
    on_text, on_norm = _text_gate().possible(text), _norm_gate().possible(norm)  # which can match at all
    if "link" in on_text and _LINK.search(text):
        f["link"] = 1.0
    if "time" in on_norm and _TIME.search(norm):
        f["time"] = 1.0
    if "year" in on_norm and _YEAR.search(norm):
        f["year"] = 1.0
    if "numdate" in on_norm and _DATE_NUM.search(norm):
        f["numdate"] = 1.0
    if "separator" in on_text and _SEPARATOR.search(text):
        f["separator"] = 1.0
    if ":" in norm.rstrip(":： "):
        f["inner_colon"] = 1.0
    if _QUOTE.search(text):
        f["quote"] = 1.0
    if "(" in text or ")" in text:
        f["paren"] = 1.0
    if text.startswith(_BULLETS):
        f["bullet"] = 1.0
    if words and words[0].startswith("و") and len(words[0]) >= 4:
        f["wa_opener"] = 1.0  # "وقال", "وأضاف": a paragraph carrying on the text
    if norm.count(".") >= 2 or norm.count(",") >= 2:
        f["multi_punct"] = 1.0
    if line.words >= 2 and len(words) and sum(map(len, words)) / len(words) < 3.5:
        f["short_words"] = 1.0
    return f


def page_features(lines: Sequence[Line], stopwords: frozenset[str]) -> list[dict[str, float]]:
    """One feature dict per line of a page (the CRF's item sequence)."""
    n = len(lines)
    counts = Counter(line.norm for line in lines)
    line_stems = [stems(line.norm, stopwords) for line in lines]
    long_at = [i for i, line in enumerate(lines) if line.words >= _LONG]
    text_stems: set[str] = set().union(*(line_stems[i] for i in long_at)) if long_at else set()
    out = []
    for i, line in enumerate(lines):
        f = _one(line, stopwords)
        f[f"pos={min(i, 4)}"] = 1.0
        f[f"pos_end={min(n - 1 - i, 3)}"] = 1.0
        f[f"page_lines={_bucket(n, (1, 3, 8))}"] = 1.0
        if counts[line.norm] > 1:
            f["repeated"] = 1.0
        if i and lines[i - 1].norm == line.norm:
            f["same_as_prev"] = 1.0
        if text_stems and line_stems[i] and line.words < _LONG:
            # a subheading, caption or headline shares the text's words; a related link, a menu or
            # a promo for another story does not (whatever the outlet's layout)
            shared = len(line_stems[i] & text_stems) / len(line_stems[i])
            f[f"text_ov={_bucket(shared, (0, 0.25, 0.5))}"] = 1.0
        out.append(f)
    return out


def read_sidecar(path: Path) -> dict:
    return read_model_sidecar(
        path.with_suffix(".json"), FEATURE_VERSION, "line model", "scripts/train_lines.py"
    )


class LineModel:
    """The CRF line classifier, opened once and kept (it is read-only while tagging)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_path(MODEL)
        read_sidecar(self.path)
        self._crf = pycrfsuite.Tagger()
        try:
            self._crf.open(str(self.path))
        except (OSError, ValueError) as exc:
            raise DataFileError(f"{self.path}: cannot open the line model: {exc}") from exc
        unknown = set(self._crf.labels()) - set(LABELS)
        if unknown:
            raise DataFileError(f"{self.path}: the line model has unknown labels {sorted(unknown)}")

    def __reduce__(self):  # a Tagger cannot be pickled: a worker reopens the file
        return (LineModel, (self.path,))

    def probabilities(self, lines: Sequence[Line], stopwords: frozenset[str]) -> list[dict[str, float]]:
        """Each line's marginal probability of each label, given the whole page."""
        if not lines:
            return []
        self._crf.set(page_features(lines, stopwords))
        labels = self._crf.labels()
        return [{lab: self._crf.marginal(lab, i) for lab in labels} for i in range(len(lines))]
