"""The nested spans a story names an entity by are also its mentions (rasd/nlp/phrases.py).

Sentences and names are made up for the tests."""

from __future__ import annotations

import pytest

from rasd.nlp.catalog import load_catalog
from rasd.nlp.phrases import PhraseWords, add_phrases, load_phrase_words
from rasd.records import LinkedEntity, Mention, Story

TEXT = "استقبل الرئيس الإيراني مسعود بزشكيان الوزير، وقال الرئيس الإيراني، مسعود بزشكيان إن"


@pytest.fixture(scope="module")
def words() -> PhraseWords:
    return load_phrase_words(load_catalog())


def _at(text: str, form: str, source: str, nth: int = 0, kind: str = "PER") -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(form, start + 1)
    return Mention(start, start + len(form), form, kind, source)


def _story(*mentions: Mention, text: str = TEXT, kind: str = "PER") -> Story:
    entity = LinkedEntity("x", kind, "X", "س", mentions)
    return Story(id="s", index=0, title=None, text=text, entities=(entity,))


def _phrases(story: Story, words: PhraseWords) -> list[str]:
    (entity,) = add_phrases(story, words).entities
    return [m.text for m in entity.mentions if m.source == "phrase"]


def test_a_title_then_the_name_gives_the_whole_phrase_too(words: PhraseWords) -> None:
    title, name = _at(TEXT, "الرئيس الإيراني", "role"), _at(TEXT, "مسعود بزشكيان", "gazetteer")
    (person,) = add_phrases(_story(title, name), words).entities
    assert [m.text for m in person.mentions] == [
        "الرئيس الإيراني",
        "مسعود بزشكيان",
        "الرئيس الإيراني مسعود بزشكيان",
    ]
    assert person.mentions[-1].source == "phrase"
    assert (person.mentions[-1].start, person.mentions[-1].end) == (title.start, name.end)


def test_a_comma_or_quotation_marks_still_join_a_title_and_its_name(words: PhraseWords) -> None:
    comma = (_at(TEXT, "الرئيس الإيراني", "role", 1), _at(TEXT, "مسعود بزشكيان", "gazetteer", 1))
    assert _phrases(_story(*comma), words) == ["الرئيس الإيراني، مسعود بزشكيان"]
    quoted = 'أعلن الرئيس الفرنسي "جان دوبون" أنه'
    pair = (_at(quoted, "الرئيس الفرنسي", "role"), _at(quoted, "جان دوبون", "gazetteer"))
    assert _phrases(_story(*pair, text=quoted), words) == ['الرئيس الفرنسي "جان دوبون']


def test_a_word_or_a_sentence_end_between_them_makes_no_phrase(words: PhraseWords) -> None:
    text = "وصل الرئيس الإيراني أمس. مسعود بزشكيان قال"
    pair = (_at(text, "الرئيس الإيراني", "role"), _at(text, "مسعود بزشكيان", "gazetteer"))
    assert _phrases(_story(*pair, text=text), words) == []
    names = (_at(TEXT, "الرئيس الإيراني", "crf"), _at(TEXT, "مسعود بزشكيان", "gazetteer"))
    assert _phrases(_story(*names), words) == []


def test_the_title_and_its_name_must_be_the_same_entity(words: PhraseWords) -> None:
    title, name = _at(TEXT, "الرئيس الإيراني", "role"), _at(TEXT, "مسعود بزشكيان", "gazetteer")
    other = LinkedEntity("per:y", "PER", "Someone", "شخص", (name,))
    person = LinkedEntity("per:x", "PER", "Masoud Pezeshkian", "مسعود بزشكيان", (title,))
    story = Story(id="s", index=0, title=None, text=TEXT, entities=(person, other))
    assert add_phrases(story, words).entities == story.entities


