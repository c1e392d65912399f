"""Which of many regular expressions can match a text, decided by one Aho-Corasick pass over it.

Each pattern is read with Python's own regex parser into *required factors*: strings of which every
match holds at least one ("19" or "20" for a year; a month name for a date). A text that holds none
of a pattern's factors cannot match it, so the pattern need not run. The gate is only a necessary
condition: a pattern it lets through runs as before, so the patterns find exactly what they found
without it, only fewer of them run (most sentences of a story name no date at all).

Under `re.IGNORECASE` a Latin letter stands for both cases: factors hold it in lower case and the
text is lower-cased before the pass. Four characters outside ASCII also match a Latin letter
(İ ı ſ K); a text holding one lets every pattern through.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from re import _constants as _sre  # type: ignore[attr-defined]  # Python's own regex parser (3.11+)
from re import _parser as _parse  # type: ignore[attr-defined]

import ahocorasick

#: The most strings a factor, prefix or suffix set may hold while literals are joined.
MAX_STRINGS = 64
#: The most clauses kept per pattern (the most selective ones).
MAX_CLAUSES = 6
#: Non-ASCII characters that `re.IGNORECASE` matches to an ASCII letter (tests/lang/test_prefilter.py).
CASE_TRAPS = frozenset("\u0130\u0131\u017f\u212a")

_ASCII_DIGITS = frozenset("0123456789")
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # a digit of another script (one class: a fast scan)
_TRAP = re.compile("[" + "".join(sorted(CASE_TRAPS)) + "]")
_Set = frozenset[str]
_EMPTY: _Set = frozenset({""})
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))
_GROUPS = (_sre.SUBPATTERN, getattr(_sre, "ATOMIC_GROUP", _sre.SUBPATTERN))


class _Info:
    """What a parsed item can match: `exact` (every string, when few and plain, else None), `req`
    (clauses: sets each of which holds a string of every match), `prefix` and `suffix` (sets one of
    which every match starts or ends with; {""} when nothing is known)."""

    __slots__ = ("exact", "prefix", "req", "suffix")

    def __init__(self, exact: _Set | None, req: tuple[_Set, ...], prefix: _Set, suffix: _Set) -> None:
        self.exact, self.req, self.prefix, self.suffix = exact, req, prefix, suffix

    def clauses(self) -> tuple[_Set, ...]:
        """Its requirements, its exact strings among them."""
        return _clauses(self.req, self.exact)


_UNKNOWN = _Info(None, (), _EMPTY, _EMPTY)
_ZERO_WIDTH = _Info(_EMPTY, (), _EMPTY, _EMPTY)


def _plain(strings: Iterable[str]) -> _Info:
    found = frozenset(strings)
    return _Info(found, (found,), found, found)


def _clauses(*parts: tuple[_Set, ...] | _Set | None) -> tuple[_Set, ...]:
    """Clauses and single sets joined, without the empty ones (a set holding "" requires nothing)."""
    out: list[_Set] = []
    for part in parts:
        for clause in (part,) if isinstance(part, frozenset) else part or ():
            if clause and "" not in clause and clause not in out:
                out.append(clause)
    return tuple(out)


def _best(clauses: tuple[_Set, ...]) -> _Set | None:
    """The most selective clause: the longest shortest string, then the fewest strings."""
    return max(clauses, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _char(code: int, ignorecase: bool) -> str | None:
    """The character as factors hold it; None when it cannot be one. Only caseless characters and,
    under IGNORECASE, lower-cased ASCII letters are kept, so a factor is found in the lower-cased text."""
    ch = chr(code)
    if ch.lower() == ch == ch.upper() and ch.casefold() == ch:
        return ch
    return ch.lower() if ignorecase and ch.isascii() else None


def _join(a: _Set, b: _Set) -> _Set | None:
    """Every string of `a` followed by every string of `b`; None when there would be too many."""
    if len(a) * len(b) > MAX_STRINGS:
        return None
    return frozenset(x + y for x in a for y in b)


def _cut(strings: set[str], keep_start: bool) -> _Set:
    """The set shortened (every string cut to its first or last k characters) to MAX_STRINGS at most."""
    k = max(map(len, strings), default=0)
    while len(strings) > MAX_STRINGS and k > 0:
        k -= 1
        strings = {s[:k] if keep_start else s[len(s) - k :] for s in strings}
    return frozenset(strings)


def _in(items: list, ignorecase: bool) -> _Info:
    """A character class: the set of its characters when it is a short list of plain ones."""
    chars: set[str] = set()
    for op, av in items:
        if op == _sre.CATEGORY and av == _sre.CATEGORY_DIGIT:
            chars.update(_ASCII_DIGITS)  # other scripts' digits: `PatternGate.possible` lets all through
            continue
        codes = [av] if op == _sre.LITERAL else range(av[0], av[1] + 1) if op == _sre.RANGE else None
        if codes is None or len(codes) > MAX_STRINGS:
            return _UNKNOWN  # a negation, a category (\d, \w, \s) or a wide range
        for code in codes:
            ch = _char(code, ignorecase)
            if ch is None:
                return _UNKNOWN
            chars.add(ch)
    return _plain(chars) if 0 < len(chars) <= MAX_STRINGS else _UNKNOWN


def _sequence(items: Iterable, ignorecase: bool) -> _Info:
    """Items matched one after another: runs of exact items are joined into longer strings, and every
    item's requirements hold (clauses of a conjunction)."""
    run: _Set = _EMPTY  # strings the text holds, ending where the current item starts
    prefix: _Set | None = None  # fixed at the first item that is not exact
    req: list[_Set] = []
    exact_all = True
    for op, av in items:
        info = _node(op, av, ignorecase)
        if info.exact is not None:
            joined = _join(run, info.exact)
            if joined is not None:
                run = joined
                continue
        exact_all = False
        before = _join(run, info.prefix) or run
        req += _clauses(before, info.clauses())
        if prefix is None:
            prefix = before
        run = info.suffix
    if not exact_all:
        req += _clauses(run)
    return _Info(run if exact_all else None, _clauses(tuple(req)), run if prefix is None else prefix, run)


