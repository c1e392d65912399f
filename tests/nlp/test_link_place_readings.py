"""A place name with readings in several states is read in the state the story names (invented
sentences): the Yemeni town زنجبار is no Zanzibar, Lebanon's طرابلس no Libya's capital."""

import pytest

from rasd.nlp.entities import EntityResources, find_entities


def _ids(text: str, resources: EntityResources) -> dict[str, str]:
    """Mention text -> catalog id of a text's entities."""
    return {m.text: e.id for e in find_entities(text, None, resources) for m in e.mentions}


def test_a_town_named_beside_its_state_is_read_there(entity_resources) -> None:
    got = _ids("وقصفت الطائرات مواقع قرب مدينة زنجبار في محافظة أبين اليمنية.", entity_resources)
    assert got["زنجبار"] == "loc:zinjibar"


def test_the_other_reading_when_its_state_is_named(entity_resources) -> None:
    got = _ids("ووصل السياح إلى مدينة زنجبار في تنزانيا لقضاء العطلة.", entity_resources)
    assert got["زنجبار"] == "gn:148730"  # Zanzibar, not the Yemeni town the catalog reads first


@pytest.mark.parametrize(("adjective", "state"), [("اللبناني", "LB"), ("الليبي", "LY")])
def test_a_city_of_two_states_follows_the_state_named(entity_resources, adjective, state) -> None:
    text = f"وقال وزير الداخلية {adjective} إن الاشتباكات في طرابلس توقفت."
    catalog = entity_resources.link.catalog
    assert catalog.get(_ids(text, entity_resources)["طرابلس"]).country == state
