"""Outlet, publication date and dateline of each story.

Each story gets what its own lines say: a "تاريخ النشر:" or "آخر تحديث:" line, an "المصدر:" line,
else a date or a credit printed in its header. Only the page's first story takes the page-level
metadata (HTML meta tags, feed or JSONL fields): a story glued onto the page from another time must
not inherit the page's date. Nothing is ever guessed from the clock, nor from the story's content.

Dates. A full date counts when the page prints it as a date: a dated line above the text (not the
site's clock in a masthead band over "رئيس التحرير"), a dateline that opens a line ("القاهرة 13
أكتوبر 2025 (شينخوا)"), or a date the text gives as today's ("اليوم الثلاثاء 4 مارس 2025"). A date
deep inside a sentence ("وقع الطرفان في 11 مايو 2023") is content.

Outlet. The page names itself in a credit line ("المهرة بوست - متابعات", "شفق نيوز- بغداد",
"أنقرة (زمان التركية)", "«عكاظ» (الرياض)"), a lede prefix ("نبأ – وصل الرئيس …"), a copyright line
("© X"), a byline or masthead naming a catalog outlet ("كتب: مصراوي"), or as the recipient of a
statement ("في بيان اطلع عليه «ألترا عراق»"). Wire agencies (واس، رويترز, every `agency` of the
catalog, `wire_credits.txt`), places, bylines and section labels are never the outlet.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rasd.clean.lexicon import CleanLexicon, OutletLexicon
from rasd.clean.lines import Line
from rasd.clean.segment import Draft
from rasd.lang.clitics import without_article
from rasd.lang.dates import DateMatch, find_dates
from rasd.lang.normalize import fold, normalize
from rasd.records import RawDoc
from rasd.settings import Settings


@dataclass(frozen=True, slots=True)
class StoryMeta:
    published: dt.date | None = None
    published_from: str | None = None
    outlet: str | None = None
    outlet_from: str | None = None
    dateline: str | None = None


# --------------------------------------------------------------------------- dateline

_LETTERS = r"(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670])+"  # a word, Arabic diacritics included
#: The words a line opens with: a dateline's place is one to three of them.
_OPENING = re.compile(rf"\s*({_LETTERS})(?:\s+({_LETTERS}))?(?:\s+({_LETTERS}))?")
#: What follows a dateline's place: an optional date ("12 آذار/مارس 2024"), then an agency in brackets
#: ("(رويترز) -"), a dash and its tag ("- واس:"), a slash and its tag ("/ إرنا-"), a comma and a short
#: tag closed by a colon or a dash ("، نيوزيمن:"), or a colon alone ("الجزائر:").
_DATELINE_TAIL = re.compile(
    rf"\s*(?:\d{{1,2}}\s+{_LETTERS}(?:\s*/\s*{_LETTERS})?(?:\s+\d{{4}})?\s*)?"
    rf"(?:\(\s*[^()\n]{{2,30}}?\s*\)\s*[-–—ـ:]*"
    rf"|[-–—ـ]+(?:\s*{_LETTERS}(?:\s+{_LETTERS}){{0,2}}\s*(?:[-–—ـ:]+|$))?"
    rf"|/\s*{_LETTERS}(?:\s+{_LETTERS}){{0,2}}\s*[-–—ـ:]*"
    rf"|[،,]\s*{_LETTERS}(?:\s+{_LETTERS}){{0,2}}\s*[-–—ـ:]+"
    rf"|:)"
)


#: A dateline that names its agency or outlet first: "واس - الرياض:", "عين اليوم – جدة" (a line of its
#: own, or closed by a colon).
_TAG_FIRST = re.compile(
    rf"\s*{_LETTERS}(?:\s+{_LETTERS}){{0,2}}\s*[-–—ـ]+\s*"
    rf"(?P<place>{_LETTERS}(?:\s+{_LETTERS}){{0,2}})\s*(?::|$)"
)


def find_dateline(line: str, places: frozenset[str]) -> tuple[str, str] | None:
    """The dateline a story's first line opens with, and its place: "الرياض - واس:", "عمّان (رويترز) -",
    "بيروت 12 آذار/مارس (أ ف ب) -", "طهران/ إرنا-", or after its tag ("واس - الرياض:"). The place
    must be a known one (`places`, folded): an outlet's tag before a dash ("رصد – العربي") is none."""

    def known(name: str) -> bool:
        key = fold(name)
        return key in places or without_article(key) in places

    m = _OPENING.match(line)
    if m:
        for n in (3, 2, 1):  # the longest known place first ("شرم الشيخ", "أبو ظبي")
            end = m.end(n)
            tail = _DATELINE_TAIL.match(line, end) if m.group(n) and known(line[m.start(1) : end]) else None
            if tail:
                return line[: tail.end()].strip(" :,،-–—ـ"), line[m.start(1) : end]
    m = _TAG_FIRST.match(line)
    if m and known(m.group("place")):
        return line[: m.end("place")].strip(), m.group("place")
    return None


