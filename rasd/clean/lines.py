"""Label each line of a page: story text, boilerplate to drop, or a marker that opens a new story.

Finding is kept apart from acting on it (as spaCy's span ruler does): this module only labels;
`segment.py` decides what the labels mean for story boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rasd.clean.lexicon import CleanLexicon
from rasd.lang.normalize import Normalized, fold, normalize
from rasd.settings import Settings

BULLETS = ("•", "·", "●", "▪", "■", "◾", "-", "*", "–", "»")


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # the original line, stripped
    norm: str  # its matching form
    kind: str = "body"  # body, or the boilerplate pattern's kind
    action: str = "keep"  # keep | drop | drop_list | split | list_item
    value: str | None = None  # what the pattern captured (an outlet, a date text, a headline)
    harvest: str | None = None
    title_p: float | None = None  # the line model's probability that this is the title (None: no model)

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


def label_lines(text: str, lex: CleanLexicon, settings: Settings) -> list[Line]:
    """Every non-blank line, labelled. Lines under a related-list heading become list items, up to
    a long line, a sentence or a paragraph that carries the story on ("كما …", `continuations.txt`)."""
    from rasd.clean.segment import starts_with  # segment imports this module

    out: list[Line] = []
    in_list = False
    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped:
            continue
        line = _match(normalize(stripped), lex)
        norm = line.norm
        if in_list and line.kind == "body":
            if stripped.startswith(BULLETS) or (
                line.words <= settings.related_list_max_words
                and not _ends_sentence(norm)
                and not starts_with(norm, lex.continuations)  # "كما تلقى …" cut short: the story goes on
            ):
                out.append(Line(stripped, norm, "related", "list_item"))
                continue
            in_list = False
        in_list = in_list or line.action == "drop_list"
        out.append(line)
    if lex.line_model is not None and out:
        out = _apply_model(out, lex, settings)
    return out


_FURNITURE_SHAPE = re.compile(r"\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b|\s[/|>_]\s|^\S+\s[-–—]\s")


def _headline_shaped(line: Line) -> bool:
    return (
        line.words >= 2
        and not line.norm.rstrip("\"' )").endswith((".", ",", ":", ";", "…", "!"))
        and not line.text.startswith(BULLETS)
        and not _FURNITURE_SHAPE.search(line.norm)
    )


_LINK = re.compile(r"https?://|www\.|@\w|#\w", re.IGNORECASE)


def _between_shaped(line: Line) -> bool:
    """A short line between two paragraphs that is story text whatever its shape: a subheading of one
    word ("تجميد"), a label ending with a colon ("الوثائق المطلوبة:"), a short sentence, a bulleted
    point. Not a time or date stamp, a separator-built line or a link (`_FURNITURE_SHAPE`, `_LINK`),
    nor a line with no letter ("0"). On dev every such line is content unless a rule or `furniture`
    drops it; on SaudiNewsNet the model dropped one-word subheadings there."""
    return (
        any(c.isalpha() for c in line.norm)
        and not _FURNITURE_SHAPE.search(line.norm)
        and not _LINK.search(line.text)
    )


def _protected(lines: list[Line], lex: CleanLexicon, settings: Settings) -> dict[int, float | None]:
    """Kept lines the rules vouch for, which the model may not drop (with the title probability
    `segment` should see for them).

    - a dateline alone on its line ("موسكو-سانا", "الرياض - واس"): it opens the lede under it
      (and marks a glued story's start), unless its agency part is a wire credit ("جسر – متابعات"
      is a credit line) and it does not open with a known place (`_place_dateline`: "الجزائر- (د ب
      أ)", "عدن، نيوزيمن:" stay); and the headline-shaped line just above such a dateline; a place,
      a printed date and a credit alone on their line (`_dated_dateline`: "القاهرة 13 أكتوبر 2025
      (شينخوا)", up to `Settings.guard_dated_dateline_max_words` words);
    - the bulleted lines right under a kept line of `Settings.guard_list_intro_words`+ words ending
      with a colon ("وجاء في أبرز بنود الإعلان:"): a list in the story, not a related-links list;
    - a line that opens with a continuation (`continuations.txt`: "بدوره", "كما", "وأضاف"): the story
      carrying on, even a last line the page cuts short ("بدوره قا");
    - the headline-shaped line right under a bare story marker ("إقرأ أيضاً:"): `segment` takes it
      for the next story's title by rule;
    - a short line right between two paragraphs of the text (`Settings.header_end_words` words or more
      each), of any shape but a stamp, a link or no letter (`_between_shaped`): a subheading, content
      by the labelling guide ("الاجتماع المرتقب وأهميته", "تجميد", "الوثائق المطلوبة:"), which the
      model, seeing a short line with no final stop, may take for furniture;
    - the page's first kept line when it is a headline of at least `Settings.guard_headline_words` words
      followed by a long paragraph: the rules' title, which keeps its place even when its words are
      not repeated in the lede.
    """
    from rasd.clean.metadata import furniture  # metadata imports this module
    from rasd.clean.segment import DATELINE, starts_with  # segment imports this module

    kept = [i for i, line in enumerate(lines) if line.action == "keep"]
    out: dict[int, float | None] = {}
    for i in kept:
        line = lines[i]
        if line.words <= settings.guard_dated_dateline_max_words and _dated_dateline(line, lex):
            out[i] = 0.0  # "القاهرة 13 أكتوبر 2025 (شينخوا)": the lede's dateline on a line of its own
            continue
        if line.words > settings.guard_dateline_max_words or furniture(line.text, lex):
            continue  # "رصد – العربي" has a dateline's shape but is a credit line
        placed = _place_dateline(line, lex)
        if placed or DATELINE.match(line.text):
            parts = [p.strip(" ()-–—:،,") for p in re.split(r"[-–—(]", line.norm)]
            if placed or not any(p in lex.wire_credits for p in parts):
                out[i] = 0.0  # content, never the title
                before = [j for j in kept if j < i]
                if before and _headline_shaped(lines[before[-1]]):
                    out.setdefault(before[-1], None)  # a glued story's headline over its dateline
    if len(kept) >= 2:
        first, second = lines[kept[0]], lines[kept[1]]
        if (
            first.words >= settings.guard_headline_words
            and second.words >= settings.header_end_words
            and _headline_shaped(first)
        ):
            out.setdefault(kept[0], None)  # None: the headline rule decides the title
    introduced = False  # inside a bulleted list a sentence of the story introduces
    for i in kept:
        line = lines[i]
        if starts_with(line.norm, lex.continuations):
            out.setdefault(i, 0.0)  # "بدوره …", "كما …": story text carrying on, even cut short
        if introduced and line.text.startswith(BULLETS):
            out.setdefault(i, 0.0)
            continue
        introduced = line.words >= settings.guard_list_intro_words and line.norm.rstrip().endswith(":")
    for i, line in enumerate(lines[:-1]):
        after = lines[i + 1]
        if line.action == "split" and not line.value and after.action == "keep" and _headline_shaped(after):
            out.setdefault(i + 1, None)  # "إقرأ أيضاً:" then a headline: the rule reads the title there
    for i in range(1, len(lines) - 1):
        if (
            lines[i].action == "keep"
            and lines[i - 1].action == lines[i + 1].action == "keep"
            and min(lines[i - 1].words, lines[i + 1].words) >= settings.header_end_words
            and lines[i].words < settings.header_end_words
            and _between_shaped(lines[i])
            and not furniture(lines[i].text, lex)  # "رصد – X", "بانر X" go whatever their place
        ):
            out.setdefault(i, 0.0)  # a subheading, label or short sentence between two paragraphs
    headline = _echoed_headline(lines, kept, lex, settings)
    if headline is not None:
        out.setdefault(headline, None)
    return out


def _echoed_headline(lines: list[Line], kept: list[int], lex: CleanLexicon, settings: Settings) -> int | None:
    """The first headline-shaped line of `Settings.guard_headline_words`+ words above the text whose
    content words the lede repeats (share ≥ `Settings.guard_headline_echo`), even with a byline or a
    date between them: the page's headline, whatever the furniture around it looks like."""
    from rasd.clean.words import stems

    lede = next((i for i in kept if lines[i].words >= settings.header_end_words), None)
    if lede is None:
        return None
    lede_stems = stems(lines[lede].norm, lex.stopwords)
    for i in kept:
        if i >= lede:
            return None
        line = lines[i]
        if line.words >= settings.guard_headline_words and _headline_shaped(line):
            own = stems(line.norm, lex.stopwords)
            if own and len(own & lede_stems) / len(own) >= settings.guard_headline_echo:
                return i
            return None  # only the first headline-shaped line
    return None


_CREDIT_PUNCT = " -–—ـ:()،,«»\"'."


def _place_dateline(line: Line, lex: CleanLexicon) -> bool:
    """The whole line is a dateline that opens with a known place, followed by nothing or by a
    credit ("الجزائر- (د ب أ)", "عدن، نيوزيمن:", "الرياض - واس"): content by the labelling guide
    (`docs/labelling.md`: a dateline stays with its lede), though it is short and sits above the text.
    "أنقرة: الشرع يزور تركيا" (a headline after the place) and "القاهرة - أحمد سعيد" (a byline) are
    not."""
    from rasd.clean.metadata import find_dateline  # metadata imports this module

    found = find_dateline(line.text, lex.outlets.places)
    if found is None or not found[0].startswith(found[1]):
        return False  # no dateline, or its tag comes first ("شبكة … - غزة", "العالم- أوروبا")
    after = fold(line.text[len(found[1]) :]).split()
    if any(w.strip(_CREDIT_PUNCT) in lex.outlets.given_names for w in after):
        return False  # a byline ("القاهرة - أحمد سعيد"): bylines are boilerplate
    rest = fold(line.text[len(found[0]) :]).strip(_CREDIT_PUNCT)
    return not rest or rest in lex.wire_credits or rest in lex.outlets.agencies


#: Between a dateline's place and its (Gregorian) date: nothing, or a Hijri date, a country in
#: brackets and "الموافق" ("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس"), at most this many words.
_DATELINE_GAP_WORDS = 6


def _dated_dateline(line: Line, lex: CleanLexicon) -> bool:
    """The whole line is a place, a printed date and nothing or a credit: "القاهرة 13 أكتوبر 2025
    (شينخوا)", "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس". A wire's dateline that stands
    above its lede: content by the labelling guide, though short and above the text (a date alone,
    "الأحد 17 نوفمبر 2024", has no place and stays the model's to drop)."""
    from rasd.lang.dates import find_dates

    text = line.text
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    places = lex.outlets.places
    place_end = None
    for n in (3, 2, 1):  # the longest known place first ("مكة المكرمة", "وادي الدواسر")
        key = fold(text[: spans[n - 1][1]]).strip(_CREDIT_PUNCT) if len(spans) > n else ""
        if key and (key in places or key.removeprefix("ال") in places):
            place_end = spans[n - 1][1]
            break
    if place_end is None:
        return False
    dates = [d for d in find_dates(text) if d.start >= place_end]
    if not dates:
        return False
    gap = text[place_end : dates[-1].start]
    if len(gap.split()) > _DATELINE_GAP_WORDS or (gap.strip() and not any(c.isdigit() for c in gap)):
        return False  # "القاهرة تستضيف القمة في 13 أكتوبر 2025": a headline, not a dateline
    rest = fold(text[dates[-1].end :]).strip(_CREDIT_PUNCT)
    rest = rest.removeprefix("م ").strip(_CREDIT_PUNCT) if rest != "م" else ""  # "2015 م واس"
    return not rest or rest in lex.wire_credits or rest in lex.outlets.agencies


def _apply_model(lines: list[Line], lex: CleanLexicon, settings: Settings) -> list[Line]:
    """Rule says boilerplate: boilerplate. Otherwise the model: drop what it calls boilerplate and
    note each kept line's title probability for `segment`. A dropped line above the text (before
    the first kept line of `Settings.header_end_words` words) is harvested as `header`: a date printed
    there still dates the story (`metadata.py`). Lines the rules vouch for (`_protected`) stay,
    with no title probability (the headline rule decides); above the text, an outlet's own dateline
    ("«X» (الرياض)", `metadata.is_outlet_dateline`) stays too, with the model's title probability (a
    short headline "غزة: هدنة جديدة" has the same shape); an outlet's logo, byline or credit line
    (`metadata.furniture`: "كتب: X", "رصد – X", "X - متابعات") goes, whatever the model says."""
    from rasd.clean.metadata import furniture, is_outlet_dateline  # metadata imports this module

    assert lex.line_model is not None
    probs = lex.line_model.probabilities(lines, lex.stopwords)
    guarded = _protected(lines, lex, settings)
    out = []
    in_header = True
    for i, (line, p) in enumerate(zip(lines, probs, strict=True)):
        if line.action == "keep":
            if i in guarded:
                line = replace(line, title_p=guarded[i])
            elif kind := furniture(line.text, lex):
                line = Line(line.text, line.norm, kind, "drop", None, "header" if in_header else None)
            elif (
                p.get("boilerplate", 0.0) >= settings.line_boilerplate_min
                and line.words < settings.line_model_max_words
            ) and not (
                in_header
                and line.words <= settings.guard_dateline_max_words
                and is_outlet_dateline(line.text, lex)
            ):
                harvest = "header" if in_header else None
                line = Line(line.text, line.norm, "model", "drop", line.text, harvest)
            else:
                line = replace(line, title_p=p.get("title", 0.0))
            in_header = in_header and (line.action != "keep" or line.words < settings.header_end_words)
        out.append(line)
    return out


def _ends_sentence(norm: str) -> bool:
    return norm.rstrip("\"' )").endswith((".", "!", "?", "…"))
