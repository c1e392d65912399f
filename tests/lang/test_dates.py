import datetime as dt

import pytest

from rasd.lang.dates import find_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("آخر تحديث: 11 أكتوبر 2024 - 16:14", "2024-10-11"),
        ("تاريخ النشر: 26th, September 2023 GMT", "2023-09-26"),
        ("في العاصمة عشق أباد 29 حزيران/يونيو 2022 (أ ف ب).", "2022-06-29"),
        ("في ٣ تشرين الأول/أكتوبر ٢٠٢٤", "2024-10-03"),
        ("الجزائر في 12 جانفي 2023", "2023-01-12"),
        ("الرباط 5 يوليوز 2021", "2021-07-05"),
        ("القاهرة 3 يونيه 2020", "2020-06-03"),
        ("نشر في 2024/03/05", "2024-03-05"),
        ("05-03-2024", "2024-03-05"),
        ("September 26, 2023", "2023-09-26"),
        ("1 من كانون الثاني 2019", "2019-01-01"),
    ],
)
def test_full_dates(text: str, expected: str) -> None:
    found = find_dates(text)
    assert [d.date for d in found][:1] == [dt.date.fromisoformat(expected)]


@pytest.mark.parametrize(
    "text",
    ["في يناير 2020", "الأول من أكتوبر/تشرين الأول الحالي", "اليوم الجمعة", "31 فبراير 2024", "نسبة 40%"],
)
def test_not_a_full_date(text: str) -> None:
    assert find_dates(text) == []


def test_span_points_into_original() -> None:
    text = "وصل الوفد في ٢٩ حزيران/يونيو ٢٠٢٢ إلى عشق أباد"
    d = find_dates(text)[0]
    assert text[d.start : d.end] == "٢٩ حزيران/يونيو ٢٠٢٢"
