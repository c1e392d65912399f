"""The attribution grammar's word sets come from `rasd/data/events/quote_words.tsv`."""

import pytest

from rasd.errors import DataFileError
from rasd.events import quotes
from rasd.lang.normalize import fold


def test_word_sets_load_folded() -> None:
    words = quotes.load_quote_words()
    assert fold("إلى") in words.prepositions and "الى" not in words.prepositions  # folded at load
    assert fold("وزيرة") in words.role_heads and fold("المسماة") in words.name_nouns
    assert words.body_heads <= words.role_heads  # an institution's head is a role head too


def test_word_sets_are_passed_in_with_the_verbs() -> None:
    """One load of the attribution words (`Resources.quotes`) carries the word sets, the role words
    derived from them and the honorifics: no table is read again while quotes are found."""
    verbs = quotes.load_quote_verbs()
    assert fold("والوزير") in verbs.words.role_words and fold("وزير") in verbs.words.role_words
    assert verbs.words.bare(fold("والوزير")) == fold("وزير")
    assert verbs.words.bare(fold("الخارجية")) == fold("خارجية")
    assert fold("الدكتور") in verbs.honorifics


def test_unknown_set_is_an_error(tmp_path, monkeypatch) -> None:
    table = tmp_path / "data" / "events" / "quote_words.tsv"
    table.parent.mkdir(parents=True)
    table.write_text("role_heads\tوزير\nheads\tملك\n", encoding="utf-8")
    monkeypatch.setattr("rasd.resources.data_path", lambda rel: tmp_path / "data" / rel)
    with pytest.raises(DataFileError, match="set 'heads'"):
        quotes.load_quote_words()
