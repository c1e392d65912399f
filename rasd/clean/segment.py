"""Split a labelled page into stories.

A page may hold several stories: after an explicit marker ("إقرأ أيضاً:" and a headline), or with
no marker at all — a headline-like line followed by a fresh lede. A subheading inside one story
looks like a headline too; what tells them apart is scored in `boundary_score`:
the paragraph after it (a lede opener or a dateline, against a continuation such as "من جهته"),
and whether the line's words point forward (to the paragraph it heads) more than back (to the
story so far). The weights are in `Settings`; `benchmarks/glue.py` measures them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rasd.clean.lexicon import CleanLexicon
from rasd.clean.lines import BULLETS, Line
from rasd.clean.words import WORD as _WORD
from rasd.clean.words import stems
from rasd.lang.normalize import fold
from rasd.settings import Settings

#: "موسكو-سانا", "عمّان - بترا", "دبي (رويترز) -", "(CNN)--": place and agency, or a credit.
_W = r"[\w\u0610-\u061a\u064b-\u065f\u0670]"  # a word character, Arabic diacritics included
DATELINE = re.compile(
    rf"^(?:\(\s*[{_W[1:-1]} .]{{2,20}}\s*\)\s*[-–—:]+"
    rf"|{_W}[{_W[1:-1]} ]{{1,25}}?\s*\(\s*[{_W[1:-1]} .]{{2,20}}\s*\)\s*[-–—:]+"
    rf"|{_W}[{_W[1:-1]} ]{{1,25}}?\s*[-–—]{{1,2}}\s*\(?[{_W[1:-1]}. ]{{2,20}}?\)?\s*(?:[:،,]|$))"
)


@dataclass
class Draft:
    """A story being assembled (mutable only inside `segment`)."""

    opened_by: str  # page | marker | headline
    title: str | None = None
    body: list[Line] = field(default_factory=list)
    removed: list[Line] = field(default_factory=list)
    _stems: set[str] = field(default_factory=set)
    _stemmed: int = 0  # body lines already in _stems

    def stems(self, stopwords: frozenset[str]) -> set[str]:
        """The stems of the body so far, updated incrementally (a page is scanned once)."""
        for line in self.body[self._stemmed :]:
            self._stems |= stems(line.norm, stopwords)
        self._stemmed = len(self.body)
        return self._stems


def is_headline(line: Line, settings: Settings) -> bool:
    """Short, with no sentence-final or introducing punctuation, not a list bullet."""
    if not 2 <= line.words <= settings.headline_max_words or line.text.startswith(BULLETS):
        return False
    return not line.norm.rstrip("\"' )").endswith((".", ",", ":", ";", "…", "!"))


def is_page_title(line: Line, settings: Settings) -> bool:
    """Whether a page's first kept line is its title: the model's call, else the headline rule."""
    if line.title_p is None:
        return is_headline(line, settings)
    if line.title_p >= settings.line_title_min:
        return 1 <= line.words <= 2 * settings.headline_max_words
    return line.title_p >= settings.line_title_headline_min and is_headline(line, settings)


def starts_with(norm: str, phrases: tuple[str, ...]) -> bool:
    """`norm` opens with one of `phrases` as whole words ("كما …", not "كمال …")."""
    return any(norm.startswith(p) and (len(norm) == len(p) or not norm[len(p)].isalpha()) for p in phrases)


def boundary_score(
    head: Line, ahead: list[Line], story: list[Line], behind: set[str], lex: CleanLexicon, settings: Settings
) -> float:
    """How strongly `head` is the headline of a new story rather than a subheading.

    `ahead` holds the next one or two paragraphs: a dateline standing on its own line
    ("موسكو-سانا") is read together with the lede under it. `behind` is the stems of the story so far.
    """
    score = settings.boundary_prior
    lede = ahead[0]
    if DATELINE.match(lede.text):
        score += settings.boundary_dateline
        if lede.words <= 4 and len(ahead) > 1:
            lede = ahead[1]
    first = lede.norm.lstrip("\"'(«“ ")
    if starts_with(first, lex.continuations):
        score -= settings.boundary_continuation
    if next(iter(_WORD.findall(first)), "") in lex.lede_openers:
        score += settings.boundary_opener
    if lede.words >= settings.lede_min_words:
        score += settings.boundary_long_lede
    if story and not story[-1].norm.rstrip("\"' )»”").endswith((".", "!", "?", "…")):
        score -= settings.boundary_open_sentence
    head_words = stems(head.norm, lex.stopwords)
    if head_words:
        after = stems(" ".join(_WORD.findall(" ".join(line.norm for line in ahead))[:80]), lex.stopwords)
        forward = len(head_words & after) / len(head_words)
        backward = len(head_words & behind) / len(head_words)
        score += settings.boundary_overlap * (forward - backward)
    return score


def _ahead(lines: list[Line], i: int, n: int = 2) -> list[Line]:
    """The next `n` story lines after line i, stopping at a story marker."""
    found: list[Line] = []
    for line in lines[i + 1 :]:
        if line.action == "split" or len(found) == n:
            break
        if line.action == "keep":
            found.append(line)
    return found


def segment(lines: list[Line], lex: CleanLexicon, settings: Settings) -> list[Draft]:
    """Stories in page order; drafts left with no body (a lone related link) are dropped."""
    drafts = [Draft("page")]
    for i, line in enumerate(lines):
        cur = drafts[-1]
        if line.action == "split":
            drafts.append(Draft("marker", removed=[line]))
            if line.value and is_headline(_as_line(line.value), settings):
                drafts[-1].title = line.value
            continue
        if line.action != "keep":
            cur.removed.append(line)
            continue
        ahead = _ahead(lines, i)
        # after a marker (إقرأ أيضاً:) the rule reads the next headline; on the page's top, the model
        titled = is_headline(line, settings) if cur.opened_by == "marker" else is_page_title(line, settings)
        if not cur.body and cur.title is None and ahead and titled:
            cur.title = line.text
        elif not cur.body and cur.title is not None and line.norm == fold(cur.title):
            cur.removed.append(Line(line.text, line.norm, "repeat", "drop"))  # the headline printed twice
        elif (
            cur.body
            and ahead
            and is_headline(line, settings)
            and boundary_score(line, ahead, cur.body, cur.stems(lex.stopwords), lex, settings)
            >= settings.boundary_threshold
        ):
            drafts.append(Draft("headline", title=line.text))
        else:
            cur.body.append(line)
    return _merge_orphans(drafts, lex)


def _as_line(text: str) -> Line:
    return Line(text, fold(text))


def _merge_orphans(drafts: list[Draft], lex: CleanLexicon) -> list[Draft]:
    """A marker whose text continues the story before it was an inline related link: undo it."""
    kept: list[Draft] = []
    for d in drafts:
        continues = d.opened_by == "marker" and d.body and starts_with(d.body[0].norm, lex.continuations)
        if kept and (continues or (d.opened_by == "marker" and not d.body)):
            kept[-1].removed.extend(d.removed)
            kept[-1].body.extend(d.body)
            if d.title and d.body:
                kept[-1].removed.append(_as_line(d.title))
            continue
        kept.append(d)
    return [d for d in kept if d.body]
