"""An office named by its head's name ("مكتب نتنياهو"، "المكتب الإعلامي للسوداني") is that body of the
state he heads it in on the story's date, not the person (`StoryLinker.link_head_offices`, data
`entities/head_offices.tsv`). Invented sentences."""

import dataclasses
import datetime as dt

from rasd.lang.normalize import fold
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
    """`head_office_patterns` compiles both regexes of a row when the resources load, for the folded
    text: `before` ends where the name starts, `surname` captures the name after the same words (glued
    ل or apart, a tatweel folded away)."""
    offices = {o.body: o for o in head_office_patterns()}
    media = offices["pm_media_office"]
    assert media.before.search(fold("وقال المكتب الإعلامي لـ")) is not None
    assert media.surname.search(fold("وقال المكتب الإعلامي للسوداني في بيان")).group(1) == "لسوداني"
    assert media.surname.search(fold("وقال المكتب الإعلامي لـ السوداني")).group(1) == "السوداني"


def test_an_office_written_with_marks_and_a_tatweel(entity_resources: EntityResources) -> None:
    """The office's words are matched on the folded text: vowel marks and a tatweel inside them do not
    hide the office (the mention keeps the original offsets and spelling)."""
    text = "وصل محمد شياع السوداني إلى طهران. وقال المكتبُ الإعلامـي للسوداني في بيان إن الزيارة ناجحة."
    found = find_entities(text, dt.date(2024, 5, 1), entity_resources)
    office = next(e for e in found if e.id == "org:pm_media_office:IQ")
    assert [m.text for m in office.mentions] == ["المكتبُ الإعلامـي للسوداني"]


def test_the_office_words_start_within_the_title_reach(entity_resources: EntityResources) -> None:
    """`Settings.link_title_reach_chars`: the office's words must start this close before the name."""
    text = "وقال مكتب نتنياهو في بيان إن الوفد سيغادر مساء الغد."
    near = dataclasses.replace(entity_resources.link, title_reach=3)
    found = ids(dataclasses.replace(entity_resources, link=near), text, dt.date(2024, 5, 1))
    assert "org:pm_office:IL" not in found
    assert "org:pm_office:IL" in ids(entity_resources, text, dt.date(2024, 5, 1))
