"""When the line model would leave no story, the rules alone decide (rasd/clean/__init__.py)."""

from __future__ import annotations

import pytest

from rasd.clean import clean_document, load_clean_lexicon
from rasd.errors import CleanError
from rasd.records import RawDoc
from rasd.settings import Settings

POEM = "يا ليل طل أو لا تطل\nلا بد لي أن أسهرك\nفالقلب يسهر في الهوى\nوالعين ترعى قمرك\n"


def test_a_page_the_model_would_empty_keeps_what_the_rules_keep() -> None:
    everything_goes = Settings(line_boilerplate_min=0.0)  # the model then drops every unguarded line
    doc = clean_document(
        RawDoc(source="poem.txt", text=POEM, fmt="text"), load_clean_lexicon(), everything_goes
    )
    assert "لا بد لي أن أسهرك" in doc.stories[0].text


def test_a_page_the_rules_empty_is_still_an_error() -> None:
    with pytest.raises(CleanError, match="no story text left"):
        clean_document(
            RawDoc(source="tags.txt", text="كلمات دلالية: سياسة\n", fmt="text"),
            load_clean_lexicon(),
            Settings(),
        )
