"""A title and the name right after it are also one mention of the person (rasd/nlp/phrases.py)."""

from __future__ import annotations

from rasd.nlp.phrases import add_phrases
from rasd.records import LinkedEntity, Mention, Story

TEXT = "استقبل الرئيس الإيراني مسعود بزشكيان الوزير، وقال الرئيس الإيراني، مسعود بزشكيان إن"


def _at(form: str, source: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(form, start + 1)
    return Mention(start, start + len(form), form, "PER", source)


def _story(*mentions: Mention) -> Story:
    person = LinkedEntity("per:x", "PER", "Masoud Pezeshkian", "مسعود بزشكيان", mentions)
    return Story(id="s", index=0, title=None, text=TEXT, entities=(person,))


def test_a_title_then_the_name_gives_the_whole_phrase_too() -> None:
    title, name = _at("الرئيس الإيراني", "role"), _at("مسعود بزشكيان", "gazetteer")
    (person,) = add_phrases(_story(title, name)).entities
    assert [m.text for m in person.mentions] == [
        "الرئيس الإيراني",
        "مسعود بزشكيان",
        "الرئيس الإيراني مسعود بزشكيان",
    ]
    assert person.mentions[-1].source == "phrase"
    assert (person.mentions[-1].start, person.mentions[-1].end) == (title.start, name.end)


def test_a_comma_between_title_and_name_or_two_names_make_no_phrase() -> None:
    comma = (_at("الرئيس الإيراني", "role", 1), _at("مسعود بزشكيان", "gazetteer", 1))
    (person,) = add_phrases(_story(*comma)).entities
    assert [m.source for m in person.mentions] == ["role", "gazetteer"]
    names = (_at("الرئيس الإيراني", "crf"), _at("مسعود بزشكيان", "gazetteer"))
    (person,) = add_phrases(_story(*names)).entities
    assert len(person.mentions) == 2


def test_the_title_and_its_name_must_be_the_same_entity() -> None:
    title, name = _at("الرئيس الإيراني", "role"), _at("مسعود بزشكيان", "gazetteer")
    other = LinkedEntity("per:y", "PER", "Someone", "شخص", (name,))
    person = LinkedEntity("per:x", "PER", "Masoud Pezeshkian", "مسعود بزشكيان", (title,))
    story = Story(id="s", index=0, title=None, text=TEXT, entities=(person, other))
    assert add_phrases(story).entities == story.entities
