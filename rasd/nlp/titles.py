"""The title words before a person's name (`rasd/data/nlp/titles.tsv`): one table, tagged by use.

Courtesy titles (سمو، الدكتور), ranks (اللواء ركن) and royal titles (الملك، الأمير) are read by the
NER trim, the phrases, linking and the quotes stage. They were four lists in four files; now each
stage reads the tag it needs from one file, and the README says why the tags differ. A known
module-level table (docs/architecture.md): loaded on first use and memoised, never at import.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Set

from rasd.lang.normalize import fold
from rasd.resources import read_kinds

TITLES_FILE = "nlp/titles.tsv"
#: What a tag means is documented in the file's header and `rasd/data/nlp/README.md`.
TAGS = ("honorific", "title", "name", "speaker", "rank")


@functools.cache
def written_titles(tag: str) -> tuple[str, ...]:
    """The words of one tag as the file writes them, in file order (for patterns over raw text)."""
    if tag not in TAGS:
        raise ValueError(f"unknown title tag {tag!r}; known: {', '.join(TAGS)}")
    return read_kinds(TITLES_FILE, TAGS, column="tags", several=True)[tag]


@functools.cache
def title_words(tag: str) -> frozenset[str]:
    """The folded words of one tag; a `name` word also with the article added or dropped (الأمير and
    أمير, as a name is keyed either way)."""
    words = written_titles(tag)
    if tag == "name":
        words = tuple(f for w in words for f in (w, w[2:] if w.startswith("ال") else "ال" + w))
    return frozenset(fold(w) for w in words)


class TitleWords(Set[str]):
    """A read-only set view of `title_words(tag)`, read on first use: lets a module keep a named
    constant (`HONORIFICS`) without loading a data file at import."""

    __slots__ = ("tag",)

    def __init__(self, tag: str) -> None:
        self.tag = tag

    def __contains__(self, word: object) -> bool:
        return word in title_words(self.tag)

    def __iter__(self) -> Iterator[str]:
        return iter(title_words(self.tag))

    def __len__(self) -> int:
        return len(title_words(self.tag))

    @classmethod
    def _from_iterable(cls, it: Iterator[str]) -> frozenset[str]:  # type: ignore[override]
        """`|`, `&` and `-` with another set give a plain frozenset."""
        return frozenset(it)

    def __repr__(self) -> str:
        return f"TitleWords({self.tag!r})"
