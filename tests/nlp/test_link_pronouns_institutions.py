"""Honorific pronouns, names inside an institution's name, nationality surnames and repeated titles
(invented sentences; the catalog's real office holders)."""

import datetime as dt

import pytest

from rasd.nlp.entities import find_entities, load_entity_resources
from rasd.nlp.link import _institution_noun, honorific_pronouns
from rasd.nlp.ner.tagger import trim_person
from rasd.records import Mention


@pytest.fixture(scope="module")
def res():
    return load_entity_resources()


def ids(text: str, res, on: str = "2024-03-01") -> dict[str, list[str]]:
    found = find_entities(text, dt.date.fromisoformat(on), res)
    return {e.id: [m.text for m in e.mentions] for e in found}


@pytest.mark.parametrize(
    "word", ["سموه", "معاليه", "فخامته", "سيادته", "جلالته", "وسموه", "لمعاليه", "فخامتكم"]
)
def test_an_honorific_with_a_pronoun_is_no_name(res, word) -> None:
    assert word in honorific_pronouns()
    assert trim_person(Mention(0, len(word), word, "PER", "crf"), res.link.not_names) is None


def test_an_honorific_pronoun_leaves_the_edge_of_a_span(res) -> None:
    span = "سموه الأمير فيصل"
    trimmed = trim_person(Mention(0, len(span), span, "PER", "crf"), res.link.not_names)
    assert trimmed is not None and trimmed.text == "الأمير فيصل"


def test_names_are_no_honorific_pronouns() -> None:
    assert not {"سمير", "سموحه", "جلال", "فخامه"} & honorific_pronouns()


@pytest.mark.parametrize(
    ("word", "kind"),
    [("مستشفى", "ORG"), ("بمستشفى", "ORG"), ("ومركز", "ORG"), ("مطار", "LOC"), ("لجامعه", "ORG")],
)
def test_an_institution_noun_in_the_construct_state(word, kind, res) -> None:
    assert _institution_noun(word, res.link.institutions) == kind


@pytest.mark.parametrize("word", ["المركز", "والمستشفى", "وزير"])
def test_a_defined_noun_opens_no_institution(word, res) -> None:
    assert _institution_noun(word, res.link.institutions) is None


def test_a_king_named_in_an_institution_is_no_mention_of_him(res) -> None:
    found = ids("وزع مركز الملك سلمان للإغاثة سلالا غذائية في اليمن.", res)
    assert "per:king-salman" not in found
    assert "per:king-salman" in ids("وقال الملك سلمان إن المملكة تدعم اليمن.", res)


def test_a_name_read_with_its_institution_noun_is_the_institution(res) -> None:
    found = find_entities("ووصل الوفد قادما من جامعة الملك سعود إلى الرياض.", dt.date(2024, 3, 1), res)
    assert all(e.type != "PER" for e in found)


def test_a_nationality_surname_of_a_role_linked_man_is_the_man(res) -> None:
    text = "أكد رئيس الوزراء العراقي أن بغداد ترفض الاعتداءات. وقال السوداني إن العراق لن يكون ساحة."
    found = ids(text, res)
    assert "السوداني" in found["per:mohammed-shia-al-sudani"]
    assert "SD" not in found


def test_a_nationality_surname_after_an_honorific_is_the_man(res) -> None:
    text = "التقى رئيس الوزراء محمد شياع السوداني السفيرة. وأكد السيد السوداني أن الحكومة ماضية."
    assert "SD" not in ids(text, res)


def test_a_nationality_adjective_after_a_noun_stays_the_state(res) -> None:
    text = "التقى رئيس الوزراء محمد شياع السوداني السفيرة. وأعلن الجيش السوداني والرئيس السوداني الهدنة."
    found = ids(text, res)
    assert "السوداني" in found["SD"]


def test_a_repeated_title_names_the_man_of_its_first_mention(res) -> None:
    text = "استقبل الرئيس الإيراني حسن روحاني في طهران وزير الخارجية العماني. وقال الرئيس الإيراني إن بلاده تدعم الحوار."
    found = ids(text, res, on="2023-05-01")
    assert found["per:hassan-rouhani"].count("الرئيس الإيراني") == 2
    assert "per:ebrahim-raisi" not in found


def test_a_new_name_after_a_repeated_title_is_another_man(res) -> None:
    text = "استقبل الرئيس الإيراني حسن روحاني وزير الخارجية. وقال الرئيس الإيراني إبراهيم رئيسي إن بلاده تدعم الحوار."
    found = ids(text, res, on="2023-05-01")
    assert "الرئيس الإيراني" in found["per:ebrahim-raisi"]


def test_a_name_whose_first_letter_reads_as_a_proclitic_stays_in_its_institution(res) -> None:
    found = ids(
        "وقال المتحدث باسم مؤسسة كوفي أنان إن الأمين العام السابق لم يتلق عروضا.", res, on="2015-07-01"
    )
    assert not [t for m in found.values() for t in m if "أنان" in t]
    assert "per:kofi-annan" not in found


def test_a_title_and_given_name_inside_an_institution_join_no_one(res) -> None:
    text = "ومسرح مركز الملك عبد العزيز التاريخي. وقال الملك عبد الله بن عبد العزيز إن المملكة بخير."
    found = ids(text, res, on="2010-07-01")
    assert all("مركز" not in t and not t.startswith("الملك عبد العزيز") for m in found.values() for t in m)


def test_a_queen_between_the_noun_and_the_name_is_an_honorific(res) -> None:
    text = "عثر الفريق على بقايا مبنى في موقع ميناء الملكة برنيكي الواقع على ساحل البحر الأحمر."
    assert all(e.type != "PER" for e in find_entities(text, dt.date(2020, 1, 1), res))


def test_a_former_holders_title_is_the_man_named_after_it(res) -> None:
    text = (
        "قال الرئيس اليمني السابق علي عبد الله صالح إن الحرب ستطول. وأضاف الرئيس اليمني أن الحوثيين صامدون."
    )
    found = ids(text, res, on="2015-07-20")
    assert found["per:ali-abdullah-saleh"][0] == "الرئيس اليمني"
    assert found["per:abdrabbuh-mansur-hadi"] == ["الرئيس اليمني"]  # the repeat without السابق


def test_a_former_holders_title_without_a_name_is_no_one(res) -> None:
    found = ids("ومثل الرئيس التشادي السابق أمام المحكمة في دكار.", res, on="2015-07-20")
    assert not [e for e in found if e.startswith("per:")]


def test_a_former_bare_title_is_not_the_holder_on_the_date(res) -> None:
    found = ids("وقال وزير الخارجية السابق إن بلاده لن تتراجع. وزار الرياض أمس.", res, on="2024-03-01")
    assert not [e for e in found if e.startswith("per:")]
