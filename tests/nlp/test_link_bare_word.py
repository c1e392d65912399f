"""A glued و/ف before a place's locative word is read by the shared clitic analysis (link._bare_word)."""

from rasd.nlp.link import _bare_word


def test_a_glued_conjunction_comes_off_a_word_or_a_short_function_word() -> None:
    assert _bare_word("وفي") == "في" and _bare_word("فمن") == "من" and _bare_word("والي") == "الي"
    assert _bare_word("وزياره") == "زياره"


def test_a_root_waw_or_fa_stays() -> None:
    assert _bare_word("وصل") == "وصل"  # arrived, not و + صل
    assert _bare_word("فوق") == "فوق" and _bare_word("وهو") == "وهو"
