"""RSS and Atom feeds: each item is a document with its link, date, title and text.

We decode the bytes ourselves (so a feed gets the same encoding rules and mojibake check as any
file) and hand feedparser UTF-8 with the XML declaration rewritten to say so.
"""

from __future__ import annotations

import io
import re
from typing import Any

import feedparser
import lxml.etree
import lxml.html

from rasd.errors import EmptyInputError, FormatError, RasdError
from rasd.ingest.dates import parse_date
from rasd.ingest.decode import decode_bytes
from rasd.ingest.text import normalise_newlines, require_text
from rasd.records import IngestFailure, RawDoc
from rasd.settings import Settings

XML_ENCODING = re.compile(r"""(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""", re.IGNORECASE)
BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section")
BLANK_LINES = re.compile(r"[ \t]*\n\s*")
# A numeric character reference, as feedparser's SGML fallback reads it (digits, or x and hex digits).
CHARREF = re.compile(r"&#([0-9]+|[xX][0-9a-fA-F]+)")
SURROGATES = range(0xD800, 0xE000)
# Characters lxml refuses in a node's text (XML 1.0 forbids them): C0 controls but tab and newlines.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _safe_charref(match: re.Match[str]) -> str:
    """feedparser calls chr(n).encode("utf-8") on every reference: no character, or a surrogate,
    raises inside it. Such a reference becomes U+FFFD, as an HTML parser would render it."""
    ref = match.group(1)
    hexadecimal = ref[0] in "xX"
    digits = ref[1:] if hexadecimal else ref
    if len(digits.lstrip("0")) > 7:  # past U+10FFFF (and past what int() reads, for very long ones)
        return "&#xFFFD"
    value = int(digits, 16) if hexadecimal else int(digits)
    return "&#xFFFD" if value > 0x10FFFF or value in SURROGATES else match.group(0)


def html_to_lines(fragment: str) -> str:
    """Text of an HTML fragment with one line per paragraph-like element (feeds embed HTML)."""
    if "<" not in fragment:
        return fragment.strip()
    fragment = NOT_XML.sub(" ", fragment)  # else setting element.text below raises ValueError
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return fragment.strip()
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    return BLANK_LINES.sub("\n", root.text_content()).strip()


def one_line(fragment: str) -> str:
    """A title or name as one line with single spaces."""
    return " ".join(html_to_lines(fragment).split())


def _entry_text(entry: Any) -> str:
    """The longest of the item's full content and its summary, as plain lines."""
    candidates = [c.get("value", "") for c in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    texts = [html_to_lines(c) for c in candidates if c]
    return max(texts, key=len, default="")


def _has_fields(entry: Any) -> bool:
    """feedparser turns a cut-off `<item>` into an empty entry; that is not an item."""
    return any(entry.get(key) for key in ("title", "link", "summary", "content", "id"))


def _entry_date(entry: Any) -> Any:
    for key in ("published", "updated", "created"):
        date = parse_date(entry.get(key))
        if date is not None:
            return date
    return None


def _entry_doc(entry: Any, source: str, outlet: str | None, codec: str, settings: Settings) -> RawDoc:
    text = require_text(normalise_newlines(_entry_text(entry)), settings, "feed item text")
    meta = {key: entry[key] for key in ("id", "author") if entry.get(key)}
    tags = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
    if tags:
        meta["tags"] = tags
    return RawDoc(
        source=source,
        text=text,
        fmt="rss",
        encoding=codec,
        title=one_line(entry.get("title", "")) or None,
        url=entry.get("link") or None,
        published=_entry_date(entry),
        outlet=outlet,
        meta=meta,
    )


def parse_feed(data: bytes, source: str, settings: Settings) -> list[RawDoc | IngestFailure]:
    """One document per item, `source#n` with n the item's 1-based position; a bad item is a failure."""
    text, codec = decode_bytes(data, settings)
    text = CHARREF.sub(_safe_charref, XML_ENCODING.sub(r"\1\2utf-8\2", text, count=1))
    utf8 = text.encode("utf-8")
    feed = feedparser.parse(io.BytesIO(utf8), sanitize_html=True, resolve_relative_uris=False)
    if not any(_has_fields(entry) for entry in feed.entries):
        if feed.bozo:
            raise FormatError(f"not a valid RSS/Atom feed: {feed.get('bozo_exception')}")
        raise EmptyInputError("feed has no items")
    outlet = one_line(feed.feed.get("title", "")) or None
    results: list[RawDoc | IngestFailure] = []
    for number, entry in enumerate(feed.entries, 1):
        item_source = f"{source}#{number}"
        try:
            results.append(_entry_doc(entry, item_source, outlet, codec, settings))
        except RasdError as exc:
            results.append(IngestFailure(item_source, str(exc), exc.code))
    return results
