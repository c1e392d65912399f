"""Full-text search: how text is analysed for the index, how a query is parsed, and how a hit is shown.

Index and query go through the same `analyse`: rasd's tokenizer, its one proclitic analysis
(`rasd.lang.clitics`: والرئيس، للرئيس and الرئيس all become رئيس) and the Arabic Snowball stemmer on
what remains. The query language is small and checked before the database sees it, so a malformed
query is a clear `QuerySyntaxError`, never a database error:

    word word           both words (AND)
    "a phrase"          the words in this order
    word OR word        either
    -word               without this word
    word*               a prefix (the analysed stem is the prefix)

Snippets are cut from the original story text (never the analysed form): `SNIPPET_WORDS` words
from just before the first match, with the matching words marked.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import Stemmer

from rasd.errors import QuerySyntaxError
from rasd.lang.clitics import stem_of

SNIPPET_WORDS = 24
SNIPPET_LEAD = 4  # words shown before the first match
SNIPPET_SCAN_WORDS = 600  # a story with no match in its first 600 words shows its opening
_CLITIC_LETTERS = frozenset("وفبلك")
MAX_QUERY_CHARS = 500
MAX_TERMS = 32


@functools.cache
def _stemmer() -> Stemmer.Stemmer:
    """The Arabic Snowball stemmer, compiled (PyStemmer): 200x the pure-Python package's speed."""
    return Stemmer.Stemmer("arabic")


@functools.lru_cache(maxsize=1 << 18)
def term(word: str) -> str:
    """The index term of one word: proclitics off, then Snowball; Latin words lower-cased."""
    if word.isascii():
        return word.lower()
    stem = stem_of(word)
    if not stem:  # only marks or tatweel: nothing the folded form keeps
        return ""
    stemmed = _stemmer().stemWord(stem) or stem
    if stem[0] in _CLITIC_LETTERS and not stemmed.startswith(stem[0]):
        # Snowball strips و ب ل ك ف again; rasd's clitic analysis already decided they are root letters
        stemmed = stem[0] + stemmed
    return stemmed


#: a run of letters or digits with their diacritics and tatweel: the words the index,
#: queries and snippets all read (one definition, so a query word is always an index word)
_WORD = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+")


def analyse(text: str) -> str:
    """Text as the index stores it: the terms of its words, space-separated."""
    return " ".join(filter(None, map(term, _WORD.findall(text))))


@dataclass(frozen=True, slots=True)
class Term:
    """One searched item: analysed words (two or more: a phrase), maybe a prefix."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: every clause must match (a clause is alternatives joined by OR), no excluded
    term may; `terms` and `prefixes` are what a snippet marks. Rendered per backend."""

    clauses: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(w for clause in self.clauses for t in clause if not t.prefix for w in t.words)

    @property
    def prefixes(self) -> tuple[str, ...]:
        return tuple(w for clause in self.clauses for t in clause if t.prefix for w in t.words)

    @property
    def fts(self) -> str:
        """The SQLite FTS5 MATCH expression."""

        def one(t: Term) -> str:
            return '"' + " ".join(t.words) + '"' + ("*" if t.prefix else "")

        ands = [one(c[0]) if len(c) == 1 else "(" + " OR ".join(map(one, c)) + ")" for c in self.clauses]
        return " AND ".join(ands) + "".join(f" NOT {one(t)}" for t in self.excluded)

    @property
    def tsquery(self) -> str:
        """The PostgreSQL tsquery (for to_tsquery('simple', …)): phrases with <->, prefixes with :*."""

        def one(t: Term) -> str:
            words = [
                f"'{w}'" + (":*" if t.prefix and i == len(t.words) - 1 else "") for i, w in enumerate(t.words)
            ]
            return "(" + " <-> ".join(words) + ")"

        ands = ["(" + " | ".join(map(one, c)) + ")" for c in self.clauses]
        return " & ".join(ands + [f"!{one(t)}" for t in self.excluded])


_TOKEN = re.compile(r'"[^"]*"|\S+')


def parse_query(text: str) -> Query:
    """Parse the small query language above; a QuerySyntaxError says what is wrong."""
    text = text.strip()
    if not text:
        raise QuerySyntaxError("empty query: give at least one word")
    if len(text) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(f"query longer than {MAX_QUERY_CHARS} characters")
    if text.count('"') % 2:
        raise QuerySyntaxError('unbalanced quotation mark: close the phrase with "')
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for raw in _TOKEN.findall(text):
        if raw == "OR":
            if not clauses or pending_or:
                raise QuerySyntaxError("OR needs a word on each side")
            pending_or = True
            continue
        negate = raw.startswith("-") and len(raw) > 1
        body = raw[1:] if negate else raw
        prefix = body.endswith("*") and not body.startswith('"')
        body = body.rstrip("*") if prefix else body
        words = _WORD.findall(body.strip('"'))
        if not words:
            if raw.strip('"*-'):
                continue  # punctuation only: nothing to search for
            raise QuerySyntaxError(f"nothing to search for in {raw!r}")
        stems = tuple(filter(None, (term(w) for w in words)))
        if not stems:
            continue  # marks only: nothing to search for
        item = Term(stems, prefix)
        if negate:
            if pending_or or not clauses:
                raise QuerySyntaxError("a -word needs a word to exclude it from, and cannot follow OR")
            excluded.append(item)
        elif pending_or:
            clauses[-1].append(item)
            pending_or = False
        else:
            clauses.append([item])
    if pending_or:
        raise QuerySyntaxError("OR needs a word on each side")
    if not clauses:
        raise QuerySyntaxError("nothing to search for")
    query = Query(tuple(map(tuple, clauses)), tuple(excluded))
    if len(query.terms) + len(query.prefixes) > MAX_TERMS:
        raise QuerySyntaxError(f"more than {MAX_TERMS} words")
    return query


def snippet(text: str, query: Query, words: int = SNIPPET_WORDS, mark: tuple[str, str] = ("[", "]")) -> str:
    """The original `text` around its first query word (a few words before it, then on), with every
    query word in the window marked; the opening words when the body has none (a title-only match).

    The scan stops at the window's end: a long story costs no more than its first match
    (`benchmarks/kb.py` search p99 fell from 148 ms when every word of every hit was stemmed)."""
    wanted, prefixes = set(query.terms), query.prefixes

    def hit(word: str) -> bool:
        stem = term(word)
        return stem in wanted or (bool(prefixes) and stem.startswith(prefixes))

    spans: list[tuple[int, int, bool]] = []
    first = None
    for m in _WORD.finditer(text):
        is_hit = hit(m.group())
        spans.append((m.start(), m.end(), is_hit))
        if is_hit and first is None:
            first = len(spans) - 1
        if first is not None and len(spans) >= first + words - SNIPPET_LEAD:
            break
        if first is None and len(spans) >= SNIPPET_SCAN_WORDS:
            break
    if not spans:
        return ""
    begin = max(0, (first or 0) - SNIPPET_LEAD)
    window = spans[begin : begin + words]
    out, pos = [], window[0][0]
    for a, b, is_hit in window:
        out.append(text[pos:a])
        out.append(f"{mark[0]}{text[a:b]}{mark[1]}" if is_hit else text[a:b])
        pos = b
    lead = "… " if begin > 0 else ""
    tail = " …" if pos < len(text.rstrip()) else ""
    return lead + "".join(out).replace("\n", " ") + tail
