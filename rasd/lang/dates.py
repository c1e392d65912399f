"""Absolute calendar dates (day, month and year all written) in Arabic and English.

Cleaning needs these to read publication dates from lines such as "آخر تحديث: 11 أكتوبر 2024",
"تاريخ النشر: 26th, September 2023" or a caption's "29 حزيران/يونيو 2022". Relative expressions
("اليوم الجمعة", "أمس") need an anchor and belong to the time-expression stage, not here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from rasd.lang.months import month_lexicon, month_pattern
from rasd.lang.normalize import Normalized, normalize
from rasd.lang.prefilter import PatternGate


@dataclass(frozen=True, slots=True)
class DateMatch:
    date: dt.date
    start: int  # offsets into the original text
    end: int


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    m = f"(?:{month_pattern()})"
    sep = r"\s*[/\\(\-–]\s*"
    dual = rf"(?P<m1>{m})(?:{sep}(?P<m2>{m})\)?)?"
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<y>(?:19|20)\d\d)"
    return tuple(
        re.compile(p, re.IGNORECASE)
        for p in (
            rf"(?<!\d){day}\s*,?\s*(?:من\s+)?(?:شهر\s+)?{dual}\s*,?\s*(?:من\s+)?(?:عام\s+|سنه\s+)?{year}(?!\d)",
            rf"\b(?P<m1>{m})\s+{day}\s*,\s*{year}(?!\d)",
            rf"(?<!\d){year}[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)",
            rf"(?<![\d.]){day}[-/.](?P<m>[01]?\d)[-/.]{year}(?!\d)",
        )
    )


@functools.cache
def _gate() -> PatternGate:
    """Which patterns can match a text (each needs a year, "19" or "20"): `rasd.lang.prefilter`."""
    return PatternGate({str(k): p for k, p in enumerate(_patterns())})


def _month(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("m"):
        return int(groups["m"])
    return month_lexicon().get(re.sub(r"\s+", " ", groups["m1"]).lower())


def find_dates(text: str, norm: Normalized | None = None) -> list[DateMatch]:
    """Every full date in `text`, in order, with its span in the original text. `norm`:
    `normalize(text)`, when the caller has it."""
    norm = norm or normalize(text)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    possible = _gate().possible(norm.text)
    for k, pattern in enumerate(_patterns()):
        if str(k) not in possible:
            continue
        for match in pattern.finditer(norm.text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            month = _month(match)
            try:
                date = dt.date(int(match["y"]), month or 0, int(match["d"]))
            except (ValueError, TypeError):
                continue
            taken.append(match.span())
            found.append(DateMatch(date, *norm.to_original(*match.span())))
    return sorted(found, key=lambda d: d.start)
