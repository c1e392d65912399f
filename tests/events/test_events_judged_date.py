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
