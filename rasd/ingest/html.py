"""HTML pages: trafilatura finds the main text and the page's metadata (title, date, site, url).

The publication date comes from htmldate through trafilatura, bounded by a fixed latest date
(`Settings.html_max_date`, or the crawl date for WARC records) so that a run's clock never
decides which date a page gets.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import lxml.etree
import lxml.html
import trafilatura
from htmldate import find_date

from rasd.errors import EmptyInputError, FormatError
from rasd.ingest.dates import parse_date
from rasd.ingest.decode import decode_bytes
from rasd.ingest.text import count_letters, normalise_newlines, require_text
from rasd.records import RawDoc
from rasd.settings import Settings

FOCUS_VALUES = ("precision", "balanced", "recall")
DATE_SEARCH_VALUES = ("extensive", "basic", "off")
META_FIELDS = ("author", "description", "sitename", "hostname", "categories", "tags", "language", "image")


def latest_date(settings: Settings, max_date: dt.date | None) -> str:
    return max_date.isoformat() if max_date else settings.html_max_date


def extraction_options(settings: Settings, max_date: dt.date | None = None) -> dict[str, Any]:
    """trafilatura keyword arguments from Settings (one place, so the benchmark uses the same)."""
    if settings.html_focus not in FOCUS_VALUES:
        raise ValueError(f"Settings.html_focus must be one of {FOCUS_VALUES}, not {settings.html_focus!r}")
    if settings.html_date_search not in DATE_SEARCH_VALUES:
        raise ValueError(f"Settings.html_date_search must be one of {DATE_SEARCH_VALUES}")
    return {
        "favor_precision": settings.html_focus == "precision",
        "favor_recall": settings.html_focus == "recall",
        "include_comments": settings.html_comments,
        "include_tables": settings.html_tables,
        "deduplicate": False,
        "with_metadata": True,
        "output_format": "python",
        "date_extraction_params": {
            "extensive_search": False,  # the extensive pass runs apart: see page_date
            "original_date": True,
            "max_date": latest_date(settings, max_date),
        },
    }


def page_date(found: Any, html: str, url: str | None, settings: Settings, latest: str) -> dt.date | None:
    """trafilatura's date (htmldate's precise passes); failing that, htmldate's extensive search,
    whose year- and month-only guesses (a copyright line, "2013") come back as the 1st and are
    dropped: a wrong day is worse than no date."""
    if settings.html_date_search == "off":
        return None
    date = parse_date(found.date)
    if date is not None or settings.html_date_search != "extensive":
        return date
    guess = parse_date(find_date(html, extensive_search=True, original_date=True, url=url, max_date=latest))
    return guess if guess is not None and guess.day != 1 else None


def page_letters(html: str) -> int:
    """Letters in the page's visible text: tells "nothing on the page" from "nothing found"."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return 0
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return count_letters(tree.text_content())


def _extract(html: str, url: str | None, settings: Settings, max_date: dt.date | None) -> Any:
    """trafilatura's Document for the page, or a typed error saying why there is none."""
    options = extraction_options(settings, max_date)
    try:
        found = trafilatura.bare_extraction(html, url=url, **options)
    except (lxml.etree.LxmlError, ValueError) as exc:
        raise FormatError(f"HTML cannot be parsed: {exc}") from exc
    if found is None or not (found.text or "").strip():
        letters = page_letters(html)
        if letters < settings.min_text_chars:
            raise EmptyInputError(
                f"HTML page holds only {letters} letters of text (truncated or empty page?)"
            )
        raise EmptyInputError(f"no main text found in the HTML page ({letters} letters on the page)")
    return found


def _meta(found: Any) -> dict[str, Any]:
    meta = {}
    for name in META_FIELDS:
        value = getattr(found, name, None)
        if value:
            meta[name] = value
    return meta


def parse_html(
    data: bytes,
    source: str,
    settings: Settings,
    *,
    url: str | None = None,
    charset: str | None = None,
    max_date: dt.date | None = None,
) -> RawDoc:
    """One page, one document. `url`, `charset` and `max_date` come from a WARC record if any."""
    html, codec = decode_bytes(data, settings, hint=charset)
    found = _extract(html, url, settings, max_date)
    text = require_text(normalise_newlines(found.text), settings, "HTML main text")
    published = page_date(found, html, url, settings, latest_date(settings, max_date))
    return RawDoc(
        source=source,
        text=text,
        fmt="html",
        encoding=codec,
        title=(found.title or "").strip() or None,
        url=url or found.url or None,
        published=published,
        outlet=(found.sitename or "").strip() or None,
        meta=_meta(found),
    )
