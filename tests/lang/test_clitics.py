"""The one proclitic analysis: clitics off, root letters kept (issue: وصل، وقع، وجه must keep their و)."""

from __future__ import annotations

import pytest

from rasd.lang.clitics import split_word, stem_of, without_article


@pytest.mark.parametrize(
    ("word", "proclitics", "stem"),
    [
        ("والرئيس", "وال", "رئيس"),
        ("للرئيس", "لل", "رئيس"),
        ("بالرئيس", "بال", "رئيس"),
        ("وللرئيس", "ولل", "رئيس"),
        ("فالرئيس", "فال", "رئيس"),
        ("ووزير", "و", "وزير"),
        ("وبوتين", "و", "بوتين"),
        ("لمصر", "ل", "مصر"),
        ("والتقى", "و", "التقي"),
    ],
)
def test_clitics_come_off(word: str, proclitics: str, stem: str) -> None:
    reading = split_word(word)
    assert (reading.proclitics, reading.stem) == (proclitics, stem)


@pytest.mark.parametrize(
    "word",
    [
        "وصل",
        "وقع",
        "وجه",
        "وزير",
        "وزارة",
        "وفد",
        "وليد",
        "والد",
        "والي",
        "فلسطين",
        "بوتين",
        "بايدن",
        "بلينكن",
    ],
)
def test_root_letters_stay(word: str) -> None:
    assert split_word(word).proclitics == ""


def test_a_rare_name_loses_only_its_conjunction() -> None:
    assert stem_of("وبزشكيان") == "بزشكيان"


def test_article_verbs_and_hamzated_alef_are_not_articles() -> None:
    assert stem_of("التقى") == "التقي"
    assert stem_of("ألمانيا") == "المانيا"


def test_the_stacks_are_the_ner_models_proclitics() -> None:
    """The NER model was trained with these 26 proclitic stacks; the table must keep giving them."""
    from rasd.lang.clitics import stacks

    combos = {c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ك", "ل") for a in ("", "ال")} - {""}
    assert set(stacks()) == combos | {"لل", "ولل", "فلل"}
    assert list(stacks()) == sorted(stacks(), key=lambda s: (-len(s), s))


def test_without_article_keeps_a_stem_of_three_letters() -> None:
    assert without_article("المقداد") == "مقداد"
    assert without_article("الي") == "الي" and without_article("ال") == "ال"
    assert without_article("الرئيس") == "رئيس" and without_article("مقداد") == "مقداد"