# --------------------------------------------------------------------------- dates

#: A date counts when at most this many words stand before it on its line: on a dropped header line
#: ("مدار الساعة ـ نشر في 2024/03/17" has 4) and on a story line (a dateline: "الإيطالية نيوز، السبت
#: 20 أغسطس 2022 -" has 3; "وانطلقت المفاوضات منذ 6 مايو 2023" is content). Dev: these keep every
#: printed date and drop the content dates of the first lines.
HEADER_DATE_WORDS = 4
DATELINE_DATE_WORDS = 3
#: "اليوم الثلاثاء 4 مارس 2025": the text dates itself (dev: 2 pages' gold dates, none wrong).
_TODAY = re.compile(r"(?:^|\s)اليوم\s*(?:(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)\s*)?[،,(]?\s*$")
#: "الرياض 08 ربيع الأول 1446 هـ الموافق 11 سبتمبر 2024 م": the Gregorian twin of a printed Hijri date.
_EQUIVALENT = re.compile(r"\sالموافق\s*[:ل]?\s*$")
#: "… عشق أباد 29 حزيران/يونيو 2022 (أ ف ب).": a photo caption's own dateline, closing the line
#: (an English agency caption "WASHINGTON - FEBRUARY 11: … on February 11, 2025 in …" is not one).
_CAPTION_CREDIT = re.compile(r"^\s*\(\s*[^()]{1,20}\)\s*\.?\s*$")
#: A masthead band: the site's name, today's date and its editors. A date above such a line is the
#: site's clock, not the story's (dev: 3 pages).
_MASTHEAD_STAFF = re.compile(
    r"^\W*(?:رئيس(?:ه)? (?:مجلس|مجلسي|مجلسى) الاداره|رئيس(?:ه)? التحرير|مدير التحرير)"
)
_WORDS = re.compile(r"[^\W_\u0640]+")  # tatweel is no word
#: "26-أكتوبر-2023", "27/مارس/2021": a month name hyphenated between day and year.
_HYPHEN_MONTH = re.compile(r"(?<=\d)[-–/](?=[^\W\d_])|(?<=[^\W\d_])[-–/](?=\d)")


def _dates(text: str) -> list[DateMatch]:
    return find_dates(_HYPHEN_MONTH.sub(" ", text))  # same length: offsets stay valid


def printed_date(text: str, max_before: int = DATELINE_DATE_WORDS) -> dt.date | None:
    """The first date `text` prints as a date (see the module docstring), or None."""
    for found in _dates(text):
        before = text[: found.start]
        if (
            len(_WORDS.findall(before)) <= max_before
            or _TODAY.search(fold(before))
            or _EQUIVALENT.search(fold(before))
            or _CAPTION_CREDIT.match(text[found.end :])
        ):
            return found.date
    return None


def _harvested_date(draft: Draft, harvest: str) -> dt.date | None:
    for line in draft.removed:
        if line.harvest == harvest and line.value:
            found = _dates(line.value)
            if found:
                return found[0].date
    return None


def _header_lines(draft: Draft) -> list[Line]:
    """Dropped lines above the text, without the masthead band (anything above its staff lines)."""
    header = [line for line in draft.removed if line.harvest in ("caption", "header")]
    staff = [i for i, line in enumerate(header) if _MASTHEAD_STAFF.match(line.norm)]
    return header[staff[-1] + 1 :] if staff else header


