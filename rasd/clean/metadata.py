"""Outlet, publication date and dateline of each story.

Each story gets what its own lines say: a "تاريخ النشر:" or "آخر تحديث:" line, an "المصدر:" line,
else a full date in its header (headline, standfirst, caption). Only the page's first story takes
the page-level metadata (HTML meta tags, feed or JSONL fields): a story glued onto the page from
another time must not inherit the page's date. Nothing is ever guessed from the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rasd.clean.lexicon import CleanLexicon
from rasd.clean.segment import DATELINE, Draft
from rasd.lang.dates import find_dates
from rasd.lang.normalize import fold
from rasd.records import RawDoc
from rasd.settings import Settings


@dataclass(frozen=True, slots=True)
class StoryMeta:
    published: dt.date | None = None
    published_from: str | None = None
    outlet: str | None = None
    outlet_from: str | None = None
    dateline: str | None = None


def _harvested_date(draft: Draft, harvest: str) -> dt.date | None:
    for line in draft.removed:
        if line.harvest == harvest and line.value:
            found = find_dates(line.value)
            if found:
                return found[0].date
    return None


def _published(
    draft: Draft, first: bool, raw: RawDoc, settings: Settings
) -> tuple[dt.date | None, str | None]:
    for harvest in ("published", "updated"):
        date = _harvested_date(draft, harvest)
        if date:
            return date, f"line:{harvest}"
    if first and raw.published:
        return raw.published, raw.fmt
    captions = [line.value or "" for line in draft.removed if line.harvest in ("caption", "header")]
    header = [draft.title or "", *captions] + [line.text for line in draft.body[: settings.header_lines]]
    for text in header:
        found = find_dates(text)
        if found:
            return found[0].date, "header-date"
    return None, None


def _outlet(draft: Draft, first: bool, raw: RawDoc, lex: CleanLexicon) -> tuple[str | None, str | None]:
    for line in draft.removed:
        if line.harvest == "outlet" and line.value:
            if fold(line.value) in lex.wire_credits:
                return None, "wire-credit"
            return line.value, "line:source"
    if first and raw.outlet:
        return raw.outlet, raw.fmt
    return None, None


def story_metadata(
    draft: Draft, first: bool, raw: RawDoc, lex: CleanLexicon, settings: Settings
) -> StoryMeta:
    """What the story's own lines (or, for the first story, the page) say about it."""
    published, published_from = _published(draft, first, raw, settings)
    outlet, outlet_from = _outlet(draft, first, raw, lex)
    dateline = None
    if draft.body:
        m = DATELINE.match(draft.body[0].text)
        dateline = m.group(0).strip(" :,-–") if m else None
    return StoryMeta(
        published, published_from, outlet if outlet_from != "wire-credit" else None, outlet_from, dateline
    )
