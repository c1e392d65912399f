"""A trigger spelt like a past verb after a word that governs a verbal noun (جرى، تم، من المقرر) is that
noun: no deed of its own (invented sentences)."""

from .analyzed import parties


def test_discussing_that_is_planned_is_no_meeting() -> None:
    got = parties("وقالت مصادر إنه من المقرر بحث التعاون بين روسيا وتركيا في مجال الطاقة.", "meet")
    assert got == []


def test_a_discussion_that_took_place_is_the_meeting_told_before() -> None:
    got = parties(
        "التقى فلاديمير بوتين رجب طيب أردوغان في موسكو اليوم. وجرى بحث الأوضاع في سوريا وفلسطين.", "meet"
    )
    assert got == [["Recep Tayyip Erdogan", "Vladimir Putin"]]


def test_a_past_verb_with_its_own_subject_is_still_a_meeting() -> None:
    got = parties("وبحث الرئيس التركي رجب طيب أردوغان مع فلاديمير بوتين العلاقات الثنائية.", "meet")
    assert got == [["Recep Tayyip Erdogan", "Vladimir Putin"]]