def _published(
    draft: Draft, first: bool, raw: RawDoc, settings: Settings
) -> tuple[dt.date | None, str | None]:
    for harvest in ("published", "updated"):
        date = _harvested_date(draft, harvest)
        if date:
            return date, f"line:{harvest}"
    if first and raw.published:
        return raw.published, raw.fmt
    header = [(line.value or line.text, HEADER_DATE_WORDS) for line in _header_lines(draft)]
    lines = [draft.title or "", *(line.text for line in draft.body[: settings.header_lines])]
    for text, max_before in [*header, *((t, DATELINE_DATE_WORDS) for t in lines)]:
        date = printed_date(text, max_before)
        if date:
            return date, "header-date"
    return None, None


# --------------------------------------------------------------------------- outlet


#: The longest outlet name taken from a credit (words); dev: the longest is 3 ("شبكة الخامسة للأنباء").
OUTLET_MAX_WORDS = 4
#: A lede prefix "X – <lede>" names the outlet only when X is this short and the lede this long.
PREFIX_MAX_WORDS = 3
LEDE_MIN_WORDS = 5
#: A credit line is short: longer dropped lines are menus, captions or text.
CREDIT_LINE_MAX_WORDS = 8
#: The name beside a credit word on a line the cleaner drops as a credit ("رصد – نبض السودان"): dev's
#: longest outlet name has 3 words; a longer part is a headline.
CREDIT_NAME_MAX_WORDS = 3

_QUOTES = "\"'«»“”„‘’`"
_STRIP = " \t:：.،,؛;!؟?()[]{}<>" + _QUOTES + "\u200f\u200e"
#: Separators of a credit's parts: dashes, bars, slashes, the Arabic comma, a colon, a tatweel
#: standing alone ("مدار الساعة ـ نشر"), and brackets.
_PART_SEP = re.compile(r"\s*(?:[-–—|/\\،,:؛>]+|(?<!\w)ـ+|ـ+(?!\w)|[()\[\]])\s*")
_ARABIC = re.compile(r"[\u0621-\u064a]")
#: "date 2025-09-12 …": the archive's record before the page's own first line.
ARCHIVE_RECORD = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|حقوق (?:النشر|الطبع)|جميع الحقوق)", re.IGNORECASE)
_COPYRIGHT_NAME = re.compile(
    r"(?:©|\(c\))\s*(?:(?:19|20)\d\d\s*[-–]?\s*(?:(?:19|20)\d\d)?\s*)?(?P<x>[^©|،,.\d]{2,40}?)\s*(?:[|،,.]|(?:19|20)\d\d|$)",
    re.IGNORECASE,
)
#: The recipient of a statement is the page's outlet: "بيان اطلع عليه «ألترا عراق»", "ورد لـ X".
_RECIPIENT = re.compile(
    r"(?:اطلع(?:ت)? علي(?:ه|ها)|ورد(?:ت)? ل\s*ـ?|تلق(?:ي|ت|اه|ته) (?=[^.،,]{2,40}? نسخه))\s*"
    r"(?:\"(?P<q>[^\"]{2,40})\"|(?P<x>[^\W\d][^،,.:\"()]{1,40}?)\s*(?:[،,.:(]|نسخه|$))"
)


def _clean_part(text: str) -> str:
    return text.strip(_STRIP).strip()


def _parts(text: str) -> list[str]:
    return [p for p in (_clean_part(p) for p in _PART_SEP.split(text)) if p]


class _Kind:
    PLACE, CREDIT, WIRE, SECTION = "place", "credit", "wire", "section"
    OUTLET, OTHER, NONE = "outlet", "other", "none"


def _kind(part: str, lex: CleanLexicon, ol: OutletLexicon) -> str:
    key = fold(part).strip()
    words = key.split()
    if not words or not _ARABIC.search(key):
        return _Kind.NONE
    if key in ol.outlets:
        return _Kind.OUTLET
    if key in ol.credits or words[0] in ol.credit_starts:
        return _Kind.CREDIT
    if key in lex.wire_credits or key in ol.agencies:
        return _Kind.WIRE
    if key in ol.sections:
        return _Kind.SECTION
    if key in ol.places or without_article(key) in ol.places:
        return _Kind.PLACE
    if (
        len(words) > OUTLET_MAX_WORDS
        or words[0] in ol.bylines
        or words[0] in ol.given_names
        or (any(c.isdigit() for c in key) and len(words) == 1)
    ):
        return _Kind.NONE
    return _Kind.OTHER


