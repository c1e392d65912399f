"""The title words before a person's name (`rasd/data/nlp/titles.tsv`): one table, tagged by use.

Courtesy titles (سمو، الدكتور), ranks (اللواء ركن) and royal titles (الملك، الأمير) are read by the
NER trim, the phrases, linking and the quotes stage. They were four lists in four files; now each
stage reads the tag it needs from one file, and the README says why the tags differ. Each stage
reads its tags while its resources load (`LinkResources.honorifics`, `load_quote_verbs`,
`load_phrase_words`, `name_titles`): once per process, never per story and never at import.
"""

from __future__ import annotations

from rasd.lang.normalize import fold
from rasd.resources import read_kinds

TITLES_FILE = "nlp/titles.tsv"
#: What a tag means is documented in the file's header and `rasd/data/nlp/README.md`.
TAGS = ("honorific", "title", "name", "speaker", "rank")


def written_titles(tag: str) -> tuple[str, ...]:
    """The words of one tag as the file writes them, in file order (for patterns over raw text)."""
    if tag not in TAGS:
        raise ValueError(f"unknown title tag {tag!r}; known: {', '.join(TAGS)}")
    return read_kinds(TITLES_FILE, TAGS, column="tags", several=True)[tag]


def title_words(tag: str) -> frozenset[str]:
    """The folded words of one tag; a `name` word also with the article added or dropped (الأمير and
    أمير, as a name is keyed either way)."""
    words = written_titles(tag)
    if tag == "name":
        words = tuple(f for w in words for f in (w, w[2:] if w.startswith("ال") else "ال" + w))
    return frozenset(fold(w) for w in words)
