"""The second look at NIL names: junk dropped, catalog people under another spelling linked
(`rasd.nlp.nil_names`). Unit tests feed the pass hand-built entities; invented sentences throughout."""

import datetime as dt

import pytest

from rasd.nlp.entities import EntityResources
from rasd.nlp.nil_names import NilNames, name_words
from rasd.nlp.titles import title_words
from rasd.records import LinkedEntity, Mention


@pytest.fixture(scope="module")
def nil(entity_resources: EntityResources) -> NilNames:
    assert entity_resources.nil_names is not None
    return entity_resources.nil_names


def _nil(text: str, start: int, type_: str = "PER") -> LinkedEntity:
    mention = Mention(start, start + len(text), text, type_, "crf")
    return LinkedEntity("nil:" + text, type_, "x", text, (mention,), True, True)


def test_name_words_drop_titles_articles_and_spacing() -> None:
    titles = title_words("name")
    assert name_words("الدكتورعبد الله المقداد", titles) == ("عبدالله", "مقداد")
    assert name_words("أحمدبن مبارك", titles) == ("احمد", "بن", "مبارك")


@pytest.mark.parametrize("text", ["الله", "والله", "دولار", "اليورو"])
def test_formulas_currencies_and_common_nouns_are_no_person(nil: NilNames, text: str) -> None:
    assert nil.is_junk(text)


@pytest.mark.parametrize("text", ["حسن الجوار", "طوني بورك", "عبدالله", "سامي الحلو", "نصر الله"])
def test_names_stay_names(nil: NilNames, text: str) -> None:
    assert not nil.is_junk(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("أحمد داوداوغلو", "Ahmet Davutoğlu"),  # spacing
        ("فيصل مقداد", "Faisal Mekdad"),  # the article dropped
        ("بنيامين نتياهوا", "Benjamin Netanyahu"),  # a misspelt family name, rarer than the spelling
        ("صباح خالد الحمد المبارك الصباح", "Sabah Al-Khalid Al-Sabah"),  # one more forebear in the chain
        ("أحمد بن مبارك", "Ahmed Awad bin Mubarak"),  # without the father's name
        ("عبدالله بن عبدالعزيز الربيعة", "Abdullah Al Rabeeah"),  # with the father's name
        ("لفيصل مقداد", "Faisal Mekdad"),  # a preposition glued to the first word (split_word)
        ("وفيصل مقداد", "Faisal Mekdad"),  # a conjunction glued
    ],
)
def test_catalog_people_under_another_spelling(nil: NilNames, text: str, who: str) -> None:
    person = nil.person(text)
    assert person is not None and person.name_en == who


@pytest.mark.parametrize(
    "text",
    [
        "محمد الزعبي",  # a real surname one letter from الكعبي: both in general use
        "سطام بن سعود بن عبدالعزيز",  # another given name of the same lineage
        "سالم بن عبدالعزيز الفلاحي",  # the lineage is no catalog person's full name
        "رامي الحداد",
    ],
)
def test_other_people_stay_nil(nil: NilNames, text: str) -> None:
    assert nil.person(text) is None


def test_review_drops_junk_and_merges_a_variant_into_the_person(nil: NilNames, entity_resources) -> None:
    catalog = entity_resources.link.catalog
    lavrov = next(e for e in catalog if e.name_en == "Sergey Lavrov")
    known = LinkedEntity(
        lavrov.id,
        "PER",
        lavrov.name_en,
        lavrov.name_ar,
        (Mention(0, 12, "سيرغي لافروف", "PER", "gazetteer"),),
    )
    out = nil.review([known, _nil("للافروف", 30), _nil("الله", 50, "MISC"), _nil("رامي الحداد", 60)])
    assert [e.name_en for e in out] == ["Sergey Lavrov", "x"]
    assert [m.text for m in out[0].mentions] == ["سيرغي لافروف", "للافروف"]


def test_a_story_links_a_misspelt_catalog_name(linked) -> None:
    got = linked("وصل رئيس الوزراء بنيامين نتياهوا إلى واشنطن، وقال نتياهوا إن الزيارة مهمة.")
    assert "Benjamin Netanyahu" in got
    assert not any(name.startswith("Benjamin N") and name != "Benjamin Netanyahu" for name in got)