def credit_outlet(text: str, lex: CleanLexicon, ol: OutletLexicon) -> str | None:
    """The outlet a short credit line names: "X - متابعات", "X- بغداد", "بغداد (X)", "رصد – X"."""
    text = ARCHIVE_RECORD.sub("", text)
    if "/" in text and _dates(text):  # "الإثنين 22 ديسمبر 2025 الساعة 07 / مأرب برس - غرفة الأخبار"
        text = text.rsplit("/", 1)[-1]
    if len(text.split()) > CREDIT_LINE_MAX_WORDS:
        return None
    parts = _parts(text)
    kinds = [_kind(p, lex, ol) for p in parts]
    if len(parts) == 1 and kinds == [_Kind.OUTLET]:
        return parts[0]  # a masthead: a catalog outlet alone on its line
    if not 2 <= len(parts) <= 3:
        return None
    # a section label names the outlet only beside a credit word ("العالم - خاص بالعالم")
    names = (
        (_Kind.OUTLET, _Kind.OTHER, _Kind.SECTION) if _Kind.CREDIT in kinds else (_Kind.OUTLET, _Kind.OTHER)
    )
    named = [p for p, k in zip(parts, kinds, strict=True) if k in names]
    beside = [k for k in kinds if k not in names]
    if len(named) == 1 and beside and all(k in (_Kind.PLACE, _Kind.CREDIT) for k in beside):
        return named[0]
    return None


def furniture(text: str, lex: CleanLexicon) -> str | None:
    """What outlet furniture the whole line is, if any — `logo` ("شعار X", "بانر X"), `byline` ("كتب:
    X", "كتب أحمد سعيد", "بقلم X"), `credit` (`is_credit_line`) or `breadcrumb` (`is_breadcrumb`):
    boilerplate by the labelling guide (`docs/labelling.md`: mastheads, breadcrumbs, bylines and
    credits), which `lines.py` drops whatever the model says. At most `CREDIT_LINE_MAX_WORDS` words."""
    words = fold(text).split()
    if not words or len(words) > CREDIT_LINE_MAX_WORDS:
        return None
    if _LOGO.match(text) and len(words) <= PREFIX_MAX_WORDS + 1:
        return "logo"
    if _is_byline(words, lex.outlets):
        return "byline"
    if is_breadcrumb(text, lex):
        return "breadcrumb"
    return "credit" if is_credit_line(text, lex) else None


def is_breadcrumb(text: str, lex: CleanLexicon) -> bool:
    """The whole line is a section label, then places or section labels ("سياسة - مصر", "العالم-
    أوروبا", "أخبار | الرياض"): a breadcrumb trail that does not start at the home page. A place first
    is a dateline ("الرياض - واس"), an outlet beside a place its own dateline (`is_outlet_dateline`)."""
    parts = _parts(text)
    if not 2 <= len(parts) <= 3:
        return False
    kinds = [_kind(p, lex, lex.outlets) for p in parts]
    return kinds[0] == _Kind.SECTION and all(k in (_Kind.SECTION, _Kind.PLACE) for k in kinds[1:])


def _is_byline(words: list[str], ol: OutletLexicon) -> bool:
    """ "كتب: X", "كتب - X", "بقلم X", or "كتب" before a given name ("كتب أحمد سعيد"); "كتب الرئيس
    رسالة" is not one."""
    first = words[0].rstrip(":：")
    if first not in ol.bylines or first == fold("حوار") or len(words) < 2:
        return False  # "حوار: …" also heads an interview's headline
    nxt = words[1].strip(":：-–—")
    return first == fold("بقلم") or words[0] != first or not nxt or nxt in ol.given_names


def is_outlet_dateline(text: str, lex: CleanLexicon) -> bool:
    """The whole line is an outlet's name and a known place, in either order ("«X» (الرياض)",
    "X | الرباط"): the outlet's own dateline above its lede, content by the labelling guide. A
    section label beside the place ("العالم- أوروبا") is a breadcrumb, not one."""
    parts = _parts(text)
    if len(parts) != 2:
        return False
    kinds = [_kind(p, lex, lex.outlets) for p in parts]
    if kinds.count(_Kind.PLACE) != 1:
        return False
    name, kind = next((p, k) for p, k in zip(parts, kinds, strict=True) if k != _Kind.PLACE)
    return kind in (_Kind.OUTLET, _Kind.OTHER) and len(name.split()) <= CREDIT_NAME_MAX_WORDS


