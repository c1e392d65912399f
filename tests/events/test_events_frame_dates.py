"""The day of an event told ahead, from invented sentences: an imperfect verb with a bare weekday
("يزور … الثلاثاء") names the next such day, not the last one, and so tells a plan."""

import datetime as dt

import rasd

FRIDAY = dt.date(2024, 10, 11)


def _visits(text: str, published: dt.date = FRIDAY) -> list[tuple[str, dt.date | None]]:
    doc = rasd.analyze_text(text, published=published)
    return [(e.status, e.date) for s in doc.stories for e in s.events if e.type == "visit"]


def test_an_imperfect_with_a_bare_weekday_is_the_next_one() -> None:
    text = "ويزور سيرغي لافروف القاهرة الثلاثاء لبحث العلاقات الثنائية.\n"
    assert _visits(text) == [("planned", dt.date(2024, 10, 15))]


def test_an_imperfect_with_the_page_day_s_weekday_is_that_day() -> None:
    text = "ويزور سيرغي لافروف القاهرة الجمعة لبحث العلاقات الثنائية.\n"
    assert _visits(text) == [("occurred", FRIDAY)]


def test_a_past_verb_with_a_bare_weekday_is_the_last_one() -> None:
    text = "وزار سيرغي لافروف القاهرة الثلاثاء وبحث العلاقات الثنائية.\n"
    assert _visits(text) == [("occurred", dt.date(2024, 10, 8))]
