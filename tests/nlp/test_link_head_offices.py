"""An office named by its head's name ("مكتب نتنياهو"، "المكتب الإعلامي للسوداني") is that body of the
state he heads it in on the story's date, not the person (`StoryLinker.link_head_offices`, data
`entities/head_offices.tsv`). Invented sentences."""

import datetime as dt

from rasd.nlp.entities import EntityResources, find_entities
from rasd.nlp.link import head_office_patterns


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


def test_each_office_is_compiled_once_with_its_surname_pattern() -> None:
    """`head_office_patterns` compiles both regexes of a row when the resources load: `before` ends where
    the name starts, `surname` captures the name after the same words (glued ل or apart)."""
    offices = {o.body: o for o in head_office_patterns()}
    media = offices["pm_media_office"]
    assert media.before.search("وقال المكتب الإعلامي ل") is not None
    assert media.surname.search("وقال المكتب الإعلامي للسوداني في بيان").group(1) == "لسوداني"
    assert media.surname.search("وقال المكتب الإعلامي لـ السوداني").group(1) == "السوداني"
