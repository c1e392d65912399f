import datetime as dt

from rasd.clean import clean_document
from rasd.records import RawDoc

LEDE = (
    "أعلنت وزارة الخارجية في بيان اليوم أن الوزير سيتوجه إلى بروكسل لإجراء محادثات مع نظرائه الأوروبيين "
    "حول ملفات التعاون والأمن الإقليمي."
)
LEDE2 = (
    "قال رئيس الوزراء في كلمة أمام البرلمان إن الحكومة ستقدم خطة جديدة لدعم الاقتصاد الوطني وخفض "
    "معدلات البطالة خلال العامين المقبلين."
)


def doc(text: str, clean_lex, settings, **raw):
    return clean_document(RawDoc("t.txt", text, "text", **raw), clean_lex, settings)


def test_outlet_and_date_lines_are_read_then_dropped(clean_lex, settings) -> None:
    d = doc("\n".join([LEDE, "آخر تحديث: 11 أكتوبر 2024 - 16:14", "المصدر: عين ليبيا"]), clean_lex, settings)
    assert (d.published, d.outlet) == (dt.date(2024, 10, 11), "عين ليبيا")
    assert "المصدر" not in d.stories[0].text


def test_wire_credit_is_not_an_outlet(clean_lex, settings) -> None:
    d = doc("\n".join([LEDE, "المصدر: وكالات"]), clean_lex, settings)
    assert d.outlet is None
    assert d.stories[0].outlet_from == "wire-credit"


def test_glued_story_does_not_inherit_the_page_date(clean_lex, settings) -> None:
    text = "\n".join(["عنوان أول", "تاريخ النشر: 2023/09/26", LEDE, "إقرأ أيضاً:", "عنوان ثان للخبر", LEDE2])
    d = doc(text, clean_lex, settings, published=dt.date(2023, 9, 26))
    assert [s.published for s in d.stories] == [dt.date(2023, 9, 26), None]


def test_structured_metadata_goes_to_the_first_story_only(clean_lex, settings) -> None:
    text = "\n".join(["عنوان أول", LEDE, "إقرأ أيضاً:", "عنوان ثان للخبر", LEDE2])
    d = doc(text, clean_lex, settings, published=dt.date(2020, 1, 2), outlet="الأهرام")
    assert [(s.published, s.outlet) for s in d.stories] == [(dt.date(2020, 1, 2), "الأهرام"), (None, None)]


def test_caption_date_in_the_header(clean_lex, settings) -> None:
    text = "\n".join(
        ["عنوان الخبر هنا", "• الوزير خلال لقائه نظيره في عمّان 3 تشرين الأول/أكتوبر 2024 (رويترز).", LEDE]
    )
    assert doc(text, clean_lex, settings).published == dt.date(2024, 10, 3)


def test_no_date_stays_null(clean_lex, settings) -> None:
    assert (
        doc("\n".join([LEDE, "وكان الوزير قد زار المنطقة في يناير 2020."]), clean_lex, settings).published
        is None
    )
