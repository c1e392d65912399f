import pytest

from rasd.lang.normalize import fold, normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بزشكيان", "بزشكيان"),
        ("فلادیمیر", "فلاديمير"),  # Persian ya
        ("إبراهيم", "ابراهيم"),
        ("آذار", "اذار"),
        ("مستشفى", "مستشفي"),
        ("العاصمةُ", "العاصمه"),
        ("كـــبير", "كبير"),  # tatweel
        ("٢٠٢٤", "2024"),
        ("۱۴۰۳", "1403"),
        ("«قال»", '"قال"'),
        ("هل؟", "هل?"),
        ("ﻻ", "لا"),  # presentation-form ligature
        ("ک", "ك"),
        ("a\u200fb", "ab"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_identity_offsets_when_nothing_is_deleted() -> None:
    n = normalize("الرئيس الروسي")
    assert n.to_original(0, 6) == (0, 6)


@pytest.mark.parametrize("needle", ["الرئيس", "2024", "لا"])
def test_offsets_map_back_to_the_original(needle: str) -> None:
    original = "قالَ «الرَّئيسُ» إنّ ـ ٢٠٢٤ ﻻ"
    n = normalize(original)
    start = n.text.index(needle)
    a, b = n.to_original(start, start + len(needle))
    assert fold(original[a:b]) == needle


def test_offsets_skip_runs_of_deleted_characters() -> None:
    original = "\u200fكـــبـيـر مُحَمَّد"
    n = normalize(original)
    assert n.text == "كبير محمد"
    spans = [n.to_original(i, i + 1) for i in range(len(n.text))]
    assert [fold(original[a:b]) for a, b in spans] == list(n.text)
    assert n.to_original(len(n.text), len(n.text)) == (len(original), len(original))


@pytest.mark.parametrize("original", ["الرئيس الروسي", "قالَ «الرَّئيسُ» إنّ ـ ٢٠٢٤ ﻻ", "\u200fكـــبـيـر مُحَمَّد"])
def test_from_original_is_the_inverse_of_to_original(original: str) -> None:
    """A slice of the original between two offsets reads, normalised, as the normalised text between
    their `from_original` offsets (ligatures and deleted marks included)."""
    n = normalize(original)
    for a in range(len(original) + 1):
        for b in range(a, len(original) + 1):
            assert n.text[n.from_original(a) : n.from_original(b)] == fold(original[a:b]), (a, b)


def test_original_is_kept() -> None:
    original = "مُحَمَّد"
    assert normalize(original).original == original
