"""A body named with no state is of the state its head, named in the same sentence, serves
(`StoryLinker._head_state`); else, in a story about several states, of the story's home: the state of
its dateline city, else of its outlet (`StoryLinker._story_state` with `home`)."""

import datetime as dt

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


def test_a_body_is_of_the_state_its_head_named_in_the_sentence_serves(
    entity_resources: EntityResources,
) -> None:
    text = "أعلنت وزارة الخارجية أن الوزير سامح شكري سيزور روسيا والأردن الأسبوع المقبل."
    found = find_entities(text, dt.date(2023, 5, 1), entity_resources)
    assert [e.id for e in found if e.id.startswith("org:")] == ["org:mfa:EG"]


def test_a_head_in_another_sentence_is_no_clue(entity_resources: EntityResources) -> None:
    text = "وصل الوزير سامح شكري إلى موسكو. وأعلنت وزارة الخارجية أن الوفد سيزور روسيا والأردن."
    found = find_entities(text, dt.date(2023, 5, 1), entity_resources)
    assert not any(e.id.startswith("org:") for e in found)


def test_the_media_office_of_the_prime_ministry_speaks_for_him(entity_resources: EntityResources) -> None:
    text = "وقال المكتب الإعلامي لرئاسة الوزراء إن محمد شياع السوداني غادر إلى طهران."
    found = find_entities(text, dt.date(2025, 1, 8), entity_resources)
    assert "org:pm_media_office:IQ" in [e.id for e in found]


def test_the_state_opening_the_headline_is_the_storys_home(entity_resources: EntityResources) -> None:
    assert bodies(entity_resources, "السعودية تكشف الخطوة التالية\n" + VISIT) == ["org:mfa:SA"]
    assert bodies(entity_resources, "الأردن يكشف الخطوة التالية\n" + VISIT) == ["org:mfa:JO"]


def test_a_state_only_inside_the_headline_opens_nothing(entity_resources: EntityResources) -> None:
    text = "زيارة مرتقبة إلى الأردن\n" + VISIT
    assert bodies(entity_resources, text) == []


def test_a_ministry_is_of_the_government_the_story_names(entity_resources: EntityResources) -> None:
    text = (
        "نفت الحكومة المصرية صحة الأنباء عن سفينة ألمانية في ميناء الإسكندرية. "
        "وأصدرت وزارة النقل بيانا قالت فيه إن السفينة غادرت إلى تركيا، وأكدت الوزارة أن الخبر كاذب."
    )
    assert sorted(bodies(entity_resources, text)) == ["org:government:EG", "org:transport:EG"]


def test_bodies_of_two_states_name_no_state(entity_resources: EntityResources) -> None:
    text = (
        "رحبت الحكومة المصرية بقرار الحكومة الأردنية فتح ميناء العقبة أمام السفن القادمة من الإسكندرية. "
        "وأصدرت وزارة النقل بيانا عن السفن المتجهة إلى تركيا."
    )
    assert "org:transport:EG" not in bodies(entity_resources, text)
    assert "org:transport:JO" not in bodies(entity_resources, text)


def test_a_body_of_a_state_the_story_names_less_is_no_clue(entity_resources: EntityResources) -> None:
    text = (
        "انتقدت الحكومة التركية الهجوم على ميناء الإسكندرية في مصر، وقالت القاهرة إن الهجوم فشل، "
        "وأعلنت مصر رفع الحراسة. وأصدرت وزارة النقل بيانا عن الميناء."
    )
    assert "org:transport:TR" not in bodies(entity_resources, text)
