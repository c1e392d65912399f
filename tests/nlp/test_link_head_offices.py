"""An office named by its head's name ("مكتب نتنياهو"، "المكتب الإعلامي للسوداني") is that body of the
state he heads it in on the story's date, not the person (`StoryLinker.link_head_offices`, data
`entities/head_offices.tsv`). Invented sentences."""

import datetime as dt

from rasd.nlp.entities import EntityResources, find_entities


def ids(res: EntityResources, text: str, day: dt.date | None) -> list[str]:
    return [e.id for e in find_entities(text, day, res)]


def test_the_prime_ministers_office_by_his_name(entity_resources: EntityResources) -> None:
    found = ids(entity_resources, "وقال مكتب نتنياهو في بيان إن الوفد سيغادر مساء الغد.", dt.date(2024, 5, 1))
    assert found == ["org:pm_office:IL"]


def test_the_media_office_by_the_surname_with_a_glued_la(entity_resources: EntityResources) -> None:
    text = "وصل محمد شياع السوداني إلى طهران. وقال المكتب الإعلامي للسوداني في بيان إن الزيارة ناجحة."
    found = ids(entity_resources, text, dt.date(2024, 5, 1))
    assert "org:pm_media_office:IQ" in found and "per:mohammed-shia-al-sudani" in found


def test_no_office_for_a_man_who_holds_no_such_post(entity_resources: EntityResources) -> None:
    text = "وقال مكتب لافروف في بيان إن الوفد سيغادر مساء الغد."
    found = ids(entity_resources, text, dt.date(2024, 5, 1))
    assert not any(i.startswith("org:") for i in found)
