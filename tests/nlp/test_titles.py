"""The title words table (nlp/titles.tsv): one file, tagged by the stage that reads each word."""

import pytest

from rasd.errors import DataFileError
from rasd.lang.normalize import fold
from rasd.nlp import titles
from rasd.nlp.link import nil_key
from rasd.nlp.titles import TAGS, title_words, written_titles


def test_every_tag_has_words() -> None:
    for tag in TAGS:
        assert written_titles(tag), tag


def test_name_words_count_with_and_without_the_article() -> None:
    names = title_words("name")
    assert {fold("الأمير"), fold("أمير"), fold("الشيخة"), fold("شيخة")} <= names
    assert fold("سمو") not in names  # a courtesy before a title, not a name's title


def test_tags_keep_their_own_words() -> None:
    assert fold("ركن") in title_words("rank") and fold("ركن") not in title_words("honorific")
    assert fold("الملك") in title_words("title") and fold("الملك") not in title_words("speaker")
    assert "د" in title_words("speaker") and "د." in title_words("honorific")


def test_unknown_tag_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown title tag"):
        written_titles("royal")


def test_unknown_tag_in_the_file_names_the_file(tmp_path, monkeypatch) -> None:
    (tmp_path / "nlp").mkdir()
    (tmp_path / "nlp" / "titles.tsv").write_text("الدكتور\thonorific,royal\n", encoding="utf-8")
    monkeypatch.setattr("rasd.resources.data_path", lambda rel: tmp_path / rel)
    with pytest.raises(DataFileError, match=r"nlp/titles.tsv: unknown tags \['royal'\]"):
        titles.written_titles("honorific")


def test_the_honorifics_passed_in_are_the_ones_dropped() -> None:
    """A NIL key drops the honorifics it is given (`LinkResources.honorifics`), not a module-level copy."""
    with_them = nil_key("PER", "الشيخ محمد", {}, title_words("name"))
    assert with_them == nil_key("PER", "محمد", {}, title_words("name"))
    assert nil_key("PER", "الشيخ محمد", {}, frozenset()) != with_them