def test_a_surname_with_the_article_joins_the_person_named_without(nil: NilNames) -> None:
    out = nil.review([_nil("كمال قطان", 0), _nil("القطان", 40)])
    assert len(out) == 1 and [m.text for m in out[0].mentions] == ["كمال قطان", "القطان"]


def test_a_glued_conjunction_and_preposition_on_a_surname(nil: NilNames, entity_resources) -> None:
    """ولنتنياهو: و + ل (a stack of the clitic table), the surname of a person the story names."""
    netanyahu = next(e for e in entity_resources.link.catalog if e.name_en == "Benjamin Netanyahu")
    person = nil.person("ولنتنياهو", frozenset({netanyahu.id}))
    assert person is not None and person.id == netanyahu.id


def test_a_common_word_is_no_glued_surname(nil: NilNames, entity_resources) -> None:
    saleh = next(e for e in entity_resources.link.catalog if e.name_en == "Ali Abdullah Saleh")
    assert nil.person("لصالح", frozenset({saleh.id})) is None


def test_a_name_the_ner_cut_short_is_completed_from_the_text(nil: NilNames) -> None:
    text = "التقى الوزير جواد ظريف في الرياض أمس."
    out = nil.review([_nil("جواد", text.index("جواد"))], text)
    assert [e.name_en for e in out] == ["Mohammad Javad Zarif"]


def test_a_cut_name_two_people_open_is_the_one_the_story_names(nil: NilNames, entity_resources) -> None:
    text = "استقبل الرئيس المبعوث الأممي. وقال إسماعيل ولد الشيخ إن المحادثات جيدة."
    mention = Mention(text.index("إسماعيل"), text.index("إسماعيل") + 7, "إسماعيل", "PER", "crf")
    assert nil.completed(text, mention) is None  # two catalog people open with these words
    envoy = "per:ismail-ould-cheikh-ahmed"
    assert entity_resources.link.catalog.get(envoy) is not None
    found = nil.completed(text, mention, frozenset({envoy}))
    assert found is not None and found.id == envoy


def test_a_given_name_alone_stays_nil(nil: NilNames) -> None:
    text = "التقى الوزير إسماعيل في الرياض أمس."
    out = nil.review([_nil("إسماعيل", text.index("إسماعيل"))], text)
    assert [e.name_en for e in out] == ["x"]


@pytest.mark.parametrize("word", ["سيستضيف", "مواقفكم", "للشورى"])
def test_verbs_and_suffixed_nouns_are_no_name_words(nil: NilNames, word: str) -> None:
    assert nil.not_a_name_word(word)


@pytest.mark.parametrize("word", ["سيمون", "سيف", "ستيفن", "إبراهيم", "هاشم", "للا"])
def test_names_that_look_like_them_are_name_words(nil: NilNames, word: str) -> None:
    assert not nil.not_a_name_word(word)


def test_a_verb_read_into_a_name_leaves_it(nil: NilNames, entity_resources) -> None:
    text = "قال الوزير إن البرلمان سيستضيف ترامب الشهر المقبل، وأكد كمال قطان سيحضر."
    start = text.index("سيستضيف")
    trump = next(e for e in entity_resources.link.catalog if e.name_en == "Donald Trump")
    known = LinkedEntity(
        trump.id, "PER", trump.name_en, trump.name_ar, (Mention(0, 3, "ترمب", "PER", "gazetteer"),)
    )
    out = nil.review([known, _nil("سيستضيف ترامب", start), _nil("كمال قطان سيحضر", text.index("كمال"))], text)
    got = {e.name_ar: [m.text for m in e.mentions] for e in out}
    assert got[trump.name_ar] == ["ترمب", "ترامب"]
    assert got["كمال قطان"] == ["كمال قطان"]


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (dt.date(2015, 8, 1), "per:ismail-ould-cheikh-ahmed"),  # the UN envoy; the other held no office yet
        (dt.date(2019, 9, 1), None),  # both in office (foreign minister, prime minister): no guess
        (None, None),
    ],
)
def test_a_name_two_people_start_goes_to_the_one_in_office(
    nil: NilNames, on: dt.date | None, expected: str | None
) -> None:
    text = "والتقى إسماعيل ولد الشيخ في الرياض"
    at = text.index("إسماعيل")
    found = nil.completed(text, Mention(at, at + len("إسماعيل"), "إسماعيل", "PER", "crf"), on=on)
    assert (found.id if found else None) == expected
