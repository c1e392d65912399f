"""Find role phrases that stand for a person: "الرئيس الروسي", "رئيس وزراء إسرائيل", "المتحدث باسم الكرملين".

Titles come from roles.tsv through the catalog; states are named by a nationality adjective, by a
name in the genitive, or fixed by the title itself. The matcher only finds (role, state) pairs;
`link.py` decides who held the office on the story's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from rasd.lang.normalize import fold, normalize
from rasd.nlp.catalog import Catalog, RoleTitle

_PRE = r"(?<![^\s\"'(«“،,.:؛-])(?:[وفبك]|ول|فل|وب)?"  # a word start, with a glued conjunction or preposition
_END = r"(?![^\W\d_])"
_MAX_CLITIC = 2  # the longest glued conjunction or preposition _PRE allows (ول، فل، وب)


@dataclass(frozen=True, slots=True)
class RoleHit:
    start: int  # span in the original text
    end: int
    role: str
    of: str  # catalog id of the state or organisation
    acting: bool


def _alt(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True) if f)


def _title(form: str) -> str:
    """A title's regex: a leading ال may be written لل after the preposition ل."""
    parts = [re.escape(p) for p in fold(form).split()]
    first = parts[0]
    if first.startswith("ال"):
        first = f"(?:ال|لل){first[2:]}"
    return r"\s+".join([first, *parts[1:]])


def _first_words(form: str) -> tuple[str, ...]:
    """The literal first words `_title(form)` can match: as written, and with لل for a leading ال."""
    first = fold(form).split()[0]
    return (first, "لل" + first[2:]) if first.startswith("ال") else (first,)


def _scan(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, trying only `starts` (ascending) as start positions."""
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m:
            yield m
            end = max(m.end(), pos + 1)


def _title_keys(matched: str) -> tuple[str, str]:
    """The roles.tsv spellings a matched title may stand for: as written, or with لل read back as ال."""
    key = " ".join(matched.split())
    return key, "ال" + key[2:] if key.startswith("لل") else key


class RoleMatcher:
    """Titles compiled into one pattern per way of naming the state; build once, search many stories.

    One alternation of every title per attachment (adjective, genitive, fixed) keeps a story to a
    handful of patterns; the matched title is then looked up to give its role. A pattern is only
    tried where one of its titles' first words occurs (found for all patterns in one Aho-Corasick
    pass), a few characters earlier for a glued clitic: scanning every position of a story with
    alternations of hundreds of titles cost more than the rest of linking.
    """

    def __init__(self, catalog: Catalog) -> None:
        adjectives = dict(catalog.adjective_forms())
        names = {
            form: entity_id
            for form, entity_id in catalog.surface_forms()
            if (e := catalog.get(entity_id)) is not None
            and e.kind in ("country", "territory", "organisation")
        }
        self._adjectives, self._names = adjectives, names
        self._titles: dict[tuple[str, str], RoleTitle] = {}
        split: list[RoleTitle] = []  # "الرئيس … المؤقت": the state stands inside the title
        for t in catalog.role_titles():
            for attach in t.attach:
                if "…" in t.title_ar and attach == "adjective":
                    split.append(t)
                elif attach in ("adjective", "genitive") or (attach == "fixed" and t.of):
                    self._titles.setdefault((attach, fold(t.title_ar)), t)
        adj, name = _alt(adjectives), _alt(names)
        lam_names = _alt(n[2:] for n in names if n.startswith("ال"))

        def titles(attach: str) -> str:
            forms = sorted((f for a, f in self._titles if a == attach), key=len, reverse=True)
            return "|".join(_title(f) for f in forms)

        bodies = {
            "adjective": rf"(?P<title>{titles('adjective')})\s+(?P<adj>{adj})",
            "genitive": rf"(?P<title>{titles('genitive')})\s+(?:(?:ل|في\s+|باسم\s+)?(?P<name>{name})"
            rf"|لل(?P<lam>{lam_names}))",
            "fixed": rf"(?P<title>{titles('fixed')})",
        }
        self._patterns = [
            (attach, re.compile(_PRE + "(?P<role>" + body + ")" + _END)) for attach, body in bodies.items()
        ]
        self._split = [
            (t, re.compile(_PRE + "(?P<role>" + rf"{head}\s+(?P<adj>{adj})\s+{tail}" + ")" + _END))
            for t in split
            for head, tail in [tuple(_title(p) for p in t.title_ar.split("…"))]
        ]
        firsts = [
            *({w for a, f in self._titles if a == attach for w in _first_words(f)} for attach in bodies),
            *(set(_first_words(t.title_ar.split("…")[0])) for t in split),
        ]
        self._starts = _first_word_automaton(firsts)

    def _role(self, attach: str, m: re.Match[str]) -> tuple[RoleTitle | None, str | None]:
        written, restored = _title_keys(m["title"])
        title = self._titles.get((attach, written)) or self._titles.get((attach, restored))
        if title is None:
            return None, None
        groups = m.groupdict()
        if attach == "fixed":
            return title, title.of
        if groups.get("adj"):
            return title, self._adjectives.get(m["adj"])
        if groups.get("name"):
            return title, self._names.get(m["name"])
        return title, self._names.get("ال" + (groups.get("lam") or ""))

    def _candidates(self, text: str) -> list[list[int]]:
        """For each pattern (`_patterns`, then `_split`), the ascending positions where it may match."""
        found: list[set[int]] = [set() for _ in range(len(self._patterns) + len(self._split))]
        if len(self._starts):
            for last, (length, owners) in self._starts.iter(text):
                first = last - length + 1
                for k in owners:
                    found[k].update(range(max(0, first - _MAX_CLITIC), first + 1))
        return [sorted(positions) for positions in found]

    def find(self, text: str) -> list[RoleHit]:
        """Longest non-overlapping role phrases, in text order."""
        norm = normalize(text)
        starts = self._candidates(norm.text)
        found = []
        for (attach, pattern), where in zip(self._patterns, starts[: len(self._patterns)], strict=True):
            for m in _scan(pattern, norm.text, where):
                title, of = self._role(attach, m)
                if title is not None and of:
                    found.append((m.start("role"), m.end("role"), title.role, of, title.acting))
        for (title, pattern), where in zip(self._split, starts[len(self._patterns) :], strict=True):
            for m in _scan(pattern, norm.text, where):
                of = self._adjectives.get(m["adj"])
                if of:
                    found.append((m.start("role"), m.end("role"), title.role, of, title.acting))
        found.sort(key=lambda f: (f[0] - f[1], f[0]))
        taken: list[tuple[int, int]] = []
        hits = []
        for start, end, role, of, acting in found:
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            hits.append(RoleHit(*norm.to_original(start, end), role, of, acting))
        return sorted(hits, key=lambda h: h.start)


def _first_word_automaton(firsts: list[set[str]]) -> ahocorasick.Automaton:
    """Every first word → (its length, the indices of the patterns whose titles start with it)."""
    owners: dict[str, list[int]] = {}
    for k, words in enumerate(firsts):
        for word in words:
            owners.setdefault(word, []).append(k)
    automaton = ahocorasick.Automaton()
    for word, ks in owners.items():
        automaton.add_word(word, (len(word), tuple(ks)))
    if owners:
        automaton.make_automaton()
    return automaton
