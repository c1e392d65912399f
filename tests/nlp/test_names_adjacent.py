"""Person spans of the NER: verbs at their edges and two names side by side (invented sentences)."""

import pytest

from rasd.nlp.entities import load_entity_resources
from rasd.nlp.gazetteer import GazetteerHit
from rasd.nlp.link import split_adjacent_names
from rasd.nlp.ner.tagger import trim_person
from rasd.records import Mention


@pytest.fixture(scope="module")
def res():
    return load_entity_resources()


def person(text: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, "PER", "crf")


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("وصف سالم العتيبي", "سالم العتيبي"),  # a speech verb before the name
        ("ووصف سالم العتيبي", "سالم العتيبي"),  # … with a glued conjunction
        ("العتيبي سيزور", "العتيبي"),  # a future verb after it
        ("العتيبي وكريم يوقعان", "العتيبي وكريم"),  # the dual of an imperfect verb
        ("سالم العتيبي زيارة", "سالم العتيبي"),  # an event noun after it
        ("سالم العتيبي بالوزير", "سالم العتيبي"),  # a preposition glued before an article: no name word
        ("فيصل العتيبي", "فيصل العتيبي"),  # فيصل is no ف + يصل
        ("وليد العتيبي", "وليد العتيبي"),
    ],
)
def test_words_that_are_no_name_leave_the_span(res, span, name) -> None:
    trimmed = trim_person(person(span, 10), res.link.not_names)
    assert trimmed is not None
    assert trimmed.text == name
    assert span[trimmed.start - 10 : trimmed.end - 10] == name


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("الدكتور العتيبي", "العتيبي"),  # an honorific opening the span
        ("اللواء ركن سالم العتيبي", "سالم العتيبي"),  # a rank and its qualifier
        ("والسفير سالم العتيبي", "سالم العتيبي"),  # a title with a glued conjunction
        ("سالم الأمين", "سالم الأمين"),  # a title word ending a name is a family name
    ],
)
def test_titles_leave_the_start_of_the_span(res, span, name) -> None:
    trimmed = trim_person(person(span, 10), res.link.not_names, res.link.name_titles)
    assert trimmed is not None
    assert trimmed.text == name
    assert span[trimmed.start - 10 : trimmed.end - 10] == name


def test_without_titles_the_span_keeps_its_title(res) -> None:
    assert trim_person(person("الدكتور العتيبي"), res.link.not_names).text == "الدكتور العتيبي"


def test_a_span_of_verbs_only_is_no_name(res) -> None:
    assert trim_person(person("التقى"), res.link.not_names) is None


def test_other_types_are_left_alone(res) -> None:
    place = Mention(0, 11, "زيارة مسقط", "LOC", "crf")
    assert trim_person(place, res.link.not_names) == place


def hit(text: str, name: str, ident: str) -> GazetteerHit:
    start = text.index(name)
    return GazetteerHit(start, start + len(name), name, (ident,))


def test_two_catalog_names_side_by_side_are_two_mentions(res) -> None:
    text = "التقى بوتين أردوغان في سوتشي."
    span = person("بوتين أردوغان", text.index("بوتين"))
    hits = [hit(text, "بوتين", "per:vladimir-putin"), hit(text, "أردوغان", "per:recep-tayyip-erdogan")]
    assert [m.text for m in split_adjacent_names([span], hits, res.link.catalog)] == ["بوتين", "أردوغان"]


def test_a_lineage_between_two_names_keeps_one_name(res) -> None:
    text = "استقبل محمد بن سلمان الوفد."
    span = person("محمد بن سلمان", text.index("محمد"))
    hits = [hit(text, "محمد", "per:vladimir-putin"), hit(text, "سلمان", "per:recep-tayyip-erdogan")]
    assert split_adjacent_names([span], hits, res.link.catalog) == (span,)


def test_adjacent_names_link_to_both_people(res) -> None:
    from rasd.nlp.entities import find_entities

    found = {e.name_en for e in find_entities("التقى بوتين أردوغان في سوتشي.", None, res)}
    assert {"Vladimir Putin", "Recep Tayyip Erdogan"} <= found
