"""Split Arabic news text into sentences, as spans into the unchanged text.

Rules rather than a model: in news the boundaries are marked (full stop, question mark, line
break), and the hard part is the marks that do not end a sentence: abbreviations and initials,
decimals and dates, URLs, ellipses used as pauses, and full stops inside a quotation. Scored by
`benchmarks/sentences.py`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from rasd.errors import DataFileError
from rasd.records import Span
from rasd.resources import read_lines

ABBREVIATIONS_FILE = "clean/abbreviations.txt"
# An opening quote with no closing one this near is ignored: quotes in news are often unbalanced.
QUOTE_MAX_CHARS = 400

_TERMINATORS = ".!?؟…۔"
_SEMICOLON = "؛"
_QUOTES = "\"'“”„«»‘’"
_CLOSERS = _QUOTES + ")]}"  # may follow the final mark: «... جاهزون.» / (... 2015).
# A quote and those that may close it: any of its family, since Arabic text often reverses « » and “ ”.
_QUOTE_FAMILY = {quote: family for family in ('"', "'", "“”„", "«»", "‘’") for quote in family}
_OPEN_BEFORE = "([{:-–—ـ" + _QUOTES  # a quote right after these opens (ـ as in بـ"...")
_CLAUSE_PUNCT = ",،؛;:"
_PROCLITICS = "وفبلك"  # one-letter prefixes written onto a quote or an abbreviation: و"... / ود.
_FORMAT_CHARS = "\u200b\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\ufeff"
_LIST_MARKERS = "-–—•*·▪)("
_ERA_MARKS = frozenset({"م", "هـ", "ه"})  # 1437 هـ. / 2015 م. : a year, which may end a sentence
_MAX_WORD = 64  # how far back to look for the word before a mark

_LINE = re.compile(r"[^\n\r\u2028\u2029\x85\x0b\x0c]+")
_QUOTE = re.compile(f"[{re.escape(_QUOTES)}]")
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]")
_CHAIN = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # U.S / ق.م / أ.د, before the final dot
_CLOSER_RUN = re.compile(f"[{re.escape(_CLOSERS)}]+")
_ACRONYM_NEXT = re.compile(r"[^\W\d_]{1,3}\.")  # إيه.بي.سي: the letter after the dot is one of a chain
_QUESTION_GOES_ON = re.compile(r"\s+(?:أم|أو)\s")  # هل ... ؟ أم ...؟ : one question with alternatives


def _run_pattern(marks: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(marks)}][{re.escape(marks + _CLOSERS)}]*")


_RUNS = {False: _run_pattern(_TERMINATORS), True: _run_pattern(_TERMINATORS + _SEMICOLON)}


def load_abbreviations() -> frozenset[str]:
    """The packaged abbreviation list (kept in `CleanLexicon`): casefolded, each ending in a dot."""
    entries = read_lines(ABBREVIATIONS_FILE)
    for entry in entries:
        if not entry.endswith(".") or any(_is_space(c) for c in entry):
            raise DataFileError(f"{ABBREVIATIONS_FILE}: entry {entry!r} must be one word ending in '.'")
    return frozenset(entry.casefold() for entry in entries)


def split_sentences(
    text: str, abbreviations: frozenset[str], *, semicolon_ends: bool = False
) -> tuple[Span, ...]:
    """The sentences of `text` as trimmed, non-empty spans; a line break always ends one.

    `abbreviations` is `load_abbreviations()` (the pipeline's `CleanLexicon.abbreviations`).

    `semicolon_ends` makes ؛ a boundary. It is off because in news ؛ mostly joins a dependent
    clause (إذ، حيث، مما، لذلك) to the one before it.
    """
    runs = _RUNS[semicolon_ends]
    spans = []
    for line in _LINE.finditer(text):
        start = line.start()
        ends = [*_line_boundaries(text, line.start(), line.end(), runs, abbreviations), line.end()]
        for end in ends:
            span = _trim(text, start, end)
            if span is not None:
                spans.append(span)
            start = end
    return tuple(spans)


def _line_boundaries(
    text: str, start: int, end: int, runs: re.Pattern[str], abbreviations: frozenset[str]
) -> Iterator[int]:
    """Offsets inside one line after which a sentence ends."""
    quotes = _quote_regions(text, start, end)  # disjoint, in order: bisected (a scan was quadratic)
    opens = [o for o, _ in quotes]
    urls = list(_url_spans(text, start, end))
    for run in runs.finditer(text, start, end):
        last = run.end() - 1
        k = bisect.bisect_left(opens, last) - 1  # the last quote opening before `last`
        if any(s <= run.start() < e for s, e in urls) or (k >= 0 and last < quotes[k][1]):
            continue
        if _ends_sentence(text, run, start, end, abbreviations):
            yield run.end()


def _ends_sentence(
    text: str, run: re.Match[str], start: int, end: int, abbreviations: frozenset[str]
) -> bool:
    """Whether a run of marks such as `.`, `؟!` or `."` ends a sentence."""
    after = text[run.end()] if run.end() < end else " "
    if not _is_space(after) and not (_ARABIC_LETTER.match(after) and _glued_end(text, run, start)):
        return False  # 3.5, 12.05.2024, U.S.A, (د.ب.أ): no space after the mark
    if run.start() > start and text[run.start() - 1] in "([{":
        return False  # (!) and (؟) comment inside a sentence
    marks = [group for group in _CLOSER_RUN.split(run.group()) if group][-1]
    if set(marks) <= set("?؟") and _QUESTION_GOES_ON.match(text, run.end(), end):
        return False
    if _is_ellipsis(marks):
        # A pause, unless a closing quote follows: ... جاهزون..." وقال
        return run.group()[-1] in _QUOTES
    return not (run.group() == "." and _is_abbreviation(text, run.start(), start, abbreviations))


def _is_ellipsis(marks: str) -> bool:
    """Two or more dots, or …, without ? or !: a pause rather than an end."""
    return set(marks) <= {".", "…"} and (len(marks) > 1 or marks == "…")


def _glued_end(text: str, run: re.Match[str], start: int) -> bool:
    """A mark with no space after it ends a sentence between two Arabic words: بالتراضي.وكان.

    The word before needs three letters, so that ان.بي.سي (NBC) and ق.م stay whole.
    """
    if _ACRONYM_NEXT.match(text, run.end()):
        return False
    word = text[_word_start(text, run.start(), start) : run.start()].rstrip(_CLOSERS)
    return len(word) >= 3 and all(_ARABIC_LETTER.match(c) for c in word[-3:])


def _is_abbreviation(text: str, dot: int, start: int, abbreviations: frozenset[str]) -> bool:
    """Whether the full stop at `dot` closes an abbreviation, an initial or a list number."""
    word_start = _word_start(text, dot, start)
    word = text[word_start:dot].lstrip(_OPEN_BEFORE)
    if not word:
        return False
    if word.isdigit():  # "1." opening a line is a list item; elsewhere a number ends a sentence
        return not text[start:word_start].strip().strip(_LIST_MARKERS).strip()
    before = _previous_word(text, word_start, start)
    if word in _ERA_MARKS and before[-1:].isdigit():
        return False
    key = word.casefold() + "."
    if key[0] in "وف" and key[1:] in abbreviations and (len(word) == 2 or "." in word):
        key = key[1:]  # ود. محمد, وأ.د. سعد (but not ودي, "friendly", which may end a sentence)
    if _CHAIN.fullmatch(word):
        return True
    if not (key in abbreviations or _is_letter(word)):
        return False
    # بي بي سي. and أ ف ب. are acronyms, which may end a sentence; جورج دبليو. بوش is an initial.
    same_script = bool(_ARABIC_LETTER.match(word)) == bool(_ARABIC_LETTER.match(before or "-"))
    return not (
        same_script and _is_letter_name(word, abbreviations) and _is_letter_name(before, abbreviations)
    )


def _is_letter_name(word: str, abbreviations: frozenset[str]) -> bool:
    """A letter, or a Latin letter spelt in Arabic (بي، سي), written without a dot."""
    if not word or "." in word:
        return False
    return _is_letter(word) or (len(word) <= 5 and word.casefold() + "." in abbreviations)


def _is_letter(word: str) -> bool:
    return len(word.rstrip("ـ")) == 1 and word[0].isalpha()


def _word_start(text: str, index: int, start: int) -> int:
    """Where the word that ends at `index` begins (looking back at most _MAX_WORD characters)."""
    i = index
    while i > max(start, index - _MAX_WORD) and not _is_space(text[i - 1]):
        i -= 1
    return i


def _previous_word(text: str, index: int, start: int) -> str:
    """The word before the spaces before `index`, or "" at the start of the line."""
    i = index
    while i > start and _is_space(text[i - 1]):
        i -= 1
    return text[_word_start(text, i, start) : i]


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) positions of the top-level quotations on one line.

    An opening quote is dropped when another opens before it closes, or when no closing quote
    comes within QUOTE_MAX_CHARS; quotes of another kind inside a quotation are ignored.
    """
    regions = []
    opened = -1
    for match in _QUOTE.finditer(text, start, end):
        i = match.start()
        kind = _quote_kind(text, i, start, end)
        if opened >= 0 and i - opened > QUOTE_MAX_CHARS:
            opened = -1
        if opened < 0:
            if kind in ("open", "either"):
                opened = i
        elif text[i] in _QUOTE_FAMILY[text[opened]]:
            if kind in ("close", "either"):
                regions.append((opened, i))
                opened = -1
            elif kind == "open":
                opened = i
    return regions


def _quote_kind(text: str, i: int, start: int, end: int) -> str:
    """'open', 'close', 'either' (spaces on both sides) or '' (inside a word: an apostrophe).

    Judged by the neighbours, not by the character, since Arabic text often reverses « » and “ ”.
    """
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    proclitic = before in _PROCLITICS and (i - 1 == start or _is_space(text[i - 2]))
    if _is_space(before) or before in _OPEN_BEFORE or proclitic:
        if _is_space(after):
            return "either"
        return "close" if after in _TERMINATORS + _CLAUSE_PUNCT + ")]}" else "open"
    if _is_space(after) or after in _TERMINATORS + _CLAUSE_PUNCT + _CLOSERS:
        return "close"
    return ""


def _url_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """URLs and e-mail addresses on one line, without the punctuation that follows them."""
    if (
        text.find("@", start, end) < 0
        and text.find("//", start, end) < 0
        and text.find("www", start, end) < 0
    ):
        return  # the regex scans every word; most lines hold no address at all
    for match in _URL.finditer(text, start, end):
        s, e = match.span()
        while e > s and text[e - 1] in _TERMINATORS + _CLAUSE_PUNCT + _CLOSERS:
            e -= 1
        yield s, e


def _trim(text: str, start: int, end: int) -> Span | None:
    """The span without surrounding spaces, or None when no letter or digit is left."""
    while start < end and _is_space(text[start]):
        start += 1
    while end > start and _is_space(text[end - 1]):
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return None
    return Span(start, end)


def _is_space(char: str) -> bool:
    return char.isspace() or char in _FORMAT_CHARS
