"""A shorter catalog form after another person's full name is that person, not a namesake (invented)."""

import datetime as dt

DAY = dt.date(2025, 3, 1)


def test_the_short_title_and_name_after_the_full_name_is_that_king(linked) -> None:
    text = "تلقى الملك عبدالله الثاني اتصالا هاتفيا من الرئيس. وأكد الملك عبد الله خلال الاتصال دعمه."
    got = linked(text, DAY)
    assert got["Abdullah II"] == ["الملك عبدالله الثاني", "الملك عبد الله"]
    assert "King Abdullah of Saudi Arabia" not in got


def test_a_longer_name_of_the_namesake_stays_his(linked) -> None:
    got = linked("استقبل الملك عبدالله الثاني الوزير، ثم زار ضريح الملك عبدالله بن عبدالعزيز.", DAY)
    assert got["King Abdullah of Saudi Arabia"] == ["الملك عبدالله بن عبدالعزيز"]
    assert got["Abdullah II"] == ["الملك عبدالله الثاني"]


def test_with_no_fuller_name_before_the_catalog_form_stands(linked) -> None:
    got = linked("وأكد الملك عبد الله دعمه للمبادرة.", dt.date(2010, 3, 1))
    assert "King Abdullah of Saudi Arabia" in got
