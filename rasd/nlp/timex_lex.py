"""The word lists and regular expressions behind `rasd.nlp.timex`, loaded from `rasd/data/time/`.

Every phrase is folded to the matching form (`rasd.lang.normalize.fold`) when it is loaded, so the
patterns run on the normalised text and their spans map back to the original. Gregorian month
names come from CLDR through `rasd.lang.months`; weekday names from Babel; the rest is data.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from babel.dates import get_day_names

from rasd.errors import DataFileError
from rasd.lang.months import month_lexicon
from rasd.lang.normalize import fold
from rasd.lang.prefilter import PatternGate
from rasd.resources import read_tsv

CATEGORIES = (
    "relday",
    "past",
    "next",
    "current",
    "unit",
    "count",
    "vague",
    "future",
    "weekday",
    "part",
    "start",
    "function",
    "season",
    "name",
)


#: The patterns no rule reads as a match of its own (a sentence end, the future words around a weekday).
UNGATED = frozenset({"sentence", "future"})


@dataclass(frozen=True)
class TimeLexicon:
    """Folded phrase -> value tables, one per kind of word; loaded once (`load_time_lexicon`, held by
    `EventLexicon.times`) with its compiled patterns, and passed to `find_times`."""

    words: dict[str, dict[str, str]]  # category -> phrase -> value
    days: dict[str, int]  # ordinal day words 1-31
    cardinals: dict[str, int]
    months: dict[str, int]  # Gregorian, every system (CLDR + variants)
    hijri_months: dict[str, int]
    weekdays: dict[str, int]  # with the article, 0 = Monday
    holidays: dict[str, tuple[str, int, int]]  # name -> (calendar, month, day)

    @functools.cached_property
    def patterns(self) -> dict[str, re.Pattern[str]]:
        """Every compiled pattern of the stage, by rule name (`compile_patterns`), compiled once."""
        return compile_patterns(self)

    @functools.cached_property
    def gate(self) -> PatternGate:
        """Which rules' patterns can match a text: a necessary condition, so skipping the others changes
        nothing (`rasd.lang.prefilter`)."""
        return PatternGate({n: p for n, p in self.patterns.items() if n not in UNGATED})

    @functools.cached_property
    def found(self) -> dict[tuple[str, dt.date | None, str], Any]:
        """`find_times`'s last answers by (text, anchor, bare_weekday), for this lexicon (filled and
        emptied by `rasd.nlp.timex.find_times`)."""
        return {}


def _split(relpath: str, number: str, spellings: str) -> list[str]:
    names = [fold(s.strip()) for s in spellings.split("|") if s.strip()]
    if not names or not number.isdigit():
        raise DataFileError(f"{relpath}: bad row {number!r} {spellings!r}")
    return names


def _ordinal_days() -> dict[str, int]:
    parts: dict[str, dict[str, int]] = {}
    for row in read_tsv("time/ordinals.tsv", ("kind", "value", "spellings")):
        for name in _split("time/ordinals.tsv", row["value"], row["spellings"]):
            parts.setdefault(row["kind"], {})[name] = int(row["value"])
    days = dict(parts.get("unit", {})) | dict(parts.get("first", {}))
    days |= parts.get("tens", {})
    for unit, n in parts.get("compound", {}).items():
        for teen in parts.get("teen", {}):
            days[f"{unit} {teen}"] = 10 + n
        for tens, t in parts.get("tens", {}).items():
            if t + n <= 31:
                days[f"{unit} و{tens}"] = days[f"{unit} و {tens}"] = t + n
    return days


@functools.cache
def load_time_lexicon() -> TimeLexicon:
    """Read and validate every file of `rasd/data/time/` (once per process: `load_event_lexicon`)."""
    words: dict[str, dict[str, str]] = {c: {} for c in CATEGORIES}
    for row in read_tsv("time/words.tsv", ("category", "phrase", "value"), min_columns=2):
        if row["category"] not in words:
            raise DataFileError(f"time/words.tsv: unknown category {row['category']!r}")
        words[row["category"]][fold(row["phrase"])] = row["value"]
    cardinals = {
        name: int(row["value"])
        for row in read_tsv("time/cardinals.tsv", ("value", "spellings"))
        for name in _split("time/cardinals.tsv", row["value"], row["spellings"])
    }
    hijri = {
        fold(row["spelling"]): int(row["month"])
        for row in read_tsv("time/hijri_months.tsv", ("spelling", "month", "note"), min_columns=2)
    }
    weekdays = {fold(name): number for number, name in get_day_names("wide", locale="ar").items()}
    weekdays |= {name: int(value) for name, value in words["weekday"].items()}
    holidays = {}
    for row in read_tsv("time/holidays.tsv", ("name", "calendar", "month", "day")):
        if row["calendar"] not in ("hijri", "gregorian", "easter"):
            raise DataFileError(f"time/holidays.tsv: unknown calendar {row['calendar']!r}")
        holidays[fold(row["name"])] = (row["calendar"], int(row["month"]), int(row["day"]))
    return TimeLexicon(words, _ordinal_days(), cardinals, month_lexicon(), hijri, weekdays, holidays)


def alt(names) -> str:
    """A regex matching any of the phrases (the longest it can), any run of spaces between words.

    The phrases are compiled into a character trie, so the engine tries one branch per letter instead
    of every phrase in turn: the ordinal days alone are over 400 phrases.
    """
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(r"\s+" if c == " " else re.escape(c)) + build(child) for c, child in node.items() if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return build(trie)


def key(phrase: str) -> str:
    """The lexicon key of a matched phrase: single spaces, lower case."""
    return re.sub(r"\s+", " ", phrase).lower()


def patterns(lex: TimeLexicon | None = None) -> dict[str, re.Pattern[str]]:
    """Every compiled pattern of the stage, by rule name: `lex.patterns` (the files' when not given)."""
    return (lex or load_time_lexicon()).patterns


def compile_patterns(lex: TimeLexicon) -> dict[str, re.Pattern[str]]:
    """Every pattern of the stage, compiled from the lexicon's word lists."""
    w = lex.words
    mod = alt([*w["past"], *w["next"], *w["current"]])
    month = f"(?:{alt(lex.months)})"  # the CLDR names of rasd.lang.months, as a trie
    hmonth = f"(?:{alt(lex.hijri_months)})"
    ordinal = alt(lex.days)
    card = alt(lex.cardinals)
    wd = alt(lex.weekdays)
    bare_wd = alt({n[2:] for n in lex.weekdays if n.startswith("ال")})
    unit = alt(w["unit"])
    lb, rb = r"(?:(?<!\w)|(?<=(?<!\w)[وب]))", r"(?!\w)"  # a match may follow the clitic و or ب

    def day(s: str) -> str:
        return (
            rf"(?:(?P<d{s}>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)|(?:اليوم\s+)?(?P<o{s}>{ordinal})(?:\s+يوم)?{rb}"
            rf"|(?P<p{s}>{alt(w['part'])}){rb})"
        )

    def mref(s: str) -> str:
        named = rf"(?:(?:ال)?شهر\s+)?(?P<m{s}>{month})(?:\s*[/\\(\-–]\s*(?:{month})\)?|\s+\((?:{month})\))?"
        numbered = rf"(?:ال)?شهر\s+(?:(?P<mn{s}>1[0-2]|0?[1-9])(?!\d)|(?P<mc{s}>{card}){rb})"
        ordered = rf"الشهر\s+(?P<mo{s}>{ordinal}){rb}"
        relative = rf"(?:(?:ال)?شهر\s+(?P<mm{s}>{mod})|(?P<mh{s}>هذا\s+الشهر)){rb}"
        return rf"(?:{relative}|{named}|{numbered}|{ordered})"

    def yref(s: str) -> str:
        kw = r"(?:(?:من|في)\s+)?(?:[لب]?عام|العام|سنه|السنه|لسنه|بسنه)"
        return (
            rf"(?:\s*,?\s*(?:{kw}\s*)?(?P<y{s}>(?:19|20)\d\d)(?!\d)(?:\s*م{rb})?"
            rf"|\s+(?:{kw}\s+|ال(?:عام|سنه)\s+)(?P<yr{s}>{mod}){rb}|\s+(?P<ym{s}>{mod}){rb})?"
        )

    sep = r"\s*(?:-|–|الي|حتي|وحتي|و|ولغايه|لغايه)\s*"
    wd_prefix = rf"(?:(?:يوم\s+)?(?P<wp>{wd})\s*,?\s*(?:الموافق\s+)?(?:في\s+)?)?"
    date = rf"{day('1')}\s*,?\s*(?:من\s+|في\s+|ب)?{mref('1')}{yref('1')}"
    hday = rf"(?:(?P<d>[0-3]?\d)(?!\d)|(?P<o>{ordinal}))"
    hyear = r"(?:\s*,?\s*(?:(?:من\s+)?(?:عام|سنه)\s+)?(?P<y>1[34]\d\d)(?!\d)(?:\s*ه(?!\w))?)"
    src = {
        "vague": rf"{lb}(?:{alt(w['vague'])}){rb}",
        "holiday": rf"{lb}(?P<h>{alt(lex.holidays)})(?:\s+(?:عام\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?",
        # the weekday may follow in brackets or after a dash: "مساء اليوم (الاثنين)", "اليوم - الخميس"
        "relday": rf"{lb}(?:في\s+)?(?P<r>{alt(w['relday'])}){rb}(?:\s*[,(\-–]?\s*(?P<w>{wd}){rb}\)?)?",
        "ago": rf"{lb}(?P<dir>منذ|قبل|بعد)\s+(?:(?P<n>\d{{1,3}})\s+|(?P<nc>{card})\s+)?"
        rf"(?P<u>{alt(w['count'])}){rb}",
        "units_n": rf"{lb}ال(?P<u>{alt(w['count'])})\s+(?:(?:ال)?(?:(?P<n>\d{{1,3}})|(?P<nc>{card}))\s+)?"
        rf"(?P<mod>{mod}){rb}",
        "unit_rel": rf"{lb}(?:(?:ال)?(?P<u>{unit})\s+(?:(?P<twice>قبل|بعد)\s+)?(?P<mod>{mod})"
        rf"|(?:هذا|هذه)\s+ال(?P<uh>{unit})){rb}",
        "wd_week": rf"{lb}(?:يوم\s+)?(?P<w>{wd}|{bare_wd})\s+(?:من\s+)?(?:(?P<this>هذا)\s+)?ال(?:اسبوع)"
        rf"(?:\s+(?P<mod>{mod}))?{rb}",
        "wd_rel": rf"{lb}(?:يوم\s+)?(?P<w>{wd})\s+(?P<mod>{mod}){rb}",
        "wd_this": rf"{lb}هذا\s+(?P<w>{wd}){rb}",
        "wd_bare": rf"{lb}(?:يوم\s+)?(?P<w>{wd}){rb}",
        "nth_wd": rf"{lb}(?:(?P<o>{ordinal}|اخر)\s+(?:يوم\s+)?(?P<w>{bare_wd}|{wd})|(?P<w2>{wd})\s+"
        rf"(?P<o2>{ordinal}|الاخير|الاخيره)){rb}\s*(?:من|في|ب)\s*{mref('1')}{yref('1')}",
        "nth_week": rf"{lb}(?:(?P<o>اول|اخر)\s+اسبوع|الاسبوع\s+(?P<o2>الاول|الاخير))\s*(?:من|في|ب)\s*"
        rf"{mref('1')}{yref('1')}",
        "range": rf"{lb}(?:(?:من|بين)\s+)?{day('a')}{sep}{day('b')}\s*(?:من\s+)?{mref('1')}{yref('1')}",
        "range2": rf"{lb}(?:من|بين)\s+{day('a')}\s*(?:من\s+)?{mref('a')}{yref('a')}{sep}"
        rf"{day('b')}\s*(?:من\s+)?{mref('b')}{yref('b')}",
        "range_md": rf"{lb}{mref('1')}\s+(?P<da>[0-3]?\d){sep}(?P<db>[0-3]?\d)(?!\d){yref('1')}",
        "date": rf"{lb}{wd_prefix}{date}",
        "month": rf"{lb}(?:(?P<pre>في|خلال|منذ|مطلع|حتي)\s+)?{mref('1')}{yref('1')}",
        "hijri": rf"{lb}(?:{hday}\s*(?:من\s+)?)?(?P<sh>شهر\s+)?(?P<hm>{hmonth}){rb}"
        rf"(?:{hyear}|\s+(?:عام\s+)?(?P<gy>(?:19|20)\d\d)(?!\d)|\s+(?P<hmod>{mod}){rb})?",
        "hijri_num": r"(?<![\d/.-])(?P<d>[0-3]?\d)[-/](?P<m>[01]?\d)[-/](?P<y>1[34]\d\d)(?!\d)"
        r"(?:\s*ه(?!\w))?",
        "month_num": r"(?<![\d/.-])(?P<m>1[0-2]|0?[1-9])/(?P<y>(?:19|20)\d\d)(?![\d/])",
        "year_range": rf"{lb}(?:(?P<kw>من|بين|[لب]?عامي|العامين|سنتي|الفتره)\s+)?"
        r"(?:(?:من\s+)?(?:عام|سنه)\s+)?(?P<ya>(?:19|20)\d\d)\s*(?P<sep>-|–|/|الي|حتي|و)\s*(?:(?:عام|سنه)\s+)?(?P<yb>(?:19|20)\d\d)(?!\d)",
        "hijri_year": rf"{lb}(?:[لب]?عام|العام|سنه|السنه)\s+(?P<y>1[34]\d\d)\s*ه(?!\w)",
        "year": rf"{lb}(?:(?:[لب]?عام|العام|سنه|السنه)\s+|(?P<pre>{alt(w['season'])})\s+(?:عام\s+)?)"
        r"(?P<y>(?:19|20)\d\d)(?!\d)",
        "span_days": rf"{lb}(?:علي\s+مدي|لمده|خلال)\s+(?:(?P<n>\d{{1,2}})\s+|(?P<nc>{card})\s+)?"
        rf"(?P<u>ايام|يوما|يومين)\s*,?\s*(?:{alt(w['start'])})\s+",
        "future": rf"{lb}(?:{alt(w['future'])}){rb}",
        "sentence": r"[.!?؟\n]",
    }
    return {name: re.compile(p, re.IGNORECASE) for name, p in src.items()}
