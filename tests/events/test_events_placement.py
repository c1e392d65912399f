"""Where a story's events happen when their own sentence names no place (rasd.events.merge)."""

import dataclasses

from rasd.events.merge import place_from_visits
from rasd.records import Event, Trigger

from .analyzed import events


def visit_to(place: str, who: str) -> Event:
    return Event("visit", "occurred", (who,), (Trigger(0, 4, "وصل"),), place, actors=(who,))


def undated(kind: str, parties: tuple[str, ...]) -> Event:
    return Event(kind, "occurred", parties, (Trigger(90, 94, "كلمة"),), actors=parties)


def test_a_meeting_during_a_visit_is_at_its_destination() -> None:
    """ "وصل الوزير إلى عمّان … واستقبله الملك": the reception is in Amman."""
    got = place_from_visits((visit_to("Amman", "per:a"), undated("meet", ("per:a", "per:b"))))
    assert got[1].location == "Amman"


def test_a_meeting_held_is_not_placed_on_a_trip_still_to_come() -> None:
    """ "التقى الوزير فلانا … ووجه له الدعوة لزيارة موسكو": the talks were not in Moscow; a meeting
    planned during the coming trip still is."""
    trip = dataclasses.replace(visit_to("Moscow", "per:a"), status="planned")
    held = undated("meet", ("per:a", "per:b"))
    to_come = dataclasses.replace(held, status="planned")
    got = place_from_visits((trip, held, to_come))
    assert got[1].location is None
    assert got[2].location == "Moscow"


def test_an_agreement_told_in_a_visit_story_is_not_placed_by_it() -> None:
    """ "وصل الوزير إلى عمّان … وكان البلدان قد اتفقا على …": what they agreed may be older, and
    agreements are often reached by phone or between delegations elsewhere."""
    got = place_from_visits((visit_to("Amman", "per:a"), undated("agree", ("per:a", "per:b"))))
    assert got[1].location is None


def test_a_meeting_in_a_summit_story_is_at_the_summit() -> None:
    """The lede names the summit by its city: the story's talks are held there."""
    text = (
        "شارك فلاديمير بوتين ورجب طيب أردوغان اليوم في قمة سوتشي لبحث التعاون الإقليمي.\n"
        "والتقى فلاديمير بوتين رجب طيب أردوغان على انفراد قبل الجلسة الختامية."
    )
    meets = [e for e in events(text) if e[0] == "meet"]
    assert meets and all(e[3] == "Sochi" for e in meets)


def test_a_summit_named_in_passing_places_nothing() -> None:
    text = "التقى فلاديمير بوتين رجب طيب أردوغان اليوم.\nوكان الرئيسان قد شاركا العام الماضي في قمة سوتشي."
    meets = [e for e in events(text) if e[0] == "meet"]
    assert meets and meets[0][3] is None


def test_a_statement_made_during_talks_at_an_airport_is_not_placed_there() -> None:
    """The talks are at the airport, placed at its city (`Settings.event_site_city`); what a party says
    is reported from the city, left unplaced."""
    text = (
        "استقبل بشار الأسد رجب طيب أردوغان اليوم في مطار دمشق الدولي.\n"
        "وقال رجب طيب أردوغان إن العلاقات بين البلدين تشهد تطورا كبيرا."
    )
    got = events(text)
    meets = [e for e in got if e[0] == "meet"]
    said = [e for e in got if e[0] == "statement"]
    assert meets and meets[0][3] == "Damascus"
    assert said and said[0][3] is None


def test_an_institution_hosting_a_signing_is_its_venue() -> None:
    """ "واستضاف البيت الأبيض … لتوقيع": the host's seat is where the signing is (masculine verb, glued و)."""
    text = "واستضاف البيت الأبيض اليوم رجب طيب أردوغان وفلاديمير بوتين لتوقيع اتفاقية سلام.\n"
    signs = [e for e in events(text) if e[0] == "sign"]
    assert signs and signs[0][3] == "White House"


def test_a_speaker_speaks_from_the_city_named_by_min_after_him() -> None:
    """ "وأكد فلان من موسكو أن …": he spoke in Moscow."""
    said = [
        e for e in events("وأكد رجب طيب أردوغان من موسكو أن العلاقات مع روسيا قوية.\n") if e[0] == "statement"
    ]
    assert said and said[0][3] == "Moscow"


def test_a_city_a_trip_came_from_is_not_where_he_spoke() -> None:
    text = "وأكد رجب طيب أردوغان بعد عودته من موسكو أن العلاقات مع روسيا قوية.\n"
    said = [e for e in events(text) if e[0] == "statement"]
    assert said and said[0][3] is None
