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


def _statement_dates(text: str) -> list[dt.date | None]:
    doc = rasd.analyze_text(text, published=FRIDAY)
    return [e.date for s in doc.stories for e in s.events if e.type == "statement"]


def test_a_day_inside_the_speaker_s_words_does_not_date_the_saying() -> None:
    text = "وقال سيرغي لافروف إن الاتفاق مع مصر وقع في 19 مارس 2023.\n"
    assert _statement_dates(text) == [None]


def test_a_day_before_the_speaker_s_words_dates_the_saying() -> None:
    text = "وقال سيرغي لافروف، أمس، إن الاتفاق مع مصر وقع في 19 مارس 2023.\n"
    assert _statement_dates(text) == [dt.date(2024, 10, 10)]


def test_a_day_inside_a_direct_quote_does_not_date_the_saying() -> None:
    text = 'وأكد سيرغي لافروف: "التقيت الوزير المصري يوم 3 مارس 2023 في موسكو".\n'
    assert _statement_dates(text) == [None]


def test_a_weekday_of_another_clause_keeps_that_clause_s_tense() -> None:
    """A weekday of "غادر … الثلاثاء، ويزور بعدها" is the departure's, already past."""
    text = "غادر سيرغي لافروف موسكو مساء الثلاثاء، ويزور بعدها القاهرة.\n"
    assert [d for _, d in _visits(text)] in ([dt.date(2024, 10, 8)], [None])


def _meet_dates(text: str) -> list[dt.date | None]:
    doc = rasd.analyze_text(text, published=FRIDAY)
    return [e.date for s in doc.stories for e in s.events if e.type == "meet"]


def test_the_day_of_the_saying_does_not_date_the_event_it_reports() -> None:
    text = "قالت وزارة الخارجية اليوم إن سيرغي لافروف سيلتقي سامح شكري في القاهرة.\n"
    assert _meet_dates(text) == [None]


def test_a_day_inside_the_reported_words_dates_the_event() -> None:
    text = "قالت وزارة الخارجية اليوم إن سيرغي لافروف سيلتقي سامح شكري في القاهرة، الأحد.\n"
    assert _meet_dates(text) == [dt.date(2024, 10, 13)]


def test_talks_that_a_future_verb_tells_of_are_planned() -> None:
    text = "وأوضحت الوزارة أن مباحثات لافروف وشكري ستتناول الأزمة في سوريا.\n"
    doc = rasd.analyze_text(text, published=FRIDAY)
    assert [e.status for s in doc.stories for e in s.events if e.type == "meet"] == ["planned"]