def _branch(branches: list, ignorecase: bool) -> _Info:
    """Alternatives: a match holds a string of the union of each alternative's best clause."""
    infos = [_sequence(b.data, ignorecase) for b in branches]
    exact: set[str] | None = set()
    req: set[str] | None = set()
    for info in infos:
        if exact is not None and info.exact is not None and len(exact) + len(info.exact) <= MAX_STRINGS:
            exact.update(info.exact)
        else:
            exact = None
        best = _best(info.clauses())
        if req is not None and best is not None:
            req.update(best)
        else:
            req = None
    prefix = _cut({p for info in infos for p in info.prefix}, keep_start=True)
    suffix = _cut({s for info in infos for s in info.suffix}, keep_start=False)
    return _Info(
        frozenset(exact) if exact is not None else None,
        _clauses(frozenset(req) if req else None),
        prefix,
        suffix,
    )


def _node(op, av, ignorecase: bool) -> _Info:
    if op == _sre.LITERAL:
        ch = _char(av, ignorecase)
        return _UNKNOWN if ch is None else _plain((ch,))
    if op == _sre.IN:
        return _in(av, ignorecase)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return _ZERO_WIDTH
    if op in _GROUPS:
        if op == _sre.SUBPATTERN:
            _, add_flags, del_flags, pattern = av
            ignorecase = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            return _sequence(pattern.data, ignorecase)
        return _sequence(av.data, ignorecase)
    if op == _sre.BRANCH:
        return _branch(av[1], ignorecase)
    if op in _REPEATS:
        low, high, pattern = av
        info = _sequence(pattern.data, ignorecase)
        if low == 0:
            optional = info.exact | _EMPTY if info.exact is not None and high == 1 else None
            return _Info(optional, (), _EMPTY, _EMPTY)
        if low == high == 1:
            return info
        return _Info(None, info.clauses(), info.prefix, info.suffix)
    return _UNKNOWN  # any character, a category, a back reference, a conditional …


def required_factors(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Clauses of strings: every match of `pattern` holds a string of each clause (Latin letters
    lower-cased under IGNORECASE); () when nothing is known (the pattern must always run)."""
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    info = _sequence(_parse.parse(pattern.pattern, pattern.flags).data, ignorecase)
    return tuple(sorted(info.clauses(), key=lambda c: (-min(map(len, c)), len(c)))[:MAX_CLAUSES])


class PatternGate:
    """The patterns (by name) that can match a text: one automaton over all their required factors."""

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]) -> None:
        clause_ids: dict[frozenset[str], int] = {}
        self._needs: list[tuple[str, frozenset[int]]] = []
        for name, pattern in patterns.items():
            ids = frozenset(clause_ids.setdefault(c, len(clause_ids)) for c in required_factors(pattern))
            self._needs.append((name, ids))
        owners: dict[str, set[int]] = {}
        for clause, k in clause_ids.items():
            for factor in clause:
                owners.setdefault(factor, set()).add(k)
        self.names = frozenset(patterns)
        self._cased = any(f.lower() != f.upper() for f in owners)  # Latin letters, lower-cased
        self._digits = any(c in _ASCII_DIGITS for f in owners for c in f)
        self._automaton = ahocorasick.Automaton()
        for factor, ids in owners.items():
            self._automaton.add_word(factor, frozenset(ids))
        self._searchable = bool(owners)
        if owners:
            self._automaton.make_automaton()

    def possible(self, text: str) -> frozenset[str]:
        """The names of the patterns that may match somewhere in `text` (every one that does)."""
        if not self._searchable:
            return self.names
        if self._cased:
            if _TRAP.search(text):
                return self.names
            text = text.lower()
        if self._digits and _OTHER_DIGIT.search(text):
            return self.names  # \d matches every script's digits; factors hold only 0-9
        found: set[int] = set()
        for _, ids in self._automaton.iter(text):
            found |= ids
        return frozenset(name for name, needs in self._needs if needs <= found)
