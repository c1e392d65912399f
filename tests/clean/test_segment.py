from rasd.clean import clean_document
from rasd.records import RawDoc

LEDE_A = (
    "قال وزير الخارجية الأردني في مؤتمر صحفي عقده في عمّان اليوم الأحد إن بلاده تدعم كل الجهود الرامية "
    "إلى وقف التصعيد في المنطقة، مشدداً على أهمية الحوار."
)
BODY_A = (
    "وأضاف الوزير أن الاتصالات مستمرة مع الشركاء الإقليميين والدوليين لبحث سبل التهدئة وتجنب اتساع الصراع."
)
TITLE_B = "وزير المالية السعودي يعلن ميزانية العام المقبل"
LEDE_B = (
    "أعلن وزير المالية السعودي اليوم عن ميزانية العام المقبل التي تتضمن زيادة في الإنفاق على مشاريع "
    "البنية التحتية والتعليم والصحة، وفق بيان رسمي."
)


def stories(text: str, clean_lex, settings):
    return clean_document(RawDoc("t.txt", text, "text"), clean_lex, settings).stories


def test_marker_splits_and_gives_the_title(clean_lex, settings) -> None:
    text = "\n".join(["عنوان الخبر الأول في الأردن", LEDE_A, BODY_A, "إقرأ أيضاً:", TITLE_B, LEDE_B])
    got = stories(text, clean_lex, settings)
    assert [s.title for s in got] == ["عنوان الخبر الأول في الأردن", TITLE_B]
    assert "إقرأ" not in got[0].text + got[1].text


def test_unmarked_boundary_with_dateline(clean_lex, settings) -> None:
    text = "\n".join([LEDE_A, BODY_A, TITLE_B, "الرياض - واس", LEDE_B])
    got = stories(text, clean_lex, settings)
    assert [s.title for s in got] == [None, TITLE_B]
    assert got[1].dateline == "الرياض - واس"


def test_subheading_stays_in_its_story(clean_lex, settings) -> None:
    sub = "الصفدي: لا حل عسكرياً للأزمة"
    cont = "من جهته، قال وزير الخارجية الأردني أيمن الصفدي إن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة في المنطقة."
    got = stories("\n".join(["عنوان الخبر", LEDE_A, BODY_A, sub, cont]), clean_lex, settings)
    assert len(got) == 1
    assert sub in got[0].text


def test_inline_related_link_does_not_split(clean_lex, settings) -> None:
    text = "\n".join([LEDE_A, "اقرأ أيضا: وزير الخارجية يصل إلى القاهرة", BODY_A])
    got = stories(text, clean_lex, settings)
    assert len(got) == 1
    assert BODY_A in got[0].text and "اقرأ" not in got[0].text


def test_text_keeps_original_spelling(clean_lex, settings) -> None:
    lede = "قالَ الرئيسُ إنّ «التعاون» مستمر، وأكد أن الاجتماع المقبل سيعقد في الرياض خلال الأسابيع المقبلة."
    got = stories(lede, clean_lex, settings)
    assert got[0].text == lede


def test_sentences_point_into_the_text(clean_lex, settings) -> None:
    got = stories("\n".join([LEDE_A, BODY_A]), clean_lex, settings)[0]
    assert got.sentences
    assert all(got.text[s.start : s.end].strip() == got.text[s.start : s.end] for s in got.sentences)


def test_all_boilerplate_is_a_clean_error(clean_lex, settings) -> None:
    import pytest

    from rasd.errors import CleanError

    with pytest.raises(CleanError):
        clean_document(RawDoc("t.txt", "شارك هذا المقال\nالمصدر: وكالات", "text"), clean_lex, settings)