def test_a_name_without_the_courtesy_titles_that_open_it(words: PhraseWords) -> None:
    text = "استقبل الدكتور سامي ناصر وجلالة الملك فهد الثاني والفريق أول خالد سعد"
    found = [
        _phrases(_story(_at(text, form, "gazetteer"), text=text), words)
        for form in ("الدكتور سامي ناصر", "جلالة الملك فهد الثاني", "الفريق أول خالد سعد")
    ]
    assert found == [["سامي ناصر"], ["الملك فهد الثاني", "فهد الثاني"], ["خالد سعد"]]


def test_a_generic_title_right_before_a_name(words: PhraseWords) -> None:
    text = "وقال الوزير ناصر إن"
    assert _phrases(_story(_at(text, "ناصر", "gazetteer"), text=text), words) == ["الوزير ناصر"]


def test_a_given_name_alone_is_not_cut_out_of_a_titled_name(words: PhraseWords) -> None:
    text = "قال الملك عبد الله إن"
    assert _phrases(_story(_at(text, "الملك عبد الله", "gazetteer"), text=text), words) == []


def test_a_title_alone_is_no_name(words: PhraseWords) -> None:
    text = "قال الدكتور إن"
    assert _phrases(_story(_at(text, "الدكتور", "crf"), text=text), words) == []


def test_a_place_with_its_classifier_adjective_or_epithet(words: PhraseWords) -> None:
    text = "زار جمهورية سالوريا ثم مدينة بارا في الولايات المتحدة الأمريكية وحي نوري المحتلة"
    cases = {
        "سالوريا": ["جمهورية سالوريا"],
        "بارا": ["مدينة بارا"],
        "نوري": ["نوري المحتلة"],
    }
    for name, phrases in cases.items():
        story = _story(_at(text, name, "gazetteer", kind="LOC"), text=text, kind="LOC")
        assert _phrases(story, words) == phrases
    state = (
        _at(text, "الولايات المتحدة", "gazetteer", kind="LOC"),
        _at(text, "الأمريكية", "adjective", kind="LOC"),
    )
    assert _phrases(_story(*state, text=text, kind="LOC"), words) == ["الولايات المتحدة الأمريكية"]


@pytest.mark.parametrize(
    ("text", "form", "source", "kind", "phrase"),
    [
        ("وصل إلى العاصمة السالورية بارا", "بارا", "gazetteer", "LOC", "العاصمة السالورية بارا"),
        ("أعلنت حركة النور أن", "النور", "gazetteer", "ORG", "حركة النور"),
        ("قصف الاحتلال السالوري المدينة", "السالوري", "adjective", "LOC", "الاحتلال السالوري"),
    ],
    ids=["capital-after-state-adjective", "organisation-classifier", "state-noun-and-adjective"],
)
def test_one_phrase(words: PhraseWords, text: str, form: str, source: str, kind: str, phrase: str) -> None:
    story = _story(_at(text, form, source, kind=kind), text=text, kind=kind)
    assert _phrases(story, words) == [phrase]


def test_place_phrases_are_for_places_only(words: PhraseWords) -> None:
    text = "التقى مدينة سالم"
    assert _phrases(_story(_at(text, "سالم", "gazetteer"), text=text), words) == []


def test_a_name_to_its_father_inside_a_longer_lineage(words: PhraseWords) -> None:
    text = "واستقبل الأمير خالد بن فهد بن عبد الرحمن آل سلمان الوفد."
    found = _phrases(
        _story(_at(text, "الأمير خالد بن فهد بن عبد الرحمن آل سلمان", "gazetteer"), text=text), words
    )
    assert "الأمير خالد بن فهد" in found
    assert "خالد بن فهد" in found


def test_a_name_with_no_more_lineage_is_not_cut(words: PhraseWords) -> None:
    text = "واستقبل الأمير خالد بن فهد الوفد."
    found = _phrases(_story(_at(text, "الأمير خالد بن فهد", "gazetteer"), text=text), words)
    assert not any(f.endswith("بن") or f == "الأمير خالد" for f in found)


