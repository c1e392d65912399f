"""A site's city as the event's place (issue 10, place): the catalog's `city` of a site, the events
pass that places an event there (`merge.place_in_city`), and the city joining the story's entities so
that the output names it (`stage.with_places`). Hand-built records, and invented sentences through
`rasd.analyze_text`."""

import datetime as dt

import rasd
from rasd.events.merge import place_in_city
from rasd.events.stage import with_places
from rasd.export import story_to_dict
from rasd.nlp.catalog import load_catalog
from rasd.records import Event, LinkedEntity, Mention, Story, Trigger
from rasd.settings import Settings

DAY = dt.date(2024, 10, 11)
CITY_OF = {"loc:palace": "loc:town", "loc:airport": "loc:town"}


def event(kind: str, location: str | None) -> Event:
    return Event(kind, "occurred", ("per:a", "per:b"), (Trigger(0, 5, "التقى"),), location)


def test_an_event_at_a_site_is_placed_at_its_city() -> None:
    got = place_in_city((event("meet", "loc:palace"), event("visit", "loc:airport")), CITY_OF.get)
    assert [e.location for e in got] == ["loc:town", "loc:town"]


def test_a_site_in_no_city_a_city_and_no_place_are_kept() -> None:
    events = (event("meet", "loc:crossing"), event("meet", "loc:town"), event("meet", None))
    got = place_in_city(events, CITY_OF.get)
    assert [e.location for e in got] == ["loc:crossing", "loc:town", None]


def test_the_catalog_gives_a_site_its_city_and_a_crossing_none() -> None:
    catalog = load_catalog()
    aden = catalog.get("loc:aden-airport")
    assert aden is not None and aden.city == "gn:415189"
    city = catalog.get(aden.city)
    assert city is not None and city.name_en == "Aden"
    rafah = catalog.get("loc:rafah-crossing")
    assert rafah is not None and rafah.city is None


def _story(entities: tuple[LinkedEntity, ...], location: str | None) -> Story:
    return Story("s", 0, None, "نص", entities=entities, events=(event("meet", location),))


def test_a_city_the_story_does_not_name_joins_its_entities_without_mentions() -> None:
    palace = LinkedEntity("loc:al-yamamah-palace", "LOC", "Al Yamamah Palace", "قصر اليمامة", ())
    got = with_places(_story((palace,), "gn:108410"), load_catalog())
    assert [e.id for e in got.entities] == ["loc:al-yamamah-palace", "gn:108410"]
    riyadh = got.entities[1]
    assert (riyadh.name_en, riyadh.type, riyadh.kind, riyadh.mentions) == ("Riyadh", "LOC", "capital", ())
    assert story_to_dict(got)["events"][0]["location"] == "Riyadh"


def test_a_named_city_an_unknown_id_and_no_place_add_nothing() -> None:
    riyadh = LinkedEntity(
        "gn:108410", "LOC", "Riyadh", "الرياض", (Mention(0, 6, "الرياض", "LOC", "gazetteer"),)
    )
    catalog = load_catalog()
    for story in (_story((riyadh,), "gn:108410"), _story((), "nil:x"), _story((), None)):
        assert with_places(story, catalog).entities == story.entities


def places(text: str, kind: str, settings: Settings | None = None) -> list[str | None]:
    doc = rasd.analyze_text(text, published=DAY, settings=settings)
    out = [story_to_dict(s) for s in doc.stories]
    return [e["location"] for s in out for e in s["events"] if e["type"] == kind]


MET_AT_PALACE = "استقبل الملك سلمان بن عبدالعزيز في قصر اليمامة اليوم الرئيس الفرنسي إيمانويل ماكرون."


def test_a_meeting_at_a_palace_is_in_the_palace_city() -> None:
    assert places(MET_AT_PALACE, "meet") == ["Riyadh"]


def test_the_setting_off_keeps_the_palace() -> None:
    off = Settings(event_site_city=False)
    assert places(MET_AT_PALACE, "meet", off) == ["Al Yamamah Palace"]


def test_an_arrival_at_an_airport_is_in_its_city() -> None:
    text = "وصل وزير الخارجية الروسي سيرغي لافروف إلى مطار عدن الدولي أمس في زيارة رسمية."
    assert places(text, "visit") == ["Aden"]


def test_words_said_at_a_palace_meeting_stay_unplaced() -> None:
    """`extract.SPOKEN_SPOTS` reads the palace as a site before it becomes its city: what a guest says
    during talks at a palace is not placed (the gold leaves it so), while the talks are in Riyadh."""
    text = MET_AT_PALACE + " وقال ماكرون خلال اللقاء إن العلاقات بين البلدين قوية."
    assert places(text, "meet") == ["Riyadh"]
    assert places(text, "statement") == [None]
