import datetime as dt

import pytest

from rasd.errors import FormatError
from rasd.ingest.feeds import html_to_lines, parse_feed
from rasd.records import IngestFailure, RawDoc
from rasd.settings import Settings

LEDE = "أعلنت وزارة الخارجية المصرية اليوم أن الوزير سيتوجه إلى العاصمة الليبية طرابلس في زيارة رسمية."
SECOND = "وقال المتحدث باسم الوزارة إن الزيارة تأتي في إطار التنسيق المستمر بين البلدين."

RSS = f"""<?xml version="1.0" encoding="{{encoding}}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>وكالة  الأنباء</title><link>https://example.com</link>
<item><title>الوزير يزور طرابلس</title><link>https://example.com/1</link>
<pubDate>Mon, 13 May 2024 01:30:00 +0300</pubDate><description>{LEDE}</description>
<content:encoded><![CDATA[<p>{LEDE}</p><p>{SECOND}</p>]]></content:encoded></item>
<item><title>خبر بلا نص</title><link>https://example.com/2</link><description></description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع المثال</title>
<entry><title>عنوان</title><link href="https://example.com/a"/><updated>2024-05-20T10:00:00Z</updated>
<summary type="html">&lt;p&gt;{LEDE}&lt;/p&gt;</summary></entry></feed>"""


def test_rss_items_with_paragraphs_dates_and_failures() -> None:
    first, second = parse_feed(RSS.format(encoding="utf-8").encode(), "f.rss", Settings())
    assert isinstance(first, RawDoc)
    assert first.source == "f.rss#1"
    assert first.text == LEDE + "\n" + SECOND
    assert (first.title, first.url, first.outlet) == (
        "الوزير يزور طرابلس",
        "https://example.com/1",
        "وكالة الأنباء",
    )
    assert first.published == dt.date(2024, 5, 13)  # the feed's local date, not UTC's 12 May
    assert isinstance(second, IngestFailure)
    assert (second.source, second.code) == ("f.rss#2", "E103")
    assert "feed item text is empty" in second.error


def test_cp1256_feed() -> None:
    docs = parse_feed(RSS.format(encoding="windows-1256").encode("cp1256"), "f.xml", Settings())
    assert docs[0].encoding == "cp1256"
    assert docs[0].text.startswith(LEDE)


def test_atom_entry() -> None:
    (doc,) = parse_feed(ATOM.encode(), "a.atom", Settings())
    assert (doc.text, doc.url, doc.outlet, doc.published) == (
        LEDE,
        "https://example.com/a",
        "موقع المثال",
        dt.date(2024, 5, 20),
    )


def test_broken_feed_without_items() -> None:
    with pytest.raises(FormatError, match="not a valid RSS/Atom feed"):
        parse_feed(b"<?xml version='1.0'?><rss><channel><title>x</title><item><titl", "f.rss", Settings())


def test_html_to_lines() -> None:
    assert html_to_lines("<p>أ</p><p>ب<br>ج</p><script>x()</script>") == "أ\nب\nج"
    assert html_to_lines("بلا وسوم") == "بلا وسوم"