def is_credit_line(text: str, lex: CleanLexicon) -> bool:
    """The whole line is an outlet's credit: a credit word beside a name of at most
    `CREDIT_NAME_MAX_WORDS` words ("رصد – X", "X - متابعات", "العالم - خاص بالعالم"). Boilerplate by
    the labelling guide (`docs/labelling.md`: bylines and credits). "خاص" first tags a headline
    ("خاص - الشرع يزور أنقرة"), and a place first is a dateline (`lines._place_dateline`)."""
    parts = _parts(ARCHIVE_RECORD.sub("", text))
    if not 2 <= len(parts) <= 3 or fold(parts[0]) == fold("خاص"):
        return False
    kinds = [_kind(p, lex, lex.outlets) for p in parts]
    names = [p for p, k in zip(parts, kinds, strict=True) if k in (_Kind.OUTLET, _Kind.OTHER, _Kind.SECTION)]
    return (
        _Kind.CREDIT in kinds
        and len(names) == 1
        and not any(c.isdigit() for c in names[0])
        and all(
            k != _Kind.NONE and len(p.split()) <= CREDIT_NAME_MAX_WORDS
            for p, k in zip(parts, kinds, strict=True)
        )
    )


def lede_outlet(text: str, lex: CleanLexicon, ol: OutletLexicon) -> str | None:
    """The outlet a lede opens with: "نبأ – وصل …", "أنقرة (زمان التركية)ــ وصل …",
    "الإيطالية نيوز، السبت 20 أغسطس 2022 - أعلن …"."""
    text = ARCHIVE_RECORD.sub("", text)
    m = re.match(r"^\s*(?P<place>[^\W\d_][^()]{0,25}?)\s*\((?P<x>[^()]{2,30})\)\s*(?:[-–—ـ:]+|\s)", text)
    if m:  # "أنقرة (زمان التركية)ــ": a dateline whose agency part is the outlet
        x = _clean_part(m.group("x"))
        if _kind(m.group("place"), lex, ol) == _Kind.PLACE and _kind(x, lex, ol) in (
            _Kind.OUTLET,
            _Kind.OTHER,
        ):
            return x
        return None
    m = re.match(
        r"^\s*(?P<x>[^\W\d_][^-–—ـ،,:()]{0,40}?)\s*(?P<sep>[-–—]+|(?<!\w)ـ+|[،,])\s*(?P<rest>.*)$", text
    )
    if not m or len(m.group("x").split()) > PREFIX_MAX_WORDS:
        return None
    rest = m.group("rest")
    if m.group("sep") in "،,":  # "X، <date> -": the outlet before a printed date
        found = _dates(rest)
        if not found or len(_WORDS.findall(rest[: found[0].start])) > 1:
            return None
    if len(rest.split()) < LEDE_MIN_WORDS:
        return None
    x = _clean_part(m.group("x"))
    kind = _kind(x, lex, ol)
    first = fold(x).split()[0]
    if kind == _Kind.OUTLET or (
        kind == _Kind.OTHER and first not in ol.places and without_article(first) not in ol.places
    ):
        return x
    return None


def _copyright_outlet(text: str, lex: CleanLexicon, ol: OutletLexicon) -> str | None:
    m = _COPYRIGHT_NAME.search(text)
    if not m:
        return None
    x = re.sub(r"^(?:جميع الحقوق محفوظة ل\s*ـ?|حقوق النشر محفوظة ل\s*ـ?)", "", _clean_part(m.group("x")))
    x = _clean_part(x)
    return x if _kind(x, lex, ol) in (_Kind.OUTLET, _Kind.OTHER) else None


def _recipient_outlet(text: str, lex: CleanLexicon, ol: OutletLexicon) -> str | None:
    n = normalize(text)  # matched on the normalised form, returned as written
    for m in _RECIPIENT.finditer(n.text):
        group = "q" if m.group("q") else "x"
        start, end = n.to_original(*m.span(group))
        x = _clean_part(text[start:end])
        if _kind(x, lex, ol) in (_Kind.OUTLET, _Kind.OTHER):
            return x
    return None


