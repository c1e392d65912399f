"""Publication dates as sources write them: ISO 8601, "2015-08-11 13:44:43", RFC 822.

The calendar date is taken as written, in the source's own time zone: converting "Fri, 05 Jan
2018 01:00 +0300" to UTC would move the story to the previous day.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})\b")
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100


def _iso(value: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _rfc822(value: str) -> dt.date | None:
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _slashed(value: str) -> dt.date | None:
    match = SLASHED.match(value)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def parse_date(value: object) -> dt.date | None:
    """The calendar date in a date string, or None when the value is not a date we can read."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    for parser in (_iso, _rfc822, _slashed):
        found = parser(text)
        if found is not None:
            return found if EARLIEST_YEAR <= found.year <= LATEST_YEAR else None
    return None
