"""Who is named only in a later subordinate clause (حيث، بينما، كما) does another deed, not the trip's
or meeting's (rasd.events.extract._before_asides)."""

from .analyzed import parties


def test_a_person_in_a_later_while_clause_does_not_visit() -> None:
    text = (
        "وصل رجب طيب أردوغان إلى موسكو اليوم في زيارة رسمية، "
        "بينما يتوجه إيمانويل ماكرون إلى برلين الأسبوع المقبل.\n"
    )
    visits = parties(text, "visit")
    assert ["Recep Tayyip Erdogan"] in visits


def test_a_meeting_keeps_its_sides_and_not_those_of_a_later_clause() -> None:
    """Both sides stand before the subordinate clause: they stay, and the later pair is not theirs."""
    text = (
        "التقى رجب طيب أردوغان فلاديمير بوتين اليوم في موسكو، "
        "بينما التقى إيمانويل ماكرون أولاف شولتس في برلين.\n"
    )
    meets = parties(text, "meet")
    assert ["Recep Tayyip Erdogan", "Vladimir Putin"] in meets
