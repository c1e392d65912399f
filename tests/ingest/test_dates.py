import datetime as dt

import pytest

from rasd.ingest.dates import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-08-11 13:44:43", dt.date(2015, 8, 11)),
        ("2015-08-11T13:44:43", dt.date(2015, 8, 11)),
        ("2015-08-11", dt.date(2015, 8, 11)),
        ("2026-01-08T11:42:50Z", dt.date(2026, 1, 8)),
        ("Fri, 05 Jan 2018 16:51:00 GMT", dt.date(2018, 1, 5)),
        ("Fri, 05 Jan 2018 01:00:00 +0300", dt.date(2018, 1, 5)),  # local date, not UTC
        ("2015/8/1", dt.date(2015, 8, 1)),
        ("yesterday", None),
        ("2015-13-01", None),
        ("", None),
        (None, None),
        (1439300000, None),
        ("0001-01-01", None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected
