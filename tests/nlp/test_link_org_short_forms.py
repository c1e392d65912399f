"""A NIL organisation whose words open the name of a catalog organisation named before it in the story
is that organisation named short (`StoryLinker.link_organisation_short_forms`); the linker is fed the
NER's spans by hand, as the NER tags such short forms only in some texts."""

from rasd.nlp.entities import EntityResources
from rasd.nlp.link import StoryLinker
from rasd.records import Mention


def _linked(res: EntityResources, text: str, full: str, entity_id: str, short: str) -> dict[str, list[str]]:
    linker = StoryLinker(res.link, text, None)
    entity = res.link.catalog.get(entity_id)
    start = text.index(full)
    linker.add(entity, Mention(start, start + len(full), full, "ORG", "gazetteer"))
    at = text.index(short, start + len(full))
    linker.add(None, Mention(at, at + len(short), short, "ORG", "crf"), nil_key=short)
    linker.link_organisation_short_forms()
    return {e.id: [m.text for m in e.mentions] for e in linker.entities()}


def test_the_short_form_after_the_full_name_is_the_organisation(entity_resources: EntityResources) -> None:
    text = "ودعت جامعة الدول العربية إلى التهدئة، وقال مسؤول في جامعة الدول إن الاجتماع طارئ."
    got = _linked(entity_resources, text, "جامعة الدول العربية", "ARAB_LEAGUE", "جامعة الدول")
    assert got == {"ARAB_LEAGUE": ["جامعة الدول العربية", "جامعة الدول"]}


def test_a_short_form_before_the_full_name_stays_apart(entity_resources: EntityResources) -> None:
    text = "وقال مسؤول في جامعة الدول إن الاجتماع طارئ، ودعت جامعة الدول العربية إلى التهدئة."
    linker = StoryLinker(entity_resources.link, text, None)
    full = "جامعة الدول العربية"
    start = text.index(full)
    linker.add(
        entity_resources.link.catalog.get("ARAB_LEAGUE"),
        Mention(start, start + len(full), full, "ORG", "gazetteer"),
    )
    linker.add(
        None,
        Mention(text.index("جامعة الدول"), text.index("جامعة الدول") + 11, "جامعة الدول", "ORG", "crf"),
        nil_key="x",
    )
    linker.link_organisation_short_forms()
    assert len(linker.entities()) == 2


def test_a_one_word_short_form_is_not_joined(entity_resources: EntityResources) -> None:
    text = "ودعت جامعة الدول العربية إلى التهدئة، وقالت الجامعة إن الاجتماع طارئ."
    got = _linked(entity_resources, text, "جامعة الدول العربية", "ARAB_LEAGUE", "الجامعة")
    assert len(got) == 2
