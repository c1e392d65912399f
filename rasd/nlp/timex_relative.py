"""The rules of `rasd.nlp.timex` that need the anchor: relative days, weekdays, weeks, months
and years counted from the publication date ("أمس", "الخميس الماضي", "الأسابيع الثلاثة المقبلة").

Each rule reads one regex match over the normalised text and returns a `Found` or None.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from rasd.nlp import timex_resolve as cal
from rasd.nlp.timex_lex import TimeLexicon, key
from rasd.nlp.timex_rules import Context, Found, category, place, word_before


def relday(m: re.Match[str], ctx: Context) -> Found:
    value = None
    if ctx.anchor:
        value = ctx.anchor + dt.timedelta(days=int(ctx.lex.words["relday"][key(m["r"])]))
        if m["w"]:
            value = cal.weekday_before(value, ctx.lex.weekdays[key(m["w"])], strict=False)
    start = m.start("r")
    return Found(start, m.end(), value, None, "day", "relative_day")


def _weekday_number(lex: TimeLexicon, word: str) -> int:
    word = key(word)
    return lex.weekdays.get(word, lex.weekdays.get("ال" + word, 0))


def weekday(m: re.Match[str], ctx: Context, rule: str) -> Found | None:
    lex, anchor = ctx.lex, ctx.anchor
    weekday = _weekday_number(lex, m["w"])
    mod = category(lex, m["mod"]) if "mod" in m.re.groupindex and m["mod"] else None
    if rule == "wd_week" and not (mod or m["this"]):
        return None
    value = None
    if anchor and rule == "wd_week":
        monday = cal.week_start(anchor) + dt.timedelta(weeks={"past": -1, "next": 1}.get(mod or "", 0))
        value = monday + dt.timedelta(days=weekday)
    elif anchor and rule == "wd_this":
        value = cal.weekday_after(anchor, weekday, strict=False)
    elif anchor and mod in ("past", "next"):
        move = cal.weekday_before if mod == "past" else cal.weekday_after
        value = move(anchor, weekday, strict=True)
    elif anchor and mod == "current":
        value = cal.week_start(anchor) + dt.timedelta(days=weekday)
    elif anchor:
        if ctx.bare_weekday == "ahead":  # "يزور … الاثنين" on a Monday's page: that day, not the next
            value = cal.weekday_after(anchor, weekday, strict=False)
        elif _future_context(ctx, m.start()):
            value = cal.weekday_after(anchor, weekday, strict=True)
        else:
            value = cal.weekday_before(anchor, weekday, strict=False)
    return Found(m.start(), m.end(), value, None, "day", "weekday")


def _future_context(ctx: Context, at: int) -> bool:
    """Whether the sentence around `at` is about the future (or the caller assumes so)."""
    if ctx.bare_weekday == "future":
        return True
    i = bisect.bisect_left(ctx.sentences, at)
    start = ctx.sentences[i - 1] + 1 if i else 0
    end = ctx.sentences[i] if i < len(ctx.sentences) else len(ctx.text)
    return ctx.lex.patterns["future"].search(ctx.text, start, end) is not None


def nth_weekday(m: re.Match[str], ctx: Context, rule: str) -> Found | None:
    lex = ctx.lex
    word = key(m["o"] or m["o2"])
    nth = -1 if word.endswith(("اخر", "الاخير", "الاخيره")) else lex.days.get(word)
    if not nth or nth > 5:
        return None
    span = place(m, "1", None, ctx)
    if span is False:
        return None
    if span is None:
        return Found(m.start(), m.end(), None, None, "week" if rule == "nth_week" else "day", "nth_weekday")
    year, month = span[0].year, span[0].month
    if rule == "nth_week":
        monday = cal.nth_full_week(year, month, nth)
        last = monday + dt.timedelta(days=6) if monday else None
        return Found(m.start(), m.end(), monday, last, "week", "nth_week") if monday else None
    value = cal.nth_weekday(year, month, _weekday_number(lex, m["w"] or m["w2"]), nth)
    return Found(m.start(), m.end(), value, None, "day", "nth_weekday") if value else None


def unit(m: re.Match[str], ctx: Context) -> Found | None:
    unit = ctx.lex.words["unit"][key(m["u"] or m["uh"])]
    word = word_before(ctx, m.start())
    if key(m["u"] or "") == "عام" and word.startswith("ال") and word not in ctx.lex.words["function"]:
        return None  # "الأمين العام السابق": العام is the adjective "general", not "year"
    step = {"past": -1, "next": 1}.get(category(ctx.lex, m["mod"]) or "", 0) if m["mod"] else 0
    if m["twice"]:  # "العام قبل الماضي", "الأسبوع بعد المقبل"
        if step != (-1 if m["twice"] == "قبل" else 1):
            return None
        step *= 2
    first = last = None
    if ctx.anchor and unit == "week":
        first = cal.week_start(ctx.anchor) + dt.timedelta(weeks=step)
        last = first + dt.timedelta(days=6)
    elif ctx.anchor and unit == "month":
        first = cal.shift_months(ctx.anchor, step)
        last = cal.month_end(first.year, first.month)
    elif ctx.anchor:
        first, last = dt.date(ctx.anchor.year + step, 1, 1), dt.date(ctx.anchor.year + step, 12, 31)
    return Found(m.start(), m.end(), first, last, unit, unit)


def units_n(m: re.Match[str], ctx: Context) -> Found | None:
    """The N whole units before or after the current one ("الأيام الثلاثة الماضية")."""
    unit = ctx.lex.words["count"][key(m["u"])].split(":")[0]
    n = int(m["n"]) if m["n"] else ctx.lex.cardinals.get(key(m["nc"]), 0) if m["nc"] else None
    if n is None:  # no number: only a dual says how many ("العامين الماضيين")
        n = int(ctx.lex.words["count"][key(m["u"])].split(":")[1])
        n = n if n == 2 else 0
    step = {"past": -1, "next": 1}.get(category(ctx.lex, m["mod"]) or "")
    if not n or not step or unit not in ("day", "week", "month", "year"):
        return None
    first = last = None
    if ctx.anchor:
        a = ctx.anchor
        if unit in ("day", "week"):
            size = 7 if unit == "week" else 1
            start = cal.week_start(a) if unit == "week" else a
            first = start + dt.timedelta(days=size if step > 0 else -size * n)
            last = first + dt.timedelta(days=size * n - 1)
        else:
            months = 12 if unit == "year" else 1
            base = a.replace(month=1, day=1) if unit == "year" else a.replace(day=1)
            first = cal.shift_months(base, months if step > 0 else -months * n)
            last = cal.shift_months(first, months * n) - dt.timedelta(days=1)
    return Found(m.start(), m.end(), first, last, unit, "period")


def ago(m: re.Match[str], ctx: Context) -> Found | None:
    unit, count = ctx.lex.words["count"][key(m["u"])].split(":")
    n = int(m["n"]) if m["n"] else ctx.lex.cardinals.get(key(m["nc"] or ""), 0) if m["nc"] else int(count)
    if not n or (int(count) == 0) != bool(m["n"] or m["nc"]):
        return None
    value = None
    if ctx.anchor:
        sign = 1 if m["dir"] == "بعد" else -1
        if unit in ("hour", "minute"):
            value = ctx.anchor  # hours ago: the day is the anchor's, give or take midnight
        elif unit in ("day", "week"):
            value = ctx.anchor + sign * dt.timedelta(days=n * (7 if unit == "week" else 1))
        else:
            months = sign * n * (12 if unit == "year" else 1)
            first = cal.shift_months(ctx.anchor, months)
            value = first.replace(day=min(ctx.anchor.day, cal.month_end(first.year, first.month).day))
    return Found(m.start(), m.end(), value, None, "day", "ago")
