"""An organisation's head noun alone after its full name is that organisation
(`StoryLinker.link_organisation_heads`); the linker is fed the full names by hand."""

from rasd.nlp.entities import EntityResources
from rasd.nlp.link import StoryLinker
from rasd.records import Mention


def _heads(res: EntityResources, text: str, named: dict[str, str]) -> dict[str, list[str]]:
    linker = StoryLinker(res.link, text, None)
    for full, entity_id in named.items():
        start = text.index(full)
        linker.add(
            res.link.catalog.get(entity_id), Mention(start, start + len(full), full, "ORG", "gazetteer")
        )
    linker.link_organisation_heads()
    return {e.id: [m.text for m in e.mentions] for e in linker.entities()}


def test_the_head_alone_after_the_full_name_is_the_organisation(entity_resources: EntityResources) -> None:
    text = "رحب مجلس الأمن بالهدنة، ودعا المجلس جميع الأطراف إلى الحوار."
    assert _heads(entity_resources, text, {"مجلس الأمن": "UNSC"}) == {"UNSC": ["مجلس الأمن", "المجلس"]}


def test_a_head_with_a_glued_conjunction_keeps_only_the_head(entity_resources: EntityResources) -> None:
    text = "أعلن التحالف العربي بدء العملية، وشن طيران التحالف غارات، والتحالف مستمر."
    got = _heads(entity_resources, text, {"التحالف العربي": "SAUDI-COALITION"})
    assert got == {"SAUDI-COALITION": ["التحالف العربي", "التحالف", "التحالف"]}


def test_no_head_before_the_full_name_nor_followed_by_a_definite_word(
    entity_resources: EntityResources,
) -> None:
    text = "قال التحالف إن التحالف العربي بدأ العملية، وإن التحالف الدولي يراقب والتحالف الحاكم يصمت."
    got = _heads(entity_resources, text, {"التحالف العربي": "SAUDI-COALITION"})
    assert got == {"SAUDI-COALITION": ["التحالف العربي"]}


def test_two_organisations_with_one_head_get_no_guess(entity_resources: EntityResources) -> None:
    text = "رحب مجلس الأمن ومجلس التعاون بالهدنة، ودعا المجلس الأطراف إلى الحوار."
    got = _heads(entity_resources, text, {"مجلس الأمن": "UNSC", "مجلس التعاون": "GCC"})
    assert got == {"UNSC": ["مجلس الأمن"], "GCC": ["مجلس التعاون"]}


def test_a_word_of_a_role_title_is_no_head(entity_resources: EntityResources) -> None:
    text = "رحب مجلس الأمن بالهدنة، وقال رئيس المجلس إن الاجتماع طارئ."
    assert _heads(entity_resources, text, {"مجلس الأمن": "UNSC"}) == {"UNSC": ["مجلس الأمن"]}
