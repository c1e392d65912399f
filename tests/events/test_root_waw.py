"""Issue 10: a word whose first letter is a root و (وصل، وقع، وجه) keeps it in every stage.

Events, clauses and quotes read a word's و/ف through the shared clitic table (rasd/lang/clitics.py):
a lexicon lookup tries the word whole first, so وصلت is a visit and وقعا a signing, while a glued و
still comes off (ووصل، وأضاف). The events stage used to drop any leading و/ف of a word longer than
three letters (وصلت → صلت), and a diacritic split a word in two (وقّع → وق + ع)."""

import pytest

import rasd
from rasd.events.clauses import split_clauses
from rasd.lang.clitics import conjunction_readings, split_word

from .analyzed import DAY, events


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("وصلت وزيرة الخارجية الألمانية أنالينا بيربوك إلى القاهرة اليوم.", "وصلت"),
        ("ووصلت وزيرة الخارجية الألمانية أنالينا بيربوك إلى القاهرة اليوم.", "ووصلت"),
        ("وصل الرئيس الروسي فلاديمير بوتين إلى أنقرة اليوم.", "وصل"),
        ("ووصل الرئيس الروسي فلاديمير بوتين إلى أنقرة اليوم.", "ووصل"),
    ],
)
def test_arrival_keeps_its_root_waw(sentence: str, verb: str) -> None:
    doc = rasd.analyze_text(sentence, published=DAY)
    visits = [e for s in doc.stories for e in s.events if e.type == "visit"]
    assert visits and visits[0].triggers[0].text == verb


@pytest.mark.parametrize("verb", ["وقعا", "وقّعا", "ووقعا"])
def test_signing_keeps_its_root_waw(verb: str) -> None:
    got = events(f"{verb} الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان اتفاقية تعاون اليوم.")
    assert any(e[0] == "sign" and {"Vladimir Putin", "Recep Tayyip Erdogan"} <= set(e[2]) for e in got)


@pytest.mark.parametrize(
    ("word", "readings"),
    [
        ("وصلت", ("وصلت", "صلت")),  # whole first: a lexicon that holds وصلت finds it
        ("ووصل", ("ووصل", "وصل")),
        ("وقع", ("وقع",)),  # what would be left is too short to be a word
        ("وجه", ("وجه",)),
        ("ولم", ("ولم", "لم")),  # a function word listed in clitics.tsv
        ("واضاف", ("واضاف", "اضاف")),
        ("بوتين", ("بوتين",)),
    ],
)
def test_conjunction_readings(word: str, readings: tuple[str, ...]) -> None:
    assert conjunction_readings(word) == readings


@pytest.mark.parametrize("word", ["وصل", "وصلت", "وقع", "وقعت", "وقعا", "وجه", "وجهت", "فيصل"])
def test_the_one_split_keeps_root_letters(word: str) -> None:
    assert split_word(word).proclitics == ""


def test_a_root_waw_verb_opens_no_clause() -> None:
    # "ووجه" is و + وجه (a news verb): a new clause; "وجهت" is one verb: no cut before it
    text = "التقى الوزير نظيره ووجه دعوة لزيارة الرياض"
    assert [c.kind for c in split_clauses(text)] == ["main", "conjunct"]
    assert [c.kind for c in split_clauses("التقى الوزير نظيره ثم وجهت الوزارة دعوة")] == ["main"]
