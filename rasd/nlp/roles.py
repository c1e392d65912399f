"""Find role phrases that stand for a person: "الرئيس الروسي", "رئيس وزراء إسرائيل", "المتحدث باسم الكرملين".

Titles come from roles.tsv through the catalog; states are named by a nationality adjective, by a
name in the genitive, or fixed by the title itself. The matcher only finds (role, state) pairs;
`link.py` decides who held the office on the story's date.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from rasd.errors import DataFileError
from rasd.lang.normalize import Normalized, fold, normalize
from rasd.nlp.catalog import FOLDER, Catalog, RoleTitle, feminine
from rasd.records import CatalogEntity
from rasd.resources import read_lines, read_tsv

_PRE = r"(?<![^\s\"'(«“،,.:؛-])(?:[وفبكل]|ول|فل|وب)?"  # a word start, with a glued conjunction or preposition
_END = r"(?![^\W\d_])"
_MAX_CLITIC = 2  # the longest glued conjunction or preposition _PRE allows (ول، فل، وب; ل as in لملك البحرين)
#: Patterns that reuse the titles of another attachment: "located" (title + ب + the state's name) takes
#: the adjective titles, which are definite (وزير الخارجية بالمملكة، not وزير خارجية بالمملكة).
_TITLES_OF = {"located": "adjective"}


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
        organisations = {
            i for i in names.values() if (e := catalog.get(i)) is not None and e.kind == "organisation"
        }
        self._titles: dict[tuple[str, str], RoleTitle] = {}
        split: list[RoleTitle] = []  # "الرئيس … المؤقت": the state stands inside the title
        for t in catalog.role_titles():
            for attach in t.attach:
                if "…" in t.title_ar and attach == "adjective":
                    split.append(t)
                elif attach in ("adjective", "genitive") or (attach == "fixed" and t.of):
                    self._titles.setdefault((attach, fold(t.title_ar)), t)
        adj, name = _alt(adjectives), _alt(names)
        openers = {fold(w) for w in read_lines("nlp/state_classifiers.txt")}
        formal = _alt(n for n, i in names.items() if n.split()[0] in openers and i not in organisations)
        lam_names = _alt(n[2:] for n in names if n.startswith("ال"))

        def titles(attach: str) -> str:
            forms = sorted((f for a, f in self._titles if a == attach), key=len, reverse=True)
            return "|".join(_title(f) for f in forms)

        bodies = {
            "adjective": rf"(?P<title>{titles('adjective')})\s+(?P<adj>{adj})",
            "genitive": rf"(?P<title>{titles('genitive')})\s+(?:(?:ل|ب|في\s+|باسم\s+)?(?P<name>{name})"
            rf"|لل(?P<lam>{lam_names}))",
            # "وزير الخارجية بسلطنة عمان" / "… في سلطنة عُمان": a definite title, then ب and the state's
            # name, or في and its formal name (after في a short name may be where the holder stands)
            "located": rf"(?P<title>{titles('adjective')})\s+(?:ب(?P<name>{name})|في\s+(?P<formal>{formal}))",
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
            *(
                {w for a, f in self._titles if a == _TITLES_OF.get(k, k) for w in _first_words(f)}
                for k in bodies
            ),
            *(set(_first_words(t.title_ar.split("…")[0])) for t in split),
        ]
        self._starts = _first_word_automaton(firsts)
        bare = {
            fold(t.title_ar): t for t in catalog.role_titles() if "bare" in t.attach and "…" not in t.title_ar
        }
        self._bare_titles = bare
        self._bare_starts = _first_word_automaton([{w for f in bare for w in _first_words(f)}])
        self._bare = re.compile(
            _PRE
            + "(?P<role>(?P<title>"
            + "|".join(_title(f) for f in sorted(bare, key=len, reverse=True))
            + "))"
            + _END
        )

    def _role(self, attach: str, m: re.Match[str]) -> tuple[RoleTitle | None, str | None]:
        written, restored = _title_keys(m["title"])
        kind = _TITLES_OF.get(attach, attach)
        title = self._titles.get((kind, written)) or self._titles.get((kind, restored))
        if title is None:
            return None, None
        groups = m.groupdict()
        if attach == "fixed":
            return title, title.of
        if groups.get("adj"):
            return title, self._adjectives.get(m["adj"])
        if groups.get("name") or groups.get("formal"):
            return title, self._names.get(m["name"] or m["formal"])
        return title, self._names.get("ال" + (groups.get("lam") or ""))

    def _bare_candidates(self, text: str) -> list[int]:
        """The ascending positions where a bare title may start (`_candidates` for `_bare`): a scan of
        every position cost as much as the rest of role finding once the cabinets' titles came in."""
        found: set[int] = set()
        if len(self._bare_starts):
            for last, (length, _) in self._bare_starts.iter(text):
                first = last - length + 1
                found.update(range(max(0, first - _MAX_CLITIC), first + 1))
        return sorted(found)

    def _candidates(self, text: str) -> list[list[int]]:
        """For each pattern (`_patterns`, then `_split`), the ascending positions where it may match."""
        found: list[set[int]] = [set() for _ in range(len(self._patterns) + len(self._split))]
        if len(self._starts):
            for last, (length, owners) in self._starts.iter(text):
                first = last - length + 1
                for k in owners:
                    found[k].update(range(max(0, first - _MAX_CLITIC), first + 1))
        return [sorted(positions) for positions in found]

    def find(self, text: str, norm: Normalized | None = None) -> list[RoleHit]:
        """Longest non-overlapping role phrases, in text order. `norm`: `normalize(text)`, if made."""
        norm = norm or normalize(text)
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
        # hits kept so far are disjoint, so sorted by start and end alike: a candidate overlaps one iff
        # the last hit starting before its end ends after its start (a scan of all was quadratic)
        taken_starts: list[int] = []
        taken_ends: list[int] = []
        hits = []
        for start, end, role, of, acting in found:
            i = bisect.bisect_left(taken_starts, end)
            if i and taken_ends[i - 1] > start:
                continue
            taken_starts.insert(i, start)
            taken_ends.insert(i, end)
            hits.append(RoleHit(*norm.to_original(start, end), role, of, acting))
        return sorted(hits, key=lambda h: h.start)

    def find_bare(self, text: str, taken: Iterable[RoleHit] = ()) -> list[RoleHit]:
        """Titles written alone ("وزير الخارجية والمغتربين"، "رئيس الحكومة"; roles.tsv attach `bare`)
        outside the role phrases `taken`: their state is left to the linker (`of` is empty)."""
        norm = normalize(text)
        spans = [(h.start, h.end) for h in taken]
        hits = []
        for m in _scan(self._bare, norm.text, self._bare_candidates(norm.text)):
            written, restored = _title_keys(m["title"])
            title = self._bare_titles.get(written) or self._bare_titles.get(restored)
            start, end = norm.to_original(m.start("role"), m.end("role"))
            if title is not None and not any(s < end and start < e for s, e in spans):
                hits.append(RoleHit(start, end, title.role, "", title.acting))
        return hits


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


