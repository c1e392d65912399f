"""Label each line of a page: story text, boilerplate to drop, or a marker that opens a new story.

Finding is kept apart from acting on it (as spaCy's span ruler does): this module only labels;
`segment.py` decides what the labels mean for story boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.clean.lexicon import CleanLexicon
from rasd.lang.normalize import Normalized, normalize

BULLETS = ("•", "·", "●", "▪", "■", "◾", "-", "*", "–", "»")


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # the original line, stripped
    norm: str  # its matching form
    kind: str = "body"  # body, or the boilerplate pattern's kind
    action: str = "keep"  # keep | drop | drop_list | split | list_item
    value: str | None = None  # what the pattern captured (an outlet, a date text, a headline)
    harvest: str | None = None

    @property
    def words(self) -> int:
        """Whitespace-separated words (a cheap count: this runs on every line of a corpus)."""
        return len(self.norm.split())


def _match(n: Normalized, lex: CleanLexicon) -> Line:
    text, norm = n.original, n.text
    words = len(norm.split())
    for p in lex.patterns:
        if p.max_words is not None and words > p.max_words:
            continue
        m = p.regex.search(norm)
        if m:
            value = None
            if "value" in p.regex.groupindex and m.group("value"):
                start, end = n.to_original(*m.span("value"))  # the value in its original spelling
                value = text[start:end].strip(" :：-–.\u200f\u200e") or None
            return Line(text, norm, p.kind, p.action, value, p.harvest)
    return Line(text, norm)


def label_lines(text: str, lex: CleanLexicon, list_max_words: int) -> list[Line]:
    """Every non-blank line, labelled. Lines under a related-list heading become list items."""
    out: list[Line] = []
    in_list = False
    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped:
            continue
        line = _match(normalize(stripped), lex)
        norm = line.norm
        if in_list and line.kind == "body":
            if stripped.startswith(BULLETS) or (line.words <= list_max_words and not _ends_sentence(norm)):
                out.append(Line(stripped, norm, "related", "list_item"))
                continue
            in_list = False
        in_list = in_list or line.action == "drop_list"
        out.append(line)
    return out


def _ends_sentence(norm: str) -> bool:
    return norm.rstrip("\"' )").endswith((".", "!", "?", "…"))