def _source_value(value: str, lex: CleanLexicon, ol: OutletLexicon) -> str | None:
    """ "المصدر: الجزيرة مباشر + وكالات": the named part; None when every part is a wire or a credit."""
    parts = [_clean_part(p) for p in re.split(r"\s*[+،,/&]\s*|\s+و(?=وكالات|مواقع)", value)]
    named = [p for p in parts if p and _kind(p, lex, ol) not in (_Kind.WIRE, _Kind.CREDIT)]
    key = fold(value).strip()
    if len(parts) == 1 and key in ol.agencies and key not in lex.wire_credits:
        return value  # "المصدر: واس" names the page's publisher, an agency's own site (demo gold)
    if len(named) == 1 and fold(named[0]) not in lex.wire_credits:
        return named[0] if len(parts) > 1 else value
    return None


#: How many of a story's first body lines may carry a credit line or a credit prefix.
CREDIT_BODY_LINES = 2
#: Dropped lines that may be a credit line: the line model's furniture, a repeated headline, a
#: credit rule; not tags, related headlines or share prompts ("كلمات دلالية: إقليم قره باغ").
CREDIT_LINE_KINDS = frozenset({"model", "credit", "repeat", "body"})


def _outlet(draft: Draft, first: bool, raw: RawDoc, lex: CleanLexicon) -> tuple[str | None, str | None]:
    ol = lex.outlets
    wire = False
    for line in draft.removed:
        if line.harvest == "outlet" and line.value:
            named = _source_value(line.value, lex, ol)
            if named:
                return named, "line:source"
            wire = True
    if first and raw.outlet:
        return raw.outlet, raw.fmt
    for line in draft.removed:
        if _COPYRIGHT.search(line.text):
            named = _copyright_outlet(line.text, lex, ol)
            if named:
                return named, "copyright"
    header = [line.text for line in draft.removed if line.harvest in ("header", "caption")]
    short = [
        line.text
        for line in draft.removed
        if line.harvest is None and line.kind in CREDIT_LINE_KINDS and line.words <= CREDIT_LINE_MAX_WORDS
    ]
    head = [*header, draft.title or "", *(line.text for line in draft.body[:CREDIT_BODY_LINES]), *short]
    for text in head:
        named = credit_outlet(text, lex, ol)
        if named:
            return named, "credit"
    for line in draft.body[:CREDIT_BODY_LINES]:
        named = lede_outlet(line.text, lex, ol)
        if named:
            return named, "lede"
    for line in [*draft.removed, *draft.body]:  # a logo's text may be left in the body
        if line.harvest in (None, "header") and line.words <= CREDIT_LINE_MAX_WORDS:
            named = _byline_outlet(line.text, lex, ol, in_body=line.action == "keep")
            if named:
                return named, "byline"
    for text in [*header, *(line.text for line in draft.body)]:
        named = _recipient_outlet(text, lex, ol)
        if named:
            return named, "recipient"
    return None, "wire-credit" if wire else None


#: A masthead image's text: "شعار X", "بانر X".
_LOGO = re.compile(r"^\W*(?:شعار|بانر|لوجو|لوغو|logo)\s+(?P<x>.+)$", re.IGNORECASE)


def _byline_outlet(text: str, lex: CleanLexicon, ol: OutletLexicon, in_body: bool = False) -> str | None:
    """A logo's "شعار X"; a byline or masthead line naming a catalog outlet ("كتب: مصراوي")."""
    m = _LOGO.match(text)
    if m:
        x = _clean_part(m.group("x"))
        named = len(x.split()) <= PREFIX_MAX_WORDS and _kind(x, lex, ol) in (_Kind.OUTLET, _Kind.OTHER)
        return x if named else None
    if in_body:
        return None
    parts = _parts(text)
    first_words = fold(parts[0]).split()[:1] if parts else []  # a part can fold to nothing
    if first_words and first_words[0] in ol.bylines:
        parts = parts[1:]
    if len(parts) == 1 and _kind(parts[0], lex, ol) == _Kind.OUTLET:
        return parts[0]
    return None


def story_metadata(
    draft: Draft, first: bool, raw: RawDoc, lex: CleanLexicon, settings: Settings
) -> StoryMeta:
    """What the story's own lines (or, for the first story, the page) say about it."""
    published, published_from = _published(draft, first, raw, settings)
    outlet, outlet_from = _outlet(draft, first, raw, lex)
    found = find_dateline(draft.body[0].text, lex.outlets.places) if draft.body else None
    dateline = found[0] if found else None
    return StoryMeta(published, published_from, outlet, outlet_from, dateline)
