"""A praise or condemnation whose day the judge's next sentence tells (rasd.events.merge._told_after)."""

import datetime as dt

import rasd

PUBLISHED = dt.date(2024, 10, 11)


def _dates(text: str, kind: str) -> list[dt.date | None]:
    doc = rasd.analyze_text(text, published=PUBLISHED)
    return [e.date for s in doc.stories for e in s.events if e.type == kind]


def test_a_praise_takes_the_day_of_the_praisers_next_words() -> None:
    text = (
        "أشاد رجب طيب أردوغان بجهود مصر في تنظيم المؤتمر الدولي للمياه.\n"
        "وقال أردوغان في تصريحات صحفية أمس إن المؤتمر كان ناجحا.\n"
    )
    assert _dates(text, "praise") == [PUBLISHED - dt.timedelta(days=1)]


def test_the_day_of_the_deed_condemned_is_not_the_condemnations() -> None:
    """The relative clause after the condemned act tells the act's day, not the condemnation's."""
    text = "أدان رجب طيب أردوغان الهجوم الذي استهدف مسجدا في مدينة حلب أمس.\n"
    assert _dates(text, "criticize") == [None]


def test_a_deed_of_the_pages_day_is_condemned_that_day() -> None:
    """No condemnation comes before its deed: an act of the page's own day dates its judgement."""
    text = "أدان رجب طيب أردوغان الهجوم الذي استهدف مسجدا في مدينة حلب اليوم.\n"
    assert _dates(text, "criticize") == [PUBLISHED]


def test_a_day_before_the_verb_dates_the_condemnation() -> None:
    text = "وفي يوم الخميس أدان رجب طيب أردوغان الهجوم الذي استهدف مسجدا في مدينة حلب.\n"
    assert _dates(text, "criticize") == [dt.date(2024, 10, 10)]


def test_the_archive_record_dates_no_event() -> None:
    """ "date 2024-10-09 …" opening a page is the day it was stored, not a day the story tells."""
    text = " date 2024-10-09 التقى رجب طيب أردوغان فلاديمير بوتين في أنقرة.\n"
    assert _dates(text, "meet") == [None]
