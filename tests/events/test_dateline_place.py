"""The dateline's city as the place of an event told with none (issue 10): hand-built records, and
invented sentences through `rasd.analyze_text`."""

import datetime as dt

import rasd
from rasd.events.extract import dateline_city
from rasd.events.merge import place_from_dateline
from rasd.records import Event, LinkedEntity, Mention, Trigger

DAY = dt.date(2024, 10, 11)
MEET = ("meet", "sign", "statement")


def entity(id_: str, kind: str, start: int, end: int) -> LinkedEntity:
    return LinkedEntity(id_, "LOC", id_, id_, (Mention(start, end, "x", "LOC", "gazetteer"),), kind=kind)


def event(kind: str, location: str | None = None, status: str = "occurred") -> Event:
    return Event(kind, status, ("per:a",), (Trigger(40, 44, "كلمة"),), location, actors=("per:a",))


def test_the_city_linked_inside_the_dateline() -> None:
    text = "عمّان (رويترز) - التقى الوزير نظيره."
    got = dateline_city(text, "عمّان (رويترز)", [entity("amman", "capital", 0, 5)])
    assert got == "amman"


def test_a_state_in_the_dateline_lends_no_place() -> None:
    """The linker read the capital as its state (metonymy): no city to lend."""
    assert dateline_city("عمّان (رويترز) - قال.", "عمّان (رويترز)", [entity("JO", "country", 0, 5)]) is None


def test_a_city_after_the_dateline_is_not_its_city() -> None:
    text = "عمّان (رويترز) - وصل الوزير إلى دمشق."
    assert dateline_city(text, "عمّان (رويترز)", [entity("damascus", "capital", 35, 39)]) is None


def test_no_dateline_no_city() -> None:
    assert dateline_city("التقى الوزير نظيره.", None, [entity("amman", "capital", 0, 5)]) is None


def test_only_placeless_occurred_events_of_the_types_take_the_city() -> None:
    events = (event("meet"), event("meet", "cairo"), event("call"), event("meet", status="planned"))
    got = place_from_dateline(events, "amman", frozenset(MEET), lambda e: True)
    assert [e.location for e in got] == ["amman", "cairo", None, None]


def test_a_party_of_another_state_keeps_no_place() -> None:
    got = place_from_dateline((event("statement"),), "amman", frozenset(MEET), lambda e: False)
    assert got[0].location is None


def places(text: str, kind: str) -> list[str | None]:
    doc = rasd.analyze_text(text, published=DAY)
    names = {e.id: e.name_en for s in doc.stories for e in s.entities}
    return [
        names.get(e.location) if e.location else None for s in doc.stories for e in s.events if e.type == kind
    ]


def test_a_datelined_meeting_of_the_host_is_in_the_city() -> None:
    got = places(
        "أنقرة (وكالة) - استقبل رجب طيب أردوغان اليوم فلاديمير بوتين وبحثا العلاقات الثنائية.", "meet"
    )
    assert got == ["Ankara"]


def test_a_meeting_of_other_states_is_not_placed_by_the_dateline() -> None:
    got = places(
        "أنقرة (وكالة) - التقى فلاديمير بوتين اليوم إيمانويل ماكرون وبحثا العلاقات الثنائية.", "meet"
    )
    assert got == [None]
