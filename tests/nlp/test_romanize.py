"""English names for people the catalog lacks: common name words by table, the rest letter by letter."""

import pytest

from rasd.nlp.romanize import romanize


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("محمد الهاشمي", "Mohammed al-Hashemi"),
        ("عبد الرحمن بن فهد", "Abdulrahman bin Fahd"),
        ("أحمد أبو خالد", "Ahmed Abu Khaled"),
        ("سيرغي", "Sergey"),
    ],
)
def test_name_words_take_their_usual_spelling(arabic: str, english: str) -> None:
    assert romanize(arabic) == english


def test_unknown_words_are_spelled_letter_by_letter() -> None:
    assert romanize("العبيدي") == "al-Abidi"  # initial ʿayn as a vowel, nisba ي as i
    assert romanize("بوتين Putin") == "Butin Putin"  # Latin words are kept


def test_diacritics_do_not_change_the_spelling() -> None:
    assert romanize("مُحَمَّد") == romanize("محمد") == "Mohammed"
