"""ANERcorp-compatible tokenisation: punctuation apart, clitics kept, offsets into the text."""

import pytest

from rasd.lang.tokens import tokenize, tokens_from_words, trim_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال الرئيس، في (القاهرة).", ["وقال", "الرئيس", "،", "في", "(", "القاهرة", ")", "."]),
        ("بلغ النمو 1.3 و30% عام1975", ["بلغ", "النمو", "1.3", "و", "30%", "عام", "1975"]),
        ("«الأهرام» - Reuters...", ["«", "الأهرام", "»", "-", "Reuters", ".", ".", "."]),
        ("مُحَمَّد\u200f  ١٢٣", ["مُحَمَّد", "١٢٣"]),
        ("", []),
    ],
)
def test_tokens_split_like_anercorp(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


def test_offsets_point_into_the_text_and_norm_is_folded() -> None:
    text = " أعلنت  وزارةُ الخارجية\nالمصرية، ١٢ "
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.norm for t in tokens] == ["اعلنت", "وزاره", "الخارجيه", "المصريه", ",", "12"]


def test_tokens_from_words_keeps_words_and_spaces_them() -> None:
    tokens = tokens_from_words(["(د", "ب", "أ)"])
    assert [(t.start, t.end, t.text, t.norm) for t in tokens] == [
        (0, 2, "(د", "(د"),
        (3, 4, "ب", "ب"),
        (5, 7, "أ)", "ا)"),
    ]


def test_words_are_numbers_and_letter_runs() -> None:
    from rasd.lang.tokens import WORD_RE, is_word, word_tokens

    text = "قال: «الرئيسُ» زار 3 دول، و1.5% (تقريباً)"
    assert [t.text for t in tokenize(text) if is_word(t)] == WORD_RE.findall(text)
    assert [t.text for t in word_tokens(tokenize(text))] == WORD_RE.findall(text)
    assert [t.text for t in word_tokens(tokenize(text))] == WORD_RE.findall(text)  # memoised now
    assert WORD_RE.findall(text) == ["قال", "الرئيسُ", "زار", "3", "دول", "و", "1.5%", "تقريباً"]


def test_story_tokens_give_the_body_in_body_offsets() -> None:
    from rasd.lang.tokens import story_tokens

    title, body = "بوتين في أنقرة", "وصل الرئيس الروسي، أمس."
    tokens = story_tokens(title, body)
    joined = title + "\n" + body
    assert all(joined[t.start : t.end] == t.text for t in tokens.joined)
    assert [t.text for t in tokens.body.tokens] == ["وصل", "الرئيس", "الروسي", "،", "أمس", "."]
    assert all(body[t.start : t.end] == t.text for t in tokens.body.tokens)
    assert [t.text for t in tokens.body.between(4, 18)] == ["الرئيس", "الروسي", "،"]
    assert story_tokens(None, body).body.tokens == tokenize(body)


def test_trim_words_cuts_each_edge_by_its_own_test() -> None:
    text = "الدكتور محمد الراشد سيزور"
    kept = trim_words(text, lambda w: w == "الدكتور", lambda w: w.startswith("سي"))
    assert kept is not None and text[slice(*kept)] == "محمد الراشد"
    assert trim_words(text, lambda w: w.startswith("سي"), lambda w: w == "الدكتور") == (0, len(text))
    assert trim_words("الدكتور", lambda w: True, lambda w: False) is None
