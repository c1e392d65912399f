"""A partial name joins the person the story names in full with it, catalog or NIL, before the catalog's
reading of the short form (`rasd.nlp.link.story_persons_first`, `Settings.story_persons_first`).
Hand-built entity records first (each rule alone), then invented sentences through `find_entities`."""

import dataclasses
import datetime as dt

from rasd.nlp.entities import EntityResources, find_entities
from rasd.nlp.link import LinkResources, story_persons_first
from rasd.records import LinkedEntity, Mention


def person(eid: str, *spans: tuple[int, str], nil: bool = False, source: str = "crf") -> LinkedEntity:
    """A PER entity with one mention per (start, text)."""
    mentions = tuple(Mention(s, s + len(t), t, "PER", source) for s, t in spans)
    return LinkedEntity(eid, "PER", eid, spans[0][1], mentions, nil=nil)


def owners(found: tuple[LinkedEntity, ...]) -> dict[int, str]:
    """Start of each mention -> the id of the entity holding it."""
    return {m.start: e.id for e in found for m in e.mentions}


def test_a_catalog_surname_joins_the_story_person_named_in_full(entity_resources: EntityResources) -> None:
    found = (
        person("per:hillary-clinton", (10, "هيلاري كلينتون")),
        person("per:bill-clinton", (40, "كلينتون"), (80, "كلينتون")),
    )
    out = owners(story_persons_first(found, entity_resources.link))
    assert out == {10: "per:hillary-clinton", 40: "per:hillary-clinton", 80: "per:hillary-clinton"}


def test_a_surname_before_the_full_name_joins_the_first_named_after(
    entity_resources: EntityResources,
) -> None:
    found = (
        person("per:bill-clinton", (0, "كلينتون")),
        person("per:hillary-clinton", (30, "هيلاري كلينتون")),
    )
    assert owners(story_persons_first(found, entity_resources.link))[0] == "per:hillary-clinton"


def test_an_entity_named_in_full_keeps_its_surname(entity_resources: EntityResources) -> None:
    found = (
        person("per:recep-tayyip-erdogan", (0, "رجب طيب أردوغان"), (90, "أردوغان")),
        person("nil:emine", (40, "أمينة أردوغان"), nil=True),
    )
    assert owners(story_persons_first(found, entity_resources.link))[90] == "per:recep-tayyip-erdogan"


def test_a_two_word_family_name_joins_the_full_name(entity_resources: EntityResources) -> None:
    found = (
        person("nil:sami", (0, "سامي أبو زهري"), nil=True),
        person("nil:short", (30, "أبو زهري"), (90, "أبو زهري"), nil=True),
    )
    out = owners(story_persons_first(found, entity_resources.link))
    assert (out[30], out[90]) == ("nil:sami", "nil:sami")


def test_two_story_persons_share_the_surname_it_stays(entity_resources: EntityResources) -> None:
    found = (
        person("nil:sami", (0, "سامي أبو زهري"), nil=True),
        person("nil:khaled", (50, "خالد أبو زهري"), nil=True),
        person("nil:short", (30, "أبو زهري"), (90, "أبو زهري"), nil=True),
    )
    out = owners(story_persons_first(found, entity_resources.link))
    assert (out[30], out[90]) == ("nil:short", "nil:short")


def test_a_father_name_joins_the_lineage_the_story_names(entity_resources: EntityResources) -> None:
    found = (
        person("nil:sultan", (0, "سلطان بن سلمان بن عبدالعزيز"), nil=True),
        person("per:mohammed-bin-salman", (60, "بن سلمان")),
    )
    assert owners(story_persons_first(found, entity_resources.link))[60] == "nil:sultan"