# ------------------------------------------------------------------------------------------------ bodies

#: an anaphor row's body that stands for every ministry made from the cabinet portfolios
PORTFOLIOS = "portfolios"
BODY_NAME_WORDS = 4  # the longest state name tried after a body's form (المملكة العربية السعودية: 3)
_BODY_PRE = r"(?<![^\s\"'(«“،,.:؛-])(?:[وفبكل]|ول|فل|وب)?"  # _PRE, and ل glued to an indefinite form (لوزارة)
_BODY_PREP = re.compile(r"\s+(?:في\s+|ب|ل(?=ل))|\s+")  # "وزارة الخارجية بالمملكة", "… في قطر", "… للسعودية"


@dataclass(frozen=True, slots=True)
class BodyHit:
    start: int  # span in the original text
    end: int
    body: str  # a body key of bodies.tsv: mfa, presidency, cabinet …
    of: str  # the state's catalog id
    #: where the state's adjective or name starts (القطرية in "الخارجية القطرية"); None when the form
    #: names its state by itself (a long formal name, bodies.tsv `state`)
    state_start: int | None = None


@dataclass(frozen=True, slots=True)
class BareBody:
    """A body named without its state ("وزارة الخارجية", "الوزارة"): one of `bodies`, of a state the
    story has named it with before (`StoryLinker.link_body_references`)."""

    start: int
    end: int
    bodies: frozenset[str]
    full: bool = False  # a form of several words (وزارة الخارجية): it names one kind of body by itself


@dataclass(frozen=True, slots=True)
class _BodyForm:
    body: str
    attach: frozenset[str]
    feminine: bool
    state: str | None = None  # the state a long formal name belongs to by itself


