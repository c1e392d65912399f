"""A one-word unknown name that is the last word of a shorter catalog form of a person the story names
in full is that person (`StoryLinker.link_short_forms`, `Settings.catalog_surnames`). Invented
sentences."""

import dataclasses
import datetime as dt

from rasd.nlp.entities import EntityResources, find_entities


def mentions_of(res: EntityResources, text: str, entity_id: str) -> list[str]:
    found = find_entities(text, dt.date(2015, 8, 3), res)
    return [m.text for e in found if e.id == entity_id for m in e.mentions]


def test_the_surname_of_a_shorter_catalog_form_joins_the_full_name(entity_resources: EntityResources) -> None:
    text = "التقى سلفا كير ميارديت وفد الوسطاء في جوبا. وقال كير إن المقترحات الجديدة تهدد السلام."
    assert "كير" in mentions_of(entity_resources, text, "per:salva-kiir-mayardit")


def test_off_the_surname_stays_unknown(entity_resources: EntityResources) -> None:
    res = dataclasses.replace(
        entity_resources, link=dataclasses.replace(entity_resources.link, catalog_surnames=False)
    )
    text = "التقى سلفا كير ميارديت وفد الوسطاء في جوبا. وقال كير إن المقترحات الجديدة تهدد السلام."
    assert "كير" not in mentions_of(res, text, "per:salva-kiir-mayardit")
