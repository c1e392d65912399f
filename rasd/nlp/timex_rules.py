"""The rules of `rasd.nlp.timex` for calendar dates, and the record they share with `timex_relative`.

Each rule reads one regex match of `TimeLexicon.patterns` over the normalised text and returns a
`Found` (a span of the normalised text with its resolved value) or None when the match cannot be a
date: full and partial dates, ranges, months, years, Hijri dates, holidays and vague expressions.
Calendar arithmetic is in `timex_resolve`; `rasd.nlp.timex` lists the rules in order.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from rasd.nlp import timex_resolve as cal
from rasd.nlp.timex_lex import TimeLexicon, key

Grain = Literal["day", "week", "month", "year"]


@dataclass(frozen=True, slots=True)
class Found:
    start: int  # offsets into the normalised text
    end: int
    value: dt.date | None
    last_day: dt.date | None
    grain: Grain | None
    kind: str


@dataclass(frozen=True, slots=True)
class Context:
    text: str  # normalised, lower-cased
    anchor: dt.date | None
    lex: TimeLexicon
    bare_weekday: str
    sentences: tuple[int, ...]  # offsets of the sentence ends in `text`


def category(lex: TimeLexicon, phrase: str) -> str | None:
    """past / next / current for a modifier word."""
    phrase = key(phrase)
    return next((c for c in ("past", "next", "current") if phrase in lex.words[c]), None)


def _span(first: dt.date | None, last: dt.date | None = None) -> tuple[dt.date | None, dt.date | None]:
    return first, (last if last != first else None)


def _day(m: re.Match[str], s: str, lex: TimeLexicon) -> tuple[int | str, int | str] | None:
    """The day (or part of a month, as first and last day) a day group names."""
    if m[f"d{s}"]:
        return int(m[f"d{s}"]), int(m[f"d{s}"])
    if m[f"o{s}"]:
        n = lex.days.get(key(m[f"o{s}"]))
        return (n, n) if n else None
    if m[f"p{s}"]:
        first, last = lex.words["part"][key(m[f"p{s}"])].split("-")
        return (first if first == "end" else int(first)), (last if last == "end" else int(last))
    return None


def _month(m: re.Match[str], s: str, ctx: Context) -> tuple[int, int | None, str | None] | None:
    """(month, year fixed by the reference or None, modifier) for a month reference."""
    lex = ctx.lex
    if m[f"m{s}"]:
        month = lex.months.get(key(m[f"m{s}"]))
    elif m[f"mn{s}"]:
        month = int(m[f"mn{s}"])
    elif m[f"mc{s}"]:
        month = lex.cardinals.get(key(m[f"mc{s}"]))
    elif m[f"mo{s}"]:
        month = lex.days.get(key(m[f"mo{s}"]))
    else:
        if ctx.anchor is None:
            return None
        mod = "current" if m[f"mh{s}"] else category(lex, m[f"mm{s}"])
        shifted = cal.shift_months(ctx.anchor, {"past": -1, "next": 1}.get(mod or "", 0))
        return shifted.month, shifted.year, None
    if not month or not 1 <= month <= 12:
        return None
    year_mod = category(lex, m[f"ym{s}"]) if m[f"ym{s}"] else None
    return month, None, year_mod


def _year(m: re.Match[str], s: str, ctx: Context) -> int | None:
    """A written year, or one a year word sets ("السنة القادمة")."""
    if m[f"y{s}"]:
        return int(m[f"y{s}"])
    if m[f"yr{s}"] and ctx.anchor:
        return ctx.anchor.year + {"past": -1, "next": 1}.get(category(ctx.lex, m[f"yr{s}"]) or "", 0)
    return None


def place(
    m: re.Match[str],
    s: str,
    days: tuple[int | str, int | str] | None,
    ctx: Context,
    weekday: int | None = None,
) -> tuple[dt.date, dt.date] | Literal[False] | None:
    """The first and last day of a (days, month, year) reference; False when it cannot be a date."""
    month = _month(m, s, ctx)
    if month is None:
        return None if ctx.anchor is None and not m[f"m{s}"] else False
    number, fixed_year, mod = month
    first, last = days or (1, "end")
    year = _year(m, s, ctx) or fixed_year
    if year:
        return cal.day_span(year, number, first, last) or False
    if ctx.anchor is None:
        return None
    return cal.choose_year(number, first, last, ctx.anchor, mod, weekday, month_grain=days is None) or False


def date(m: re.Match[str], ctx: Context) -> Found | None:
    days = _day(m, "1", ctx.lex)
    if days is None:
        return None
    weekday = ctx.lex.weekdays.get(key(m["wp"])) if m["wp"] else None
    span = place(m, "1", days, ctx, weekday)
    if span is False:
        return None
    first, last = _span(*(span or (None, None)))
    if weekday is not None and m["o1"] and first and first.weekday() != weekday:
        return None  # "الثلاثاء الثالث من أيلول" is the third Tuesday, not the 3rd (a Wednesday)
    if not m["y1"] and word_before(ctx, m.start()) in ctx.lex.words["name"]:
        return None  # "ثورة 23 يوليو", "ميدان 14 مارس": a name, not this year's date
    return Found(m.start(), m.end(), first, last, "day", "date" if m["y1"] else "day_month")


def month_only(m: re.Match[str], ctx: Context) -> Found | None:
    named = m["m1"]
    if named and not (m["pre"] or m["y1"] or m["ym1"] or m["yr1"] or re.search(r"[/(]|شهر", m[0])):
        return None  # a bare month name: too often a word or a name ("آب", "ماي", "نيسان")
    span = place(m, "1", None, ctx)
    if span is False:
        return None
    first, last = span or (None, None)
    start = m.start("pre") + len(m["pre"]) + 1 if m["pre"] else m.start()
    return Found(start, m.end(), first, last, "month", "month")


def ranges(m: re.Match[str], ctx: Context, rule: str) -> Found | None:
    lex = ctx.lex
    if rule == "range_md":
        a, b = (int(m["da"]),) * 2, (int(m["db"]),) * 2
    else:
        a, b = _day(m, "a", lex), _day(m, "b", lex)
    if not a or not b:
        return None
    if rule == "range2":
        end = place(m, "b", b, ctx)
        if end is False:
            return None
        if end and not m["ya"] and not m["yma"]:  # the first date borrows the year of the second
            month = _month(m, "a", ctx)
            if not month:
                return None
            year = end[0].year - (month[0] > end[0].month)
            start = cal.day_span(year, month[0], *a)
        else:
            start = place(m, "a", a, ctx)
        if start is False or (start is None) != (end is None):
            return None
        first, last = (start[0], end[1]) if start and end else (None, None)
    else:
        span = place(m, "1", (a[0], b[1]), ctx)
        if span is False:
            return None
        first, last = span or (None, None)
    return Found(m.start(), m.end(), first, last, "day", "range")


def word_before(ctx: Context, at: int) -> str:
    before = re.search(r"(\S+)\s+$", ctx.text[max(0, at - 40) : at])
    return before[1] if before else ""


def hijri(m: re.Match[str], ctx: Context, rule: str) -> Found | None:
    lex = ctx.lex
    month = int(m["m"]) if rule == "hijri_num" else lex.hijri_months[key(m["hm"])]
    day = int(m["d"]) if m["d"] else lex.days.get(key(m["o"])) if m["o"] else None
    mod = category(lex, m["hmod"]) if rule == "hijri" and m["hmod"] else None
    if rule == "hijri" and not (day or m["y"] or m["gy"] or m["sh"] or mod):
        return None  # "صفر", "رجب", "رمضان" alone are also words and names
    first = last = None
    if m["y"]:
        if day:
            first = cal.hijri_to_gregorian(int(m["y"]), month, day)
        else:
            first, last = cal.hijri_month_span(int(m["y"]), month) or (None, None)
        if first is None:
            return None
    elif m["gy"]:
        start = cal.hijri_in_gregorian_year(month, day or 1, int(m["gy"]))
        if start and not day:
            first, last = cal.hijri_month_span(cal.hijri_year_of(start) or 0, month) or (None, None)
        else:
            first = start
    elif ctx.anchor:
        first = cal.hijri_near(month, day or 1, ctx.anchor, mod)
        if first and not day:
            first, last = cal.hijri_month_span(cal.hijri_year_of(first) or 0, month) or (None, None)
    grain: Grain = "day" if day else "month"
    return Found(m.start(), m.end(), first, last, grain, "hijri")


def holiday(m: re.Match[str], ctx: Context) -> Found:
    calendar_name, month, day = ctx.lex.holidays[key(m["h"])]
    year = int(m["y"]) if m["y"] else None
    value = None
    if calendar_name == "gregorian":
        value = dt.date(year, month, day) if year else ctx.anchor and dt.date(ctx.anchor.year, month, day)
    elif calendar_name == "easter":
        value = cal.easter(year) if year else ctx.anchor and cal.easter(ctx.anchor.year)
    elif year:
        value = cal.hijri_in_gregorian_year(month, day, year)
    elif ctx.anchor:
        value = cal.hijri_next(month, day, ctx.anchor)
    return Found(m.start(), m.end(), value or None, None, "day", "holiday")


def year_only(m: re.Match[str], ctx: Context) -> Found:
    year = int(m["y"])
    start = m.start("y") if m["pre"] else m.start()  # "مطلع 2025", "صيف 2024": the year itself
    return Found(start, m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "year")


def year_range(m: re.Match[str], ctx: Context) -> Found | None:
    first, last = int(m["ya"]), int(m["yb"])
    if not first < last or not (m["kw"] or m["sep"] in ("-", "–")):
        return None
    return Found(m.start(), m.end(), dt.date(first, 1, 1), dt.date(last, 12, 31), "year", "range")


def hijri_year(m: re.Match[str], ctx: Context) -> Found | None:
    first = cal.hijri_month_span(int(m["y"]), 1)
    last = cal.hijri_month_span(int(m["y"]), 12)
    if not first or not last:
        return None
    return Found(m.start(), m.end(), first[0], last[1], "year", "hijri")


def month_number(m: re.Match[str], ctx: Context) -> Found | None:
    year, month = int(m["y"]), int(m["m"])
    return Found(m.start(), m.end(), dt.date(year, month, 1), cal.month_end(year, month), "month", "month")


def vague(m: re.Match[str], ctx: Context) -> Found:
    return Found(m.start(), m.end(), None, None, None, "vague")


def span_days(found: list[Found], ctx: Context) -> list[Found]:
    """Spans such as "على مدى ثلاثة أيام بدءاً من X": N days starting on the date X."""
    out = []
    for m in ctx.lex.patterns["span_days"].finditer(ctx.text):
        n = int(m["n"]) if m["n"] else ctx.lex.cardinals.get(key(m["nc"] or ""), 2 if m["nc"] is None else 0)
        start = next((f for f in found if f.start == m.end() and f.grain == "day"), None)
        if start and n:
            last = start.value + dt.timedelta(days=n - 1) if start.value else None
            out.append(Found(m.start(), start.end, start.value, last, "day", "range"))
    return out
