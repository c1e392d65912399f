"""A body named with no state in a story about several states is of the story's home: the state of
its dateline city, else of its outlet (`StoryLinker._story_state` with `home`)."""

import pytest

from rasd.nlp.entities import EntityResources, find_entities

VISIT = "أعلنت وزارة الخارجية أن الوزير سيزور روسيا والأردن الأسبوع المقبل لبحث العلاقات مع مصر."


def bodies(res: EntityResources, text: str, outlet: str | None = None) -> list[str]:
    return [e.id for e in find_entities(text, None, res, outlet=outlet) if e.id.startswith("org:")]


def test_a_story_datelined_in_a_city_speaks_of_its_states_body(entity_resources: EntityResources) -> None:
    text = "القاهرة (أ ف ب) - " + VISIT
    assert bodies(entity_resources, text) == ["org:mfa:EG"]


def test_the_outlets_state_when_there_is_no_dateline(entity_resources: EntityResources) -> None:
    assert bodies(entity_resources, VISIT, outlet="الأهرام") == ["org:mfa:EG"]


def test_the_dateline_comes_before_the_outlet(entity_resources: EntityResources) -> None:
    text = "عمّان (بترا) - " + VISIT
    assert bodies(entity_resources, text, outlet="الأهرام") == ["org:mfa:JO"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (VISIT, None),  # several states, no home
        (VISIT, "تاس"),  # an outlet whose state the story does not name
        ("أكد المسؤول في القاهرة أن " + VISIT, None),  # a city inside the text is no dateline
    ],
)
def test_no_home_no_state(entity_resources: EntityResources, text: str, outlet: str | None) -> None:
    assert bodies(entity_resources, text, outlet) == []


def test_a_bare_title_is_not_given_the_home_state(entity_resources: EntityResources) -> None:
    text = "القاهرة (أ ف ب) - قال وزير الخارجية إن الوفد سيزور روسيا والأردن."
    assert not any(e.kind == "person" for e in find_entities(text, None, entity_resources))
