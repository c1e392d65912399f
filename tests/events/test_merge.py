"""The story-level passes of rasd.events.merge, fed hand-built events."""

import datetime as dt

from rasd.events.merge import consolidate, date_from_siblings
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


def test_a_condemnation_takes_the_date_of_its_speakers_later_statement() -> None:
    """ "أدان الوزير فلان الهجوم. وأكد فلان أمس في تصريح …": the condemnation is the statement's day."""
    judge = ("per:minister",)
    blame = Event("criticize", "occurred", judge, (Trigger(0, 4, "أدان"),), actors=("AE",), people=judge)
    said = Event(
        "statement", "occurred", judge, (Trigger(90, 94, "وأكد"),), date=DAY, actors=judge, people=judge
    )
    assert date_from_siblings((blame, said))[0].date == DAY


def test_another_speakers_later_statement_lends_no_date() -> None:
    blame = Event(
        "criticize", "occurred", ("per:a",), (Trigger(0, 4, "أدان"),), actors=("AE",), people=("per:a",)
    )
    said = Event(
        "statement",
        "occurred",
        ("per:b",),
        (Trigger(90, 94, "وأكد"),),
        date=DAY,
        actors=("AE",),
        people=("per:b",),
    )
    assert date_from_siblings((blame, said))[0].date is None


def told(
    kind: str,
    at: int,
    people: tuple[str, ...],
    status: str = "occurred",
    date: dt.date | None = None,
    place: str | None = None,
    actors: tuple[str, ...] | None = None,
    persons: tuple[str, ...] | None = None,
) -> Event:
    """A report of an event between parties (their actors: themselves, and all people, unless given)."""
    return Event(
        kind,
        status,
        people,
        (Trigger(at, at + 4, "كلمة"),),
        location=place,
        date=date,
        actors=actors or people,
        people=people if persons is None else persons,
    )


CITIES = {"Rabat": "Morocco", "Oran": "Algeria"}


def test_fewer_names_later_join_the_first_report() -> None:
    """ "استقبل الملك الوزير في الرباط أمس … وبحث الوزير …": one meeting with the lede's date and place."""
    got = consolidate(
        (told("meet", 0, ("king", "minister"), date=DAY, place="Rabat"), told("meet", 90, ("minister",))),
        CITIES.get,
    )
    assert len(got) == 1 and got[0].date == DAY and got[0].location == "Rabat" and len(got[0].triggers) == 2


def test_the_first_report_gives_the_status() -> None:
    """ "التقى الملك الوزير … ومن المقرر أن يبحث الجانبان …": the lede's occurred meeting, not a plan."""
    got = consolidate(
        (told("meet", 0, ("king", "minister"), date=DAY), told("meet", 90, ("king", "minister"), "planned")),
        CITIES.get,
    )
    assert [(e.status, e.date) for e in got] == [("occurred", DAY)]


def test_a_later_plan_lends_no_date_to_a_past_event() -> None:
    later = DAY + dt.timedelta(days=3)
    got = consolidate(
        (told("visit", 0, ("minister",)), told("visit", 90, ("minister",), "planned", date=later)),
        CITIES.get,
    )
    assert len(got) == 1 and got[0].date is None


def test_two_days_are_two_events() -> None:
    got = consolidate(
        (told("meet", 0, ("a", "b"), date=DAY), told("meet", 90, ("a",), date=DAY + dt.timedelta(days=1))),
        CITIES.get,
    )
    assert len(got) == 2


def test_two_places_are_two_trips_but_a_city_is_in_its_state() -> None:
    apart = consolidate(
        (told("visit", 0, ("minister",), place="Rabat"), told("visit", 90, ("minister",), place="Oran")),
        CITIES.get,
    )
    within = consolidate(
        (told("visit", 0, ("minister",), place="Rabat"), told("visit", 90, ("minister",), place="Morocco")),
        CITIES.get,
    )
    assert len(apart) == 2 and len(within) == 1


def test_other_counterparts_are_other_meetings() -> None:
    """The minister met his counterpart, then the king: neither's parties hold the other's."""
    got = consolidate(
        (told("meet", 0, ("minister", "counterpart")), told("meet", 90, ("minister", "king"))), CITIES.get
    )
    assert len(got) == 2


def test_a_host_and_his_state_are_one_side() -> None:
    """ "استقبل الرئيس الوزير" and "بحث الوزير مع الجزائر": the same two states, one person each way."""
    got = consolidate(
        (
            told("meet", 0, ("president", "minister"), actors=("DZ", "MA")),
            told("meet", 90, ("minister", "DZ"), actors=("MA", "DZ"), persons=("minister",)),
        ),
        CITIES.get,
    )
    assert len(got) == 1


def test_statements_and_other_types_stay_apart() -> None:
    got = consolidate(
        (
            told("statement", 0, ("minister",)),
            told("statement", 90, ("minister",)),
            told("visit", 120, ("minister",)),
        ),
        CITIES.get,
    )
    assert len(got) == 3


def test_a_later_verb_of_another_tense_is_another_event() -> None:
    """ "لم تحدد مواعيد زيارة الرئيس … وأبلغه أنه سيزور تركيا": the verb's plan stays a plan, apart from
    the noun's report; a noun of another status told later joins the first."""
    by_verb = consolidate(
        (told("visit", 0, ("president",), place="Rabat"), told("visit", 90, ("president",), "planned")),
        CITIES.get,
        verbal=frozenset({90}),
    )
    by_noun = consolidate(
        (told("visit", 0, ("president",), place="Rabat"), told("visit", 90, ("president",), "planned")),
        CITIES.get,
        verbal=frozenset({0}),
    )
    assert [e.status for e in by_verb] == ["occurred", "planned"]
    assert [(e.status, e.location) for e in by_noun] == [("occurred", "Rabat")]
