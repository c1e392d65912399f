"""Find role phrases that stand for a person: "الرئيس الروسي", "رئيس وزراء إسرائيل", "المتحدث باسم الكرملين".

Titles come from roles.tsv through the catalog; states are named by a nationality adjective, by a
name in the genitive, or fixed by the title itself. The matcher only finds (role, state) pairs;
`link.py` decides who held the office on the story's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rasd.lang.normalize import fold, normalize
from rasd.nlp.catalog import Catalog

_PRE = r"(?<![^\s\"'(«“،,.:؛-])(?:[وفبك]|ول|فل|وب)?"  # a word start, with a glued conjunction or preposition
_END = r"(?![^\W\d_])"


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
        first = f"(?:ال|ل(?=ل)|(?<=ل)ل){first[2:]}"
    return r"\s+".join([first, *parts[1:]])


def _key(title: str) -> str:
    """The longest word of a title without its article: a substring any match must contain."""
    words = [w[2:] if w.startswith("ال") else w for w in fold(title).replace("…", " ").split()]
    return max(words, key=len)


class RoleMatcher:
    """Compiled patterns for every title in the catalog; build once, search many stories."""

    def __init__(self, catalog: Catalog) -> None:
        adjectives = dict(catalog.adjective_forms())
        names = {
            form: entity_id
            for form, entity_id in catalog.surface_forms()
            if (e := catalog.get(entity_id)) is not None
            and e.kind in ("country", "territory", "organisation")
        }
        self._adjectives, self._names = adjectives, names
        adj, name = _alt(adjectives), _alt(names)
        lam_names = _alt(n[2:] for n in names if n.startswith("ال"))
        self._patterns: list[tuple[str, re.Pattern[str], str, str | None, bool]] = []
        for t in catalog.role_titles():
            title = _title(t.title_ar.replace("…", " ").strip())
            for attach in t.attach:
                if attach == "adjective":
                    if "…" in t.title_ar:
                        head, tail = (_title(p) for p in t.title_ar.split("…"))
                        body = rf"{head}\s+(?P<adj>{adj})\s+{tail}"
                    else:
                        body = rf"{title}\s+(?P<adj>{adj})"
                elif attach == "genitive":
                    body = rf"{title}\s+(?:(?:ل|في\s+|باسم\s+)?(?P<name>{name})|لل(?P<lam>{lam_names}))"
                elif attach == "fixed" and t.of:
                    body = title
                else:
                    continue
                key = _key(t.title_ar)
                regex = re.compile(_PRE + "(?P<role>" + body + ")" + _END)
                self._patterns.append((key, regex, t.role, t.of, t.acting))

    def find(self, text: str) -> list[RoleHit]:
        """Longest non-overlapping role phrases, in text order."""
        norm = normalize(text)
        found = []
        for key, pattern, role, fixed, acting in self._patterns:
            if key not in norm.text:  # a literal pre-check: most titles are absent from a story
                continue
            for m in pattern.finditer(norm.text):
                of = fixed
                if m.groupdict().get("adj"):
                    of = self._adjectives.get(m["adj"])
                elif m.groupdict().get("name"):
                    of = self._names.get(m["name"])
                elif m.groupdict().get("lam"):
                    of = self._names.get("ال" + m["lam"])
                if of:
                    found.append((m.start("role"), m.end("role"), role, of, acting))
        found.sort(key=lambda f: (f[0] - f[1], f[0]))
        taken: list[tuple[int, int]] = []
        hits = []
        for start, end, role, of, acting in found:
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            hits.append(RoleHit(*norm.to_original(start, end), role, of, acting))
        return sorted(hits, key=lambda h: h.start)
