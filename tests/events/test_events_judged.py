"""The object of a verb of praise or blame, after its preposition, is a party: a state too when two
people are named (rasd.events.extract._judged)."""

from .analyzed import parties


def test_the_praised_state_after_bi_is_a_party() -> None:
    text = "أشاد رجب طيب أردوغان بجهود مصر وفلاديمير بوتين في وقف إطلاق النار.\n"
    praise = parties(text, "praise")
    assert praise and "Egypt" in praise[0]


def test_a_state_before_the_preposition_is_not_the_praised_one() -> None:
    """No بـ/على before it: Egypt here is where he spoke, not whom he praised."""
    text = "أشاد رجب طيب أردوغان في القاهرة عاصمة مصر بفلاديمير بوتين.\n"
    praise = parties(text, "praise")
    assert praise and "Egypt" not in praise[0]


def test_a_verb_with_its_object_pronoun_adds_no_object() -> None:
    """هنأه: the one congratulated is the pronoun's; a state after بـ is the occasion's."""
    text = "اتصل رجب طيب أردوغان بفلاديمير بوتين وهنأه بفوز روسيا بتنظيم البطولة.\n"
    praise = parties(text, "praise")
    assert praise and "Russia" not in praise[0]
