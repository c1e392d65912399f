"""A man the NER missed right after a title or a body's spokesman title is a NIL person who holds the
title; the spokesman's body is then a mention of the title, not the speaker
(`StoryLinker.link_names_after_titles`). Invented sentences."""

import datetime as dt

from rasd.nlp.entities import EntityResources, find_entities
from rasd.records import LinkedEntity

DAY = dt.date(2015, 8, 3)


def found(res: EntityResources, text: str) -> list[LinkedEntity]:
    return list(find_entities(text, DAY, res))


def sources(entities: list[LinkedEntity], prefix: str) -> list[str]:
    return [m.source for e in entities if e.id.startswith(prefix) for m in e.mentions]


def test_a_spokesman_named_after_his_body_speaks(entity_resources: EntityResources) -> None:
    text = "وقال الناطق باسم الحكومة اليمنية عادل الحمادي على هامش المؤتمر إن المدينة آمنة."
    entities = found(entity_resources, text)
    people = [e for e in entities if e.type == "PER"]
    assert len(people) == 1 and people[0].nil
    assert sorted(m.text for m in people[0].mentions) == ["الناطق باسم الحكومة اليمنية", "عادل الحمادي"]
    assert sources(entities, "org:government:YE") == ["title"]  # no speaker of its own there


def test_a_spokesman_with_la_glued_to_the_body(entity_resources: EntityResources) -> None:
    text = "وأوضح المتحدث الرسمي لـمركز الملك سلمان للإغاثة والأعمال الإنسانية عادل الدباغ أن القافلة وصلت."
    entities = found(entity_resources, text)
    person = next(e for e in entities if e.type == "PER")
    assert any(m.source == "role" for m in person.mentions)
    assert "عادل الدباغ" in [m.text for m in person.mentions]


def test_common_words_after_a_title_are_no_name(entity_resources: EntityResources) -> None:
    for text in (
        "وقال المتحدث باسم الحكومة اليمنية اليوم الأربعاء إن المدينة آمنة.",
        "وقال الناطق باسم الحكومة اليمنية في بيان إن المدينة آمنة.",
        "وأكد الناطق باسم الحكومة اليمنية على أن المدينة آمنة.",
    ):
        entities = found(entity_resources, text)
        assert not any(e.type == "PER" for e in entities), text
        assert sources(entities, "org:government:YE") == ["body"]


def test_a_missed_name_after_a_role_title_takes_the_title(entity_resources: EntityResources) -> None:
    text = "واستقبل وكيل وزارة الخارجية السودانية راشد بكري عوض الله الوفد في الخرطوم."
    entities = found(entity_resources, text)
    person = next(e for e in entities if e.type == "PER")
    assert person.nil
    assert "وكيل وزارة الخارجية السودانية" in [m.text for m in person.mentions]


def test_the_wife_of_a_title_holder_does_not_take_his_title(entity_resources: EntityResources) -> None:
    text = "والتقت عقيلة الرئيس السوري ليلى الحمصاني طلاب المدرسة في حلب."
    entities = found(entity_resources, text)
    person = next(e for e in entities if e.type == "PER" and e.nil)
    assert [m.source for m in person.mentions if m.source == "role"] == []
