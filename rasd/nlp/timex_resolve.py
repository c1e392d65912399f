"""Calendar arithmetic for `rasd.nlp.timex`: placing a day and month in a year, weekdays, weeks,
Hijri conversion (Umm al-Qura, via hijridate) and Easter. Pure functions of their arguments.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hijridate import Gregorian, Hijri

#: A date with no year is put in the anchor's year unless that lies further than this from the
#: anchor, in which case the neighbouring year is used ("5 يناير" written on 20 December).
MAX_DISTANCE_DAYS = 270


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def weekday_before(day: dt.date, weekday: int, strict: bool) -> dt.date:
    back = (day.weekday() - weekday) % 7
    return day - dt.timedelta(days=7 if strict and back == 0 else back)


def weekday_after(day: dt.date, weekday: int, strict: bool) -> dt.date:
    ahead = (weekday - day.weekday()) % 7
    return day + dt.timedelta(days=7 if strict and ahead == 0 else ahead)


def week_start(day: dt.date) -> dt.date:
    """The Monday that starts the (ISO) week of `day`."""
    return day - dt.timedelta(days=day.weekday())


def day_span(year: int, month: int, first: int | str, last: int | str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a day range inside a month ("end" = the month's last day)."""
    end = month_end(year, month).day
    a = end if first == "end" else int(first)
    b = end if last == "end" else int(last)
    if not 1 <= a <= b <= end:
        return None
    return dt.date(year, month, a), dt.date(year, month, b)


def choose_year(
    month: int,
    first: int | str,
    last: int | str,
    anchor: dt.date,
    mod: str | None,
    weekday: int | None = None,
    month_grain: bool = False,
) -> tuple[dt.date, dt.date] | None:
    """Place a month (and days) with no written year relative to the anchor.

    `mod` is past / next / current / None. Past is the latest such date before the anchor, next the
    earliest after it, current the anchor's year; with no modifier, a named weekday picks the year it
    matches, else the anchor's year unless that is more than MAX_DISTANCE_DAYS away.
    """
    spans = {y: day_span(y, month, first, last) for y in (anchor.year - 1, anchor.year, anchor.year + 1)}
    spans = {y: s for y, s in spans.items() if s}
    if not spans:
        return None
    pivot = anchor.replace(day=1) if month_grain else anchor
    if mod == "past":
        before = [s for s in spans.values() if s[0] < pivot]
        return max(before) if before else None
    if mod == "next":
        after = [s for s in spans.values() if s[0] > pivot]
        return min(after) if after else None
    if mod == "current":
        return spans.get(anchor.year)
    if anchor.year not in spans:  # 29 February in a common year: the nearest leap year
        return min(spans.values(), key=lambda s: abs((s[0] - anchor).days))
    if weekday is not None:
        fitting = [s for s in spans.values() if s[0].weekday() == weekday]
        if fitting:
            return min(fitting, key=lambda s: abs((s[0] - anchor).days))
    span = spans[anchor.year]
    distance = (span[0] - anchor).days
    if distance > MAX_DISTANCE_DAYS and anchor.year - 1 in spans:
        return spans[anchor.year - 1]
    if distance < -MAX_DISTANCE_DAYS and anchor.year + 1 in spans:
        return spans[anchor.year + 1]
    return span


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The nth (1-5, or -1 for the last) given weekday of a month."""
    days = [
        d for d in range(1, month_end(year, month).day + 1) if dt.date(year, month, d).weekday() == weekday
    ]
    index = nth - 1 if nth > 0 else nth
    return dt.date(year, month, days[index]) if -len(days) <= index < len(days) else None


def nth_full_week(year: int, month: int, nth: int) -> dt.date | None:
    """The Monday of the nth (or last, -1) Monday-to-Sunday week lying wholly inside a month."""
    end = month_end(year, month).day
    mondays = [d for d in range(1, end - 5) if dt.date(year, month, d).weekday() == 0]
    index = nth - 1 if nth > 0 else nth
    return dt.date(year, month, mondays[index]) if -len(mondays) <= index < len(mondays) else None


def _plain(day: Gregorian) -> dt.date:
    return dt.date(day.year, day.month, day.day)


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """A Hijri date in the Gregorian calendar; day 30 of a 29-day month is read as the next day."""
    try:
        return _plain(Hijri(year, month, day).to_gregorian())
    except (ValueError, OverflowError):
        if day != 30:
            return None
    before = hijri_to_gregorian(year, month, 29)
    return before + dt.timedelta(days=1) if before else None


def hijri_month_span(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    try:
        first = Hijri(year, month, 1)
        last = Hijri(year, month, first.month_length())
        return _plain(first.to_gregorian()), _plain(last.to_gregorian())
    except (ValueError, OverflowError):
        return None


def hijri_year_of(day: dt.date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def hijri_in_gregorian_year(month: int, day: int, gyear: int) -> dt.date | None:
    """The Gregorian date of a Hijri day-of-year falling in a given Gregorian year (the first one)."""
    start = hijri_year_of(dt.date(gyear, 1, 1))
    for hyear in (start, start + 1) if start else ():
        found = hijri_to_gregorian(hyear, month, day)
        if found and found.year == gyear:
            return found
    return None


def hijri_next(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The first Gregorian date on or after the anchor of a Hijri day-of-year."""
    start = hijri_year_of(anchor)
    for hyear in (start, start + 1) if start else ():
        found = hijri_to_gregorian(hyear, month, day)
        if found and found >= anchor:
            return found
    return None


def hijri_near(month: int, day: int, anchor: dt.date, mod: str | None) -> dt.date | None:
    """A Hijri day-of-year with no year: the last before the anchor (past), the first after it
    (next), the one in the anchor's Hijri year (current), else the first after half a year ago."""
    start = hijri_year_of(anchor)
    if start is None:
        return None
    found = [d for y in (start - 1, start, start + 1) if (d := hijri_to_gregorian(y, month, day))]
    if mod == "past":
        return max((d for d in found if d < anchor), default=None)
    if mod == "next":
        return min((d for d in found if d > anchor), default=None)
    if mod == "current":
        return hijri_to_gregorian(start, month, day)
    return min((d for d in found if d >= anchor - dt.timedelta(days=180)), default=None)


def easter(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)