def test_a_first_name_after_an_honorific_joins_only_off_a_nil_entity(
    entity_resources: EntityResources,
) -> None:
    link = entity_resources.link
    nil_short = (
        person("nil:a", (0, "عبدالرحمن بن عبدالله"), nil=True),
        person("nil:b", (50, "الأمير عبدالرحمن"), nil=True),
    )
    assert owners(story_persons_first(nil_short, link))[50] == "nil:a"
    king = (person("nil:c", (0, "فهد الأسمر"), nil=True), person("per:king-fahd", (50, "الملك فهد")))
    assert owners(story_persons_first(king, link))[50] == "per:king-fahd"


def test_a_catalog_person_keeps_a_two_word_form(entity_resources: EntityResources) -> None:
    found = (
        person("nil:x", (0, "أحمد بشار الأسد"), nil=True),
        person("per:bashar-al-assad", (50, "بشار الأسد")),
    )
    assert owners(story_persons_first(found, entity_resources.link))[50] == "per:bashar-al-assad"


def test_a_misread_phrase_owns_no_short_form(entity_resources: EntityResources) -> None:
    found = (
        person("nil:advisers", (0, "مستشارو أوباما"), nil=True),
        person("per:barack-obama", (40, "أوباما")),
    )
    assert owners(story_persons_first(found, entity_resources.link))[40] == "per:barack-obama"


def test_role_mentions_never_move(entity_resources: EntityResources) -> None:
    found = (
        person("nil:a", (0, "يوسف الرئيس"), nil=True),
        person("per:x", (40, "الرئيس"), source="role"),
    )
    assert owners(story_persons_first(found, entity_resources.link))[40] == "per:x"


def mentions_of(res: EntityResources, text: str, entity_id: str) -> list[str]:
    return [
        m.text for e in find_entities(text, dt.date(2015, 8, 3), res) if e.id == entity_id for m in e.mentions
    ]


TEXT = "التقت هيلاري كلينتون وفد الحزب في نيويورك. وقالت كلينتون إن الحملة ستبدأ قريبا."


def test_a_story_clinton_is_the_one_named_in_full(entity_resources: EntityResources) -> None:
    assert mentions_of(entity_resources, TEXT, "per:hillary-clinton").count("كلينتون") == 1
    assert mentions_of(entity_resources, TEXT, "per:bill-clinton") == []


def test_off_the_catalog_reading_stays(entity_resources: EntityResources) -> None:
    link: LinkResources = dataclasses.replace(entity_resources.link, story_persons=False)
    res = dataclasses.replace(entity_resources, link=link)
    assert "كلينتون" in mentions_of(res, TEXT, "per:bill-clinton")


def test_a_king_and_a_father_name_are_no_family_name(entity_resources: EntityResources) -> None:
    found = (
        person("per:mohammed-bin-salman", (0, "محمد بن سلمان")),
        person("per:king-salman", (40, "الملك سلمان"), (80, "سلمان")),
    )
    out = owners(story_persons_first(found, entity_resources.link))
    assert (out[40], out[80]) == ("per:king-salman", "per:king-salman")


def test_an_unknown_given_name_still_keeps_the_own_surname(entity_resources: EntityResources) -> None:
    found = (
        person("nil:mona", (0, "منى أبراموفيتش"), nil=True),
        person("nil:roman", (40, "رومان أبراموفيتش"), (90, "أبراموفيتش"), nil=True),
    )
    assert owners(story_persons_first(found, entity_resources.link))[90] == "nil:roman"


def test_a_family_name_owns_no_short_form(entity_resources: EntityResources) -> None:
    found = (person("nil:al", (0, "آل صالح"), nil=True), person("nil:short", (40, "صالح"), nil=True))
    assert owners(story_persons_first(found, entity_resources.link))[40] == "nil:short"


def test_one_man_in_two_spans_the_nearest_before_takes_it(entity_resources: EntityResources) -> None:
    found = (
        person("nil:long", (0, "محمد بن شلاح المطيري"), nil=True),
        person("nil:cut", (50, "محمد بن شلاح"), nil=True),
        person("nil:short", (90, "ابن شلاح"), nil=True),
    )
    assert owners(story_persons_first(found, entity_resources.link))[90] == "nil:cut"
