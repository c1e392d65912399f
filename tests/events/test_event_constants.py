"""This round's event windows come from `Settings` (changing a field changes an invented sentence's
outcome), and its word lists from data files (meeting_words.tsv, pluperfect.tsv) that load."""

import dataclasses

import rasd
from rasd.events.extract import load_event_lexicon
from rasd.settings import Settings


def _events(text: str, **fields: object) -> list[tuple[str, list[str]]]:
    """(type, participants' English names) of the text's events under the default settings but `fields`."""
    doc = rasd.analyze_text(text, settings=dataclasses.replace(Settings(), **fields))
    names = {e.id: e.name_en for s in doc.stories for e in s.entities}
    return [(e.type, sorted(names.get(p, p) for p in e.participants)) for s in doc.stories for e in s.events]


def test_the_pluperfect_reach_comes_from_settings() -> None:
    text = "وكان الرئيس الروسي فلاديمير بوتين قد أعلن أمس دعم الاتفاق.\n"
    assert ("statement", ["Vladimir Putin"]) in _events(text)
    assert ("statement", ["Vladimir Putin"]) not in _events(text, event_kana_reach=2)


def test_the_joined_parties_reach_comes_from_settings() -> None:
    text = "بحثت دولة قطر والولايات المتحدة سبل تعزيز التعاون.\n"
    assert ("meet", ["Qatar", "United States"]) in _events(text)
    assert not [e for e in _events(text, event_joined_reach=0) if e[0] == "meet"]


def test_the_consoled_reach_comes_from_settings() -> None:
    text = "أدان البرلمان العربي التفجير الذي استهدف مسجدا في أبها، معربا عن تضامنه مع الملك سلمان بن عبدالعزيز.\n"
    condemned = [people for kind, people in _events(text) if kind == "criticize"]
    assert condemned == [["Arab Parliament"]]
    near = [people for kind, people in _events(text, event_consoled_reach=1) if kind == "criticize"]
    assert near and len(near[0]) == 2  # تضامن is two words before the king: out of reach


def test_the_unquoted_types_come_from_settings() -> None:
    text = "وقال محمود عباس لدى ترؤسه اجتماعا للقيادة في رام الله: «نطالب الأمم المتحدة بحماية شعبنا».\n"
    assert not [people for kind, people in _events(text) if kind == "meet" and "United Nations" in people]
    quoted = [people for kind, people in _events(text, event_unquoted_types="") if kind == "meet"]
    assert quoted and "United Nations" in quoted[0]


def test_the_meeting_and_pluperfect_words_load() -> None:
    lex = load_event_lexicon()
    assert {"بين", "بينهما"} <= lex.between and "الذي" in lex.relatives and "ضمت" in lex.gathered
    assert lex.reception == ("ستقب",) and lex.also_received == ("كما", "كان", "في")
    assert "خص" in lex.granted and "يبحث" in lex.alone and "بحثا" not in lex.alone
    assert {"مع", "وبين"} <= lex.partners
    assert lex.kana == {"كان", "كانت"} and lex.kana_particles == {"قد"}
