import datetime as dt

import pytest

from rasd.errors import EmptyInputError
from rasd.ingest.html import parse_html
from rasd.settings import Settings

from .pages import PARAGRAPHS, TITLE, article_page


def test_main_text_title_date_outlet() -> None:
    doc = parse_html(article_page().encode(), "a.html", Settings(), url="https://example.com/a")
    assert doc.text.split("\n")[-3:] == list(PARAGRAPHS)  # the <h1> may come first: cleaning finds headlines
    assert doc.title == TITLE
    assert doc.published == dt.date(2024, 5, 13)
    assert doc.outlet == "جريدة المثال"
    assert (doc.url, doc.fmt, doc.encoding) == ("https://example.com/a", "html", "utf-8")
    assert "الرئيسية" not in doc.text


def test_no_date_on_the_page_means_none_not_today() -> None:
    doc = parse_html(article_page(date_meta=None).encode(), "a.html", Settings())
    assert doc.published is None


def test_copyright_year_is_not_a_publication_date() -> None:
    page = article_page(date_meta=None, footer="© 2019 جميع الحقوق محفوظة")
    assert parse_html(page.encode(), "a.html", Settings()).published is None


def test_date_after_the_latest_allowed_is_ignored() -> None:
    doc = parse_html(article_page().encode(), "a.html", Settings(), max_date=dt.date(2024, 1, 1))
    assert doc.published != dt.date(2024, 5, 13)


def test_date_search_off() -> None:
    assert parse_html(article_page().encode(), "a.html", Settings(html_date_search="off")).published is None


def test_cp1256_page_declaring_utf8() -> None:
    doc = parse_html(article_page(charset="utf-8").encode("cp1256"), "a.html", Settings())
    assert doc.encoding == "cp1256"
    assert PARAGRAPHS[0] in doc.text


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<html><head><title>خبر</title></head><body><div><p>أعلنت وزا", "HTML main text has only 8 letters"),
        ("<html><body></body></html>", "HTML page holds only 0 letters"),
    ],
)
def test_truncated_or_empty_page(html: str, reason: str) -> None:
    with pytest.raises(EmptyInputError, match=reason):
        parse_html(html.encode(), "a.html", Settings())


def test_bad_setting_is_a_bug_not_an_input_error() -> None:
    with pytest.raises(ValueError, match="html_focus"):
        parse_html(article_page().encode(), "a.html", Settings(html_focus="fast"))
