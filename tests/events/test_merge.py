"""The story-level passes of rasd.events.merge, fed hand-built events."""

import datetime as dt

from rasd.events.merge import date_from_siblings
from rasd.records import Event, Trigger

DAY = dt.date(2025, 5, 11)


def event(kind: str, at: int, actors: tuple[str, ...], date: dt.date | None = None) -> Event:
    return Event(kind, "occurred", actors, (Trigger(at, at + 4, "كلمة"),), date=date, actors=actors)


def test_a_deed_told_later_lends_no_date() -> None:
    """ "جدد المجلس دعوة الطرفين … وكان الطرفان قد وقعا في 11 مايو": the call is not that day."""
    got = date_from_siblings((event("request", 0, ("SA", "SD")), event("sign", 90, ("SD",), DAY)))
    assert got[0].date is None


def test_an_occasion_told_later_lends_its_date() -> None:
    """ "أشاد الملك … خلال اتصال هاتفي. … الاتصال الذي جرى اليوم": the praise is that day."""
    got = date_from_siblings((event("praise", 0, ("JO", "US")), event("call", 90, ("JO", "US"), DAY)))
    assert got[0].date == DAY


def test_an_earlier_event_lends_its_date() -> None:
    got = date_from_siblings((event("visit", 0, ("RU",), DAY), event("sign", 90, ("RU", "DZ"))))
    assert got[1].date == DAY


def test_a_speaker_takes_the_date_of_his_call() -> None:
    """A statement's actor is its speaker, a call's are states: they share the person."""
    people = ("per:king", "per:trump")
    call = Event(
        "call", "occurred", people, (Trigger(0, 4, "اتصال"),), date=DAY, actors=("JO", "US"), people=people
    )
    said = Event(
        "statement", "occurred", people[:1], (Trigger(90, 94, "وأكد"),), actors=people[:1], people=people[:1]
    )
    assert date_from_siblings((call, said))[1].date == DAY
