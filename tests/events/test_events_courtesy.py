"""A thanks for a courtesy (condolences, good feelings) is the reply to it, not a praise event
(rasd.events.extract._courtesy, rasd/data/events/courtesy_reasons.txt)."""

from .analyzed import parties


def test_thanks_for_his_feelings_is_no_praise() -> None:
    text = "وأعرب رجب طيب أردوغان عن شكره وتقديره لفلاديمير بوتين على مشاعره الطيبة، داعيا له بالتوفيق.\n"
    assert parties(text, "praise") == []


def test_thanks_for_condolences_is_no_praise() -> None:
    text = "وشكر رجب طيب أردوغان فلاديمير بوتين على تعازيه في ضحايا الزلزال.\n"
    assert parties(text, "praise") == []


def test_thanks_for_a_deed_is_a_praise() -> None:
    """The same verb for support given is praise: the reason is no courtesy."""
    text = "وأعرب رجب طيب أردوغان عن شكره وتقديره لفلاديمير بوتين على دعمه لجهود السلام.\n"
    assert parties(text, "praise")


def test_a_courtesy_in_a_later_clause_does_not_count() -> None:
    """The reason must be the praise's own: after a comma another clause begins."""
    text = "أشاد رجب طيب أردوغان بجهود فلاديمير بوتين، وقدم التعازي على مشاعر الحزن في البلدين.\n"
    assert parties(text, "praise")
