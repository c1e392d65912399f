import pytest

from rasd.lang.normalize import fold
from rasd.nlp.gazetteer import Gazetteer

FORMS = [
    ("روسيا", "RU"),
    ("موسكو", "moscow"),
    ("طهران", "tehran"),
    ("الكرملين", "kremlin"),
    ("أردوغان", "erdogan"),
    ("رجب طيب أردوغان", "erdogan"),
    ("منظمة شنغهاي للتعاون", "sco"),
    ("عشق آباد", "ashgabat"),
    ("الشرق الأوسط", "middle-east"),
    ("الشرق الأوسط", "asharq-al-awsat"),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer((fold(f), i) for f, i in FORMS)


def found(gaz: Gazetteer, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[h.start : h.end], h.ids) for h in gaz.find(text)]


def test_proclitics_and_spans(gaz) -> None:
    text = "العلاقات بين موسكو وطهران، وقال للكرملين إن بروسيا"
    assert found(gaz, text) == [
        ("موسكو", ("moscow",)),
        ("طهران", ("tehran",)),
        ("كرملين", ("kremlin",)),
        ("روسيا", ("RU",)),
    ]


def test_longest_match_wins(gaz) -> None:
    assert found(gaz, "التقى الرئيس رجب طيب أردوغان") == [("رجب طيب أردوغان", ("erdogan",))]


def test_no_match_inside_a_word(gaz) -> None:
    assert found(gaz, "الروسياوي وموسكوفيتش") == []


def test_spelling_variants_fold(gaz) -> None:
    assert found(gaz, "في عشق أباد اليوم") == [("عشق أباد", ("ashgabat",))]


def test_ambiguous_form_keeps_every_owner(gaz) -> None:
    assert found(gaz, "التوتر في الشرق الأوسط")[0][1] == ("middle-east", "asharq-al-awsat")


def test_diacritics_map_back_to_original(gaz) -> None:
    text = "زار مُوسْكُو"
    assert found(gaz, text) == [("مُوسْكُو", ("moscow",))]


HEADS = frozenset({fold("عبد"), fold("أبو")})


@pytest.mark.parametrize(
    ("form", "variants"),
    [
        ("عبد الله علي اليحيا", ["عبدالله علي اليحيا"]),
        ("حسين أمير عبداللهيان", ["حسين أمير عبد اللهيان"]),
        ("أبو ظبي", []),  # glued, one word: too short a name to stand alone
        ("عبدالله", ["عبد الله"]),
        ("عبدو", []),  # no compound: the rest is too short
    ],
)
def test_compound_names_are_found_glued_and_apart(form, variants) -> None:
    from rasd.nlp.gazetteer import spelling_variants

    assert spelling_variants(fold(form), HEADS) == [fold(v) for v in variants]


def test_a_spelling_variant_never_takes_a_form_another_entity_has() -> None:
    gaz = Gazetteer([(fold("عبد الله علي"), "per:a"), (fold("عبدالله علي"), "per:b")], HEADS)
    assert found(gaz, "قال عبدالله علي إن") == [(fold("عبدالله علي"), ("per:b",))]
    assert found(gaz, "قال عبد الله علي إن") == [(fold("عبد الله علي"), ("per:a",))]
