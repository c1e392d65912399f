"""A thanks for what others showed (لما أبداه من مشاعر، لما عبرت عنه الدول من إدانة) is a courtesy: no praise,
and the condemnation told there is no event of the one who thanks; فدان (an acre) condemns no one
(rasd.events.extract._courtesy, courtesy_reasons.txt, not_triggers.txt; invented sentences)."""

from .analyzed import parties


def test_thanks_for_the_feelings_shown_is_no_praise() -> None:
    text = "وأعرب رجب طيب أردوغان عن شكره لفلاديمير بوتين لما أبداه من مشاعر طيبة.\n"
    assert parties(text, "praise") == []


def test_thanks_for_help_given_is_a_praise() -> None:
    text = "وأعرب رجب طيب أردوغان عن شكره لفلاديمير بوتين لما قدمه من دعم لجهود السلام.\n"
    assert parties(text, "praise")


def test_thanks_for_the_condemnation_of_others_is_neither_praise_nor_blame() -> None:
    text = (
        "وأعرب الملك سلمان عن شكر المملكة العربية السعودية وتقديرها لما عبرت عنه الدول الشقيقة "
        "من إدانة واستنكار لهذا الحادث الإجرامي.\n"
    )
    assert parties(text, "praise") == [] and parties(text, "criticize") == []


def test_thanks_for_solidarity_is_no_praise() -> None:
    assert parties("وشكر الملك سلمان دولة قطر على تضامنها مع المملكة.\n", "praise") == []


def test_a_condemnation_after_the_thanks_still_counts() -> None:
    text = "وشكر الملك سلمان دولة قطر على إدانتها للهجوم، وأدان الملك سلمان الهجوم على الكويت.\n"
    assert parties(text, "praise") == [] and parties(text, "criticize")


def test_an_acre_condemns_no_one() -> None:
    text = "وقال عبد الفتاح السيسي إن الحكومة المصرية تهدف لزراعة المليون فدان خلال أربع سنوات.\n"
    assert parties(text, "criticize") == []