class BodyMatcher:
    """State bodies named by a form of bodies.tsv and a nationality adjective or the state's name.

    "الخارجية القطرية", "الرئاسة الجزائرية", "مجلس الوزراء السعودي", "وزارة خارجية قطر": each is the body
    of one state, an ORG with the id org:<body>:<state> and English names from body_names.tsv (a catalog
    institution with the same Arabic name, such as the Pentagon, is that body). The adjective agrees
    with the form's head noun (الخارجية القطرية, not وزير الخارجية القطري); a form of one word is
    not read after a definite noun it qualifies (السياسة الخارجية القطرية is a policy).
    """

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._forms: dict[str, _BodyForm] = {}
        self._heads: dict[str, str] = {}  # body -> its Arabic name's form
        self._anaphors: dict[str, frozenset[str]] = {}  # "الوزارة" -> the bodies it may refer back to
        columns = ("body", "form_ar", "attach", "gender", "note", "state", "office")
        host_roles: dict[str, set[str]] = {}  # body -> the offices a state must have to have it
        for row in read_tsv(f"{FOLDER}/bodies.tsv", columns, 4):
            attach = frozenset(a.strip() for a in row["attach"].split(","))
            if row["gender"] not in ("f", "m") or not (
                attach <= {"adjective", "genitive"} or attach == {"anaphor"}
            ):
                raise DataFileError(f"{FOLDER}/bodies.tsv: bad row for {row['form_ar']!r}")
            if attach == {"anaphor"}:
                self._anaphors[fold(row["form_ar"])] = frozenset(row["body"].split("|"))
                continue
            if row["office"]:
                host_roles.setdefault(row["body"], set()).update(row["office"].split("|"))
            if row["state"] and catalog.get(row["state"]) is None:
                raise DataFileError(f"{FOLDER}/bodies.tsv: unknown state {row['state']!r}")
            self._forms[fold(row["form_ar"])] = _BodyForm(
                row["body"], attach, row["gender"] == "f", row["state"] or None
            )
            if "adjective" in attach:
                self._heads.setdefault(row["body"], row["form_ar"])
        self._hosts = {  # body -> the states that have it (a royal court: the states with a king)
            body: frozenset(o.of for e in catalog for o in e.offices if o.role in roles)
            for body, roles in host_roles.items()
        }
        names = read_tsv(f"{FOLDER}/body_names.tsv", ("body", "names", "note", "heads"), 2)
        self._names_en = {
            row["body"]: [n.strip() for n in row["names"].split("|") if n.strip()] for row in names
        }
        self._head_roles = {row["body"]: frozenset(filter(None, row["heads"].split("|"))) for row in names}
        portfolios = self._add_portfolio_ministries(catalog)
        self._anaphors = {
            form: frozenset(b for b in bodies if b != PORTFOLIOS)
            | (portfolios if PORTFOLIOS in bodies else set())
            for form, bodies in self._anaphors.items()
        }
        unknown = set().union(*self._head_roles.values()) - catalog.roles
        if unknown:
            raise DataFileError(f"{FOLDER}/body_names.tsv: unknown head roles {', '.join(sorted(unknown))}")
        self._demonyms = {
            row["id"]: row["demonym"]
            for row in read_tsv(f"{FOLDER}/demonyms_en.tsv", ("id", "demonym", "note"), 2)
        }
        unnamed = set(self._heads) - set(self._names_en)
        if unnamed:
            raise DataFileError(f"{FOLDER}/body_names.tsv: no English names for {', '.join(sorted(unnamed))}")
        self._adjectives = dict(catalog.adjective_forms())
        self._names = {
            form: entity_id
            for form, entity_id in catalog.surface_forms()
            if (e := catalog.get(entity_id)) is not None and e.kind in ("country", "territory")
        }
        forms = "|".join(_title(f) for f in sorted(self._forms, key=len, reverse=True))
        self._pattern = re.compile(_BODY_PRE + f"(?P<form>{forms})" + _END)
        unknown = {b for bodies in self._anaphors.values() for b in bodies} - {
            f.body for f in self._forms.values()
        }
        if unknown:
            raise DataFileError(
                f"{FOLDER}/bodies.tsv: anaphor of unknown bodies {', '.join(sorted(unknown))}"
            )
        # the word before a form at the end of a role title (وزير in "وزير الخارجية", رئيس in "رئيس مجلس
        # الوزراء"): there the form is part of the title, not a body named again
        self._title_heads = frozenset(
            words[-1 - max(ns)]
            for t in catalog.role_titles()
            for words in [fold(t.title_ar).replace("…", " ").split()]
            if (ns := [n for n in range(1, len(words)) if " ".join(words[-n:]) in self._forms])
        )
        anaphors = "|".join(_title(f) for f in sorted(self._anaphors, key=len, reverse=True))
        self._anaphor_pattern = re.compile(_PRE + f"(?P<form>{anaphors})" + _END) if anaphors else None
        self._entities: dict[tuple[str, str], CatalogEntity] = {}
        self._known: dict[tuple[str, str], CatalogEntity] = {}
        for entity in catalog:  # the Pentagon is the US ministry of defence, the Kremlin the presidency
            if entity.kind == "institution" and entity.country:
                for name in (entity.name_ar, *entity.aliases_ar):
                    for hit in self.find(name):
                        if hit.of == entity.country and (hit.start, hit.end) == (0, len(name)):
                            self._known.setdefault((hit.body, hit.of), entity)

    def _add_portfolio_ministries(self, catalog: Catalog) -> frozenset[str]:
        """The ministry of every cabinet portfolio (sourced/portfolios.tsv) that heads no body of
        bodies.tsv: وزير التموين gives وزارة التموين، "Egyptian Ministry of Supply", headed by the minister.
        A new portfolio in the sourced lists is then a body too. Returns the bodies made."""
        headed = set().union(*self._head_roles.values())
        columns = ("role", "portfolio", "repository", "spare", "note")  # rows may hold an empty 4th cell
        rows = read_tsv(f"{FOLDER}/sourced/portfolios.tsv", columns, 2)
        english: dict[
            str, str
        ] = {}  # role -> its English portfolio: the first every-list row, else the first
        for row in sorted(rows, key=lambda r: bool(r["repository"])):
            if row["role"].endswith("_minister") and row["role"] not in headed:
                english.setdefault(row["role"], row["portfolio"])
        made: set[str] = set()
        for title in catalog.role_titles():
            words = fold(title.title_ar).split()
            attach = frozenset(title.attach) & {"adjective", "genitive"}
            if (
                title.role not in english
                or not attach
                or len(words) < 2
                or words[0] != "وزير"
                or "…" in words
            ):
                continue
            form = " ".join([fold("وزارة"), *words[1:]])
            body = title.role.removesuffix("_minister") + "_ministry"
            if form in self._forms:
                continue
            self._forms[form] = _BodyForm(body, attach, True)
            if "adjective" in attach:
                self._heads.setdefault(body, "وزارة " + title.title_ar.split(maxsplit=1)[1])
            portfolio = english[title.role]
            self._names_en[body] = [
                f"{{adj}} Ministry of {portfolio}",
                f"Ministry of {portfolio} ({{state}})",
                f"Ministry of {portfolio} of {{state}}",
            ]
            self._head_roles[body] = frozenset({title.role})
            made.add(body)
        return frozenset(made)

    def find(self, text: str, norm: Normalized | None = None) -> list[BodyHit]:
        """Body phrases in text order (a longer form wins: وزارة الخارجية over الخارجية). `norm`:
        `normalize(text)`, if made."""
        return self.scan(text, norm)[0]

    def scan(self, text: str, norm: Normalized | None = None) -> tuple[list[BodyHit], list[BareBody]]:
        """One pass of the body forms over the text: the phrases that name their state (`find`), and
        the bodies named without one ("وأضافت الخارجية", "أكدت الوزارة"), each in text order.

        A form of one word after a definite noun qualifies it (السياسة الخارجية) and is neither; after
        a role title's head (وزير الخارجية) it is part of the title, not a body named again."""
        norm = norm or normalize(text)
        t = norm.text
        hits: list[BodyHit] = []
        bare: list[tuple[int, int, frozenset[str], bool]] = []
        for m in self._pattern.finditer(t):
            written, restored = _title_keys(m["form"])
            form = self._forms.get(written) or self._forms.get(restored)
            if form is None:
                continue
            one_word = " " not in written
            if one_word and _after_definite(t, m.start("form")):
                continue
            found = self._state_after(t, m.end("form"), form)
            if found is not None:
                of, named, end = found
                start, stop = norm.to_original(m.start("form"), end)
                hits.append(BodyHit(start, stop, form.body, of, norm.to_original(named, end)[0]))
            elif form.state is not None:
                hits.append(BodyHit(*norm.to_original(m.start("form"), m.end("form")), form.body, form.state))
            elif not self._after_title_head(t, m.start("form")):
                bare.append((m.start("form"), m.end("form"), frozenset({form.body}), not one_word))
        for m in self._anaphor_pattern.finditer(t) if self._anaphor_pattern else ():
            written, restored = _title_keys(m["form"])
            bodies = self._anaphors.get(written) or self._anaphors.get(restored)
            if bodies and not any(a < m.end("form") and m.start("form") < b for a, b, _, _ in bare):
                bare.append((m.start("form"), m.end("form"), bodies, False))
        bare.sort(key=lambda f: f[0])
        return hits, [BareBody(*norm.to_original(a, b), bodies, full) for a, b, bodies, full in bare]

    def _after_title_head(self, t: str, start: int) -> bool:
        before = t[max(0, start - 30) : start].split()
        return bool(before) and (before[-1] in self._title_heads or before[-1][1:] in self._title_heads)

    def _state_after(self, t: str, pos: int, form: _BodyForm) -> tuple[str, int, int] | None:
        """The state an adjective or a name right after the form names, with where that adjective or
        name starts and ends; None when none does."""
        words = list(re.finditer(r"[^\s\"'(«»“”،,.:؛!?)-]+", t[pos : pos + 80]))
        if not words or t[pos : pos + words[0].start()].strip():
            return None
        if "adjective" in form.attach:
            for adjective, end in self._adjective_candidates(t, pos, words):
                state = self._adjectives.get(adjective)
                if (
                    state
                    and adjective.endswith("ه") == form.feminine
                    and not adjective.endswith(("ون", "ين"))
                ):
                    return state, pos + words[0].start(), end
        if "genitive" in form.attach:
            prep = _BODY_PREP.match(t, pos)
            start = prep.end() if prep else pos
            if prep and prep.group().strip() == "" and _ends_definite(t, pos):
                return None  # "وزارة الخارجية قطر" is no phrase: a definite form takes في / بـ / لـ
            rest = list(re.finditer(r"[^\s\"'(«»“”،,.:؛!?)-]+", t[start : start + 80]))
            for n in range(min(BODY_NAME_WORDS, len(rest)), 0, -1):
                name = t[start + rest[0].start() : start + rest[n - 1].end()]
                if rest[0].start() != 0:
                    break
                state = self._names.get(name) or (
                    self._names.get("ال" + name[1:]) if name.startswith("ل") else None
                )
                if state:
                    return state, start, start + rest[n - 1].end()
        return None

    def _adjective_candidates(
        self, t: str, pos: int, words: list[re.Match[str]]
    ) -> Iterator[tuple[str, int]]:
        """The words after a form that may be its adjective, longest first, with where they end: two
        adjacent words (الكورية الجنوبية), one, or two halves of one word split by a stray space
        (الجز ائرية) when neither half is an adjective by itself."""
        adjacent = len(words) >= 2 and not t[pos + words[0].end() : pos + words[1].start()].strip(" ")
        if adjacent:
            yield f"{words[0].group()} {words[1].group()}", pos + words[1].end()
        if words:
            yield words[0].group(), pos + words[0].end()
        halves = [w.group() for w in words[:2]]
        if adjacent and not (set(halves) & self._adjectives.keys()) and not halves[1].startswith("ال"):
            yield halves[0] + halves[1], pos + words[1].end()

    def hosts(self, body: str) -> frozenset[str] | None:
        """The states that can have this body (bodies.tsv `office`: a royal court needs a king), or
        None: any state."""
        return self._hosts.get(body)

    def head_roles(self, body: str) -> frozenset[str]:
        """The roles.tsv keys of the body's head or spokesman (body_names.tsv `heads`): the foreign
        minister and the foreign ministry's spokesman for `mfa`."""
        return self._head_roles.get(body, frozenset())

    def entity(self, body: str, of: str) -> CatalogEntity | None:
        """The body of that state: a catalog institution, or an entity built from the tables."""
        key = (body, of)
        if key in self._known:
            return self._known[key]
        if key not in self._entities:
            state = self.catalog.get(of)
            if state is None:
                return None
            fields = {"adj": self._demonyms.get(of), "state": state.name_en}
            names = [
                n.format(**fields)
                for n in self._names_en[body]
                if all(fields[k] for k in re.findall(r"{(\w+)}", n))
            ]
            head = self._heads[body]
            adjective = next(iter(state.adjectives_ar), "")
            if adjective:
                name_ar = f"{head} {feminine(adjective) if self._forms[fold(head)].feminine else adjective}"
            else:
                name_ar = f"{head} ({state.name_ar})"
            self._entities[key] = CatalogEntity(
                f"org:{body}:{of}", "ORG", "institution", names[0], name_ar, (), tuple(names[1:]), country=of
            )
        return self._entities[key]


def _after_definite(t: str, start: int) -> bool:
    """Whether the word before `start` is a definite noun (السياسة in "السياسة الخارجية")."""
    before = t[max(0, start - 30) : start].split()
    if not before or t[start - 1 : start].strip():
        return False
    word = before[-1]
    return word.startswith("ال") or (word[:1] in "وف" and word[1:3] == "ال")


def _ends_definite(t: str, pos: int) -> bool:
    words = t[max(0, pos - 30) : pos].split()
    return bool(words) and words[-1].startswith(("ال", "لل"))
