"""Outlet and printed-date rules of `rasd/clean/metadata.py` (lines written for these tests)."""

import datetime as dt

import pytest

from rasd.clean import clean_document
from rasd.records import RawDoc

LEDE = (
    "أعلنت وزارة الخارجية في بيان اليوم أن الوزير سيتوجه إلى بروكسل لإجراء محادثات مع نظرائه الأوروبيين "
    "حول ملفات التعاون والأمن الإقليمي."
)
BODY = "وأضاف البيان أن الجانبين سيبحثان كذلك سبل تطوير العلاقات الثنائية في مختلف المجالات."


def doc(lines: list[str], clean_lex, settings):
    return clean_document(RawDoc("t.txt", "\n".join(lines), "text"), clean_lex, settings)


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("صوت المدينة - متابعات", "صوت المدينة"),
        ("رصد – نافذة الخليج", "نافذة الخليج"),
        ("أفق نيوز- بغداد", "أفق نيوز"),
        ("«الميزان» (الرياض)", "الميزان"),
        ("هسبريس | الرباط", "هسبريس"),
        ("الرياض - واس", None),  # a wire's dateline
        ("القاهرة - أحمد سعيد", None),  # a byline
        ("سياسة - مصر", None),  # a breadcrumb
    ],
)
def test_credit_line(credit, outlet, clean_lex, settings) -> None:
    assert doc(["عنوان الخبر في سطر قصير", credit, LEDE, BODY], clean_lex, settings).outlet == outlet


@pytest.mark.parametrize(
    ("lede", "outlet"),
    [
        ("نافذة الخليج – " + LEDE, "نافذة الخليج"),
        ("أنقرة (صوت الأناضول الجديد)ــ " + LEDE, "صوت الأناضول الجديد"),
        ("دبي (رويترز) - " + LEDE, None),
        ("الرياض - " + LEDE, None),
    ],
)
def test_lede_prefix(lede, outlet, clean_lex, settings) -> None:
    assert doc([lede, BODY], clean_lex, settings).outlet == outlet


def test_statement_recipient_and_copyright(clean_lex, settings) -> None:
    said = "وقال المكتب في بيان اطلع عليه «أفق نيوز»، إن الزيارة ستستمر يومين."
    assert doc([LEDE, said], clean_lex, settings).outlet == "أفق نيوز"
    assert (
        doc([LEDE, BODY, "© 2024 صوت المدينة. جميع الحقوق محفوظة"], clean_lex, settings).outlet
        == "صوت المدينة"
    )
    assert (
        doc(
            [LEDE, "وقالت الوزارة في بيان اطلعت عليه رويترز، إن المحادثات مستمرة."], clean_lex, settings
        ).outlet
        is None
    )


def test_source_line_keeps_the_named_part(clean_lex, settings) -> None:
    d = doc([LEDE, BODY, "المصدر: صوت المدينة + وكالات"], clean_lex, settings)
    assert d.outlet == "صوت المدينة"
    assert doc([LEDE, BODY, "المصدر: فريق التحرير"], clean_lex, settings).outlet is None


def test_content_dates_are_not_publication_dates(clean_lex, settings) -> None:
    late = "وكان الطرفان قد وقعا على الاتفاق الأول في العاصمة القطرية بتاريخ 11 مايو 2023 بعد مفاوضات طويلة."
    assert doc([LEDE, late], clean_lex, settings).published is None
    today = "تستضيف العاصمة المصرية، اليوم الثلاثاء 4 مارس 2025، اجتماعا طارئا لوزراء الخارجية العرب."
    assert doc([today, BODY], clean_lex, settings).published == dt.date(2025, 3, 4)
    dateline = "القاهرة 13 أكتوبر 2025 (وكالة) " + LEDE
    assert doc([dateline, BODY], clean_lex, settings).published == dt.date(2025, 10, 13)


def test_masthead_clock_is_not_the_date(clean_lex, settings) -> None:
    lines = ["الجمعة 22 نوفمبر 2024", "رئيس التحرير", "فلان الفلاني", "عنوان الخبر في سطر قصير", LEDE, BODY]
    assert doc(lines, clean_lex, settings).published is None
    lines[3:3] = ["السبت 27/مارس/2021 - 02:24 م"]
    assert doc(lines, clean_lex, settings).published == dt.date(2021, 3, 27)
