"""Time expressions: find dates in Arabic news and normalise them against the publication date.

`find_times(text, anchor)` reads every system Arabic news writes dates in: Gregorian months in all
four naming systems and their dual forms ("29 حزيران/يونيو 2022"), English dates, Eastern digits,
ordinal days in words ("الحادي والثلاثين من ديسمبر الماضي"), Hijri dates ("15 رمضان 1445 هـ"),
ranges ("من 3 إلى 5 يوليو"), and the expressions that need the anchor: أمس, "الخميس الماضي",
"الأسبوع المقبل", "أكتوبر الحالي". Vague expressions ("قريباً") are found with no value.

Rules are regular expressions over the normalised text (`rasd.lang.normalize`), built from the
word lists in `rasd/data/time/` (`timex_lex`). One function per rule reads a match (`timex_rules`
for calendar dates, `timex_relative` for expressions counted from the anchor), and calendar
arithmetic is in `timex_resolve`. Full dates come from `rasd.lang.dates.find_dates`. Where
matches overlap, the longest wins.
"""

from __future__ import annotations

import bisect
import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from rasd.lang.dates import find_dates
from rasd.lang.normalize import Normalized, normalize
from rasd.nlp import timex_relative as rel
from rasd.nlp import timex_rules as rules
from rasd.nlp.timex_lex import TimeLexicon, load_time_lexicon
from rasd.nlp.timex_rules import Context, Found, Grain, span_days

__all__ = ["TimeExpr", "find_times"]

#: Sentences whose time expressions one TimeLexicon keeps (`TimeLexicon.found`): the events stage dates
#: a sentence once per trigger in it (a fifth of its calls repeat the one before).
FOUND_MEMO_SENTENCES = 256


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """One time expression: its span in the original text and its normalised value.

    `value` is the first day, `last_day` the last day (inclusive) for ranges, weeks, months and years;
    both are None for vague expressions and for relative ones found without an anchor.
    """

    start: int
    end: int
    text: str
    value: dt.date | None
    last_day: dt.date | None
    grain: Grain | None
    kind: str


#: Every rule, by its pattern name in `TimeLexicon.patterns`. Where matches overlap the longest wins.
RULES: dict[str, Callable[..., Found | None]] = {
    "range2": lambda m, c: rules.ranges(m, c, "range2"),
    "range": lambda m, c: rules.ranges(m, c, "range"),
    "range_md": lambda m, c: rules.ranges(m, c, "range_md"),
    "nth_wd": lambda m, c: rel.nth_weekday(m, c, "nth_wd"),
    "nth_week": lambda m, c: rel.nth_weekday(m, c, "nth_week"),
    "date": rules.date,
    "hijri": lambda m, c: rules.hijri(m, c, "hijri"),
    "hijri_num": lambda m, c: rules.hijri(m, c, "hijri_num"),
    "holiday": rules.holiday,
    "relday": rel.relday,
    "wd_week": lambda m, c: rel.weekday(m, c, "wd_week"),
    "wd_rel": lambda m, c: rel.weekday(m, c, "wd_rel"),
    "wd_this": lambda m, c: rel.weekday(m, c, "wd_this"),
    "wd_bare": lambda m, c: rel.weekday(m, c, "wd_bare"),
    "unit_rel": rel.unit,
    "units_n": rel.units_n,
    "ago": rel.ago,
    "month": rules.month_only,
    "year": rules.year_only,
    "year_range": rules.year_range,
    "hijri_year": rules.hijri_year,
    "month_num": rules.month_number,
    "vague": rules.vague,
}


def _absolute(text: str, norm: Normalized) -> list[tuple[int, int, dt.date]]:
    """Full dates from `rasd.lang.dates`, as spans of the normalised text."""

    def back(offset: int) -> int:  # the first normalised character at or after an original offset
        return bisect.bisect_left(range(len(norm.text)), offset, key=lambda i: norm.to_original(i, i + 1)[0])

    return [(back(d.start), back(d.end - 1) + 1, d.date) for d in find_dates(text, norm)]


def _lower(text: str) -> str:
    """Lower case (for English month names) without moving any offset."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def find_times(
    text: str,
    anchor: dt.date | None,
    *,
    bare_weekday: Literal["past", "future", "ahead"] = "past",
    lex: TimeLexicon | None = None,
) -> tuple[TimeExpr, ...]:
    """Every time expression in `text`, in order, normalised against `anchor` (the publication date).

    A weekday with no modifier ("يوم الأحد") is the next one when its sentence speaks of the future
    ("من المقرر"), else the latest on or before the anchor; `bare_weekday="future"` always takes the
    next one (Duckling's convention), `"ahead"` the first on or after the anchor (an event told by an
    imperfect verb: "يزور … الاثنين" on a Monday's page is that day). With no anchor, relative
    expressions are found with no value. `lex` is the time lexicon (`EventLexicon.times`; read from
    the files when not given, for a one-off call).
    """
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()  # the caller's local date of publication
    lex = lex or load_time_lexicon()
    memo = lex.found
    key = (text, anchor, bare_weekday)
    found = memo.get(key)
    if found is None:
        found = _find_times(text, anchor, bare_weekday, lex)
        if len(memo) >= FOUND_MEMO_SENTENCES:
            memo.clear()
        memo[key] = found
    return found


def _find_times(
    text: str, anchor: dt.date | None, bare_weekday: Literal["past", "future", "ahead"], lex: TimeLexicon
) -> tuple[TimeExpr, ...]:
    """`find_times` after the anchor is a date, not memoised; each call runs two dozen patterns over
    the sentence."""
    norm = normalize(text)
    lowered = _lower(norm.text)
    patterns = lex.patterns
    possible = lex.gate.possible(lowered)  # the rules whose pattern can match here (most sentences: none)
    found = [Found(s, e, d, None, "day", "date") for s, e, d in _absolute(text, norm)]
    if not found and not possible:
        return ()
    sentences = tuple(b.start() for b in patterns["sentence"].finditer(lowered))
    ctx = Context(lowered, anchor, lex, bare_weekday, sentences)
    for name, rule in RULES.items():
        if name not in possible:
            continue
        for m in patterns[name].finditer(lowered):
            try:
                hit = rule(m, ctx)
            except (ValueError, OverflowError):  # a date outside the calendar (year 0, year 10000)
                continue
            if hit:
                found.append(hit)
    if "span_days" in possible:
        found += span_days(found, ctx)
    order = {name: i for i, name in enumerate(["range", "date", "nth_weekday", "hijri", "holiday"])}
    chosen: list[Found] = []
    for hit in sorted(found, key=lambda f: (f.start - f.end, order.get(f.kind, 99), f.start)):
        if all(hit.end <= c.start or c.end <= hit.start for c in chosen):
            chosen.append(hit)
    out = []
    for hit in sorted(chosen, key=lambda f: f.start):
        start, end = norm.to_original(hit.start, hit.end)
        while end < len(text) and (text[end] == "\u0640" or unicodedata.category(text[end]) == "Mn"):
            end += 1  # trailing harakat and tatweel belong to the last word ("أمسِ", "هـ")
        out.append(TimeExpr(start, end, text[start:end], hit.value, hit.last_day, hit.grain, hit.kind))
    return tuple(out)
