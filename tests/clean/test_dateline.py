"""Dateline detection (`find_dateline`): a known place opening the first line, then an agency or a dash.

The sentences are written for these tests."""

import pytest

from rasd.clean import clean_document
from rasd.clean.metadata import find_dateline
from rasd.records import RawDoc

LEDE = "قال وزير الخارجية في مؤتمر صحفي اليوم إن المحادثات مع الجانب الآخر كانت بناءة ومثمرة للغاية."


@pytest.mark.parametrize(
    ("line", "dateline", "place"),
    [
        ("الرياض - واس: " + LEDE, "الرياض - واس", "الرياض"),
        ("عمّان (رويترز) - " + LEDE, "عمّان (رويترز)", "عمّان"),
        ("القاهرة – أ ش أ – " + LEDE, "القاهرة – أ ش أ", "القاهرة"),
        ("بيروت 12 آذار/مارس (أ ف ب) - " + LEDE, "بيروت 12 آذار/مارس (أ ف ب)", "بيروت"),
        ("طهران/ إرنا- " + LEDE, "طهران/ إرنا", "طهران"),
        ("دبي - الخليج أونلاين", "دبي - الخليج أونلاين", "دبي"),
        ("شرم الشيخ (أ ف ب) - " + LEDE, "شرم الشيخ (أ ف ب)", "شرم الشيخ"),
        ("بغداد: " + LEDE, "بغداد", "بغداد"),
        ("عدن، صحيفة الأيام: " + LEDE, "عدن، صحيفة الأيام", "عدن"),
    ],
)
def test_dateline_found(clean_lex, line: str, dateline: str, place: str) -> None:
    assert find_dateline(line, clean_lex.outlets.places) == (dateline, place)


@pytest.mark.parametrize(
    "line",
    [
        "رصد – نافذة الخليج",  # an outlet's credit, no place
        "مدار الساعة - " + LEDE,  # an outlet's tag before the lede
        "القاهرة تستضيف غدا جولة جديدة من المحادثات بين الطرفين.",  # a place as the subject
        "الرياض، التي استضافت القمة، تستعد لجولة جديدة.",  # a comma with no tag closed after it
        LEDE,
    ],
)
def test_no_dateline(clean_lex, line: str) -> None:
    assert find_dateline(line, clean_lex.outlets.places) is None


def test_story_dateline(clean_lex, settings) -> None:
    raw = RawDoc("t.txt", "\n".join(["عمّان (رويترز) - " + LEDE, LEDE]), "text")
    assert clean_document(raw, clean_lex, settings).stories[0].dateline == "عمّان (رويترز)"


@pytest.mark.parametrize(
    ("line", "dateline", "place"),
    [
        ("وكالة - جدة: " + LEDE, "وكالة - جدة", "جدة"),
        ("صحيفة الغد – الرياض", "صحيفة الغد – الرياض", "الرياض"),
    ],
)
def test_dateline_after_its_tag(clean_lex, line: str, dateline: str, place: str) -> None:
    assert find_dateline(line, clean_lex.outlets.places) == (dateline, place)


def test_tag_first_needs_a_place_and_an_end(clean_lex) -> None:
    places = clean_lex.outlets.places
    assert find_dateline("صحيفة الغد – متابعات: " + LEDE, places) is None
    assert find_dateline("وكالة - جدة تستضيف المؤتمر", places) is None