def test_the_crown_prince_title_opens_no_name(words: PhraseWords) -> None:
    text = "واستقبل ولي العهد الأمير خالد بن فهد الوفد."
    found = _phrases(_story(_at(text, "ولي العهد الأمير خالد بن فهد", "gazetteer"), text=text), words)
    assert "الأمير خالد بن فهد" in found


def test_two_titles_of_one_man_make_a_compound_title(words: PhraseWords) -> None:
    text = "وقال رئيس الوزراء وزير الخارجية الليبي خالد منصور إن"
    found = _phrases(
        _story(_at(text, "وزير الخارجية الليبي", "role"), _at(text, "خالد منصور", "gazetteer"), text=text),
        words,
    )
    assert "رئيس الوزراء وزير الخارجية الليبي" in found


def test_a_compound_title_joined_by_wa(words: PhraseWords) -> None:
    text = "تلقى نائب رئيس الوزراء ووزير الخارجية الليبي خالد منصور اتصالا."
    found = _phrases(_story(_at(text, "وزير الخارجية الليبي", "role"), text=text), words)
    assert "نائب رئيس الوزراء ووزير الخارجية الليبي" in found


def test_a_title_held_by_another_entity_joins_no_compound(words: PhraseWords) -> None:
    text = "استقبل رئيس الوزراء وزير الخارجية الليبي خالد منصور."
    pm = LinkedEntity("y", "PER", "Y", "ص", (_at(text, "رئيس الوزراء", "role"),))
    fm = LinkedEntity("x", "PER", "X", "س", (_at(text, "وزير الخارجية الليبي", "role"),))
    story = Story(id="s", index=0, title=None, text=text, entities=(pm, fm))
    (_, minister) = add_phrases(story, words).entities
    assert not any(m.text.startswith("رئيس الوزراء") for m in minister.mentions)


def test_an_envoy_title_with_where_he_is_sent(words: PhraseWords) -> None:
    text = "التقى المبعوث الأممي الخاص لليبيا خالد منصور الوفد، ثم المبعوث الأمريكي الخاص إلى ليبيا."
    first = _phrases(_story(_at(text, "المبعوث الأممي", "role"), text=text), words)
    second = _phrases(_story(_at(text, "المبعوث الأمريكي الخاص", "role"), text=text), words)
    assert first == ["المبعوث الأممي الخاص لليبيا"]
    assert second == ["المبعوث الأمريكي الخاص إلى ليبيا"]


def test_a_classifier_before_a_bracketed_name(words: PhraseWords) -> None:
    text = "والتقى الوفد أعضاء المكتب السياسي لحركة (النهضة) أمس."
    found = _phrases(_story(_at(text, "النهضة", "gazetteer", kind="ORG"), text=text, kind="ORG"), words)
    assert found == ["لحركة (النهضة"]  # a glued proclitic stays, as on every classified phrase


def test_the_authorities_of_a_state_name_the_state(words: PhraseWords) -> None:
    text = "وأدانت الوزارة قرار السلطات الليبية أمس."
    found = _phrases(_story(_at(text, "الليبية", "adjective", kind="LOC"), text=text, kind="LOC"), words)
    assert found == ["السلطات الليبية"]


def test_the_administration_of_a_state_names_the_state(words: PhraseWords) -> None:
    text = "ورحبت الإدارة الأمريكية بالخطوة في بيان."
    found = _phrases(_story(_at(text, "الأمريكية", "adjective", kind="LOC"), text=text, kind="LOC"), words)
    assert found == ["الإدارة الأمريكية"]


def test_a_two_word_clerical_title_before_a_name(words: PhraseWords) -> None:
    text = "وغادر آية الله علي الحسيني طهران."
    found = _phrases(_story(_at(text, "علي الحسيني", "gazetteer"), text=text), words)
    assert "آية الله علي الحسيني" in found
