"""A body named inside a person's title is his office, not a party of the event (source "title")."""

import datetime as dt

import rasd

from .analyzed import parties


def test_a_body_in_a_holders_title_is_named_but_takes_no_part() -> None:
    text = (
        "واستقبل الرئيس الروسي فلاديمير بوتين في موسكو أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني.\n"
    )
    doc = rasd.analyze_text(text, published=dt.date(2019, 6, 1))
    names = {e.name_en for s in doc.stories for e in s.entities}
    assert "Supreme National Security Council of Iran" in names  # named on the page (labelling guide)
    meetings = parties(text, "meet")
    assert meetings and "Ali Shamkhani" in meetings[0]
    assert all("Supreme National Security Council of Iran" not in people for people in meetings)


def test_a_body_in_a_travellers_title_does_not_travel_with_him() -> None:
    """Without the guard the council joins the visit as a second traveller."""
    text = "وزار أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني العاصمة العراقية بغداد أمس.\n"
    visits = parties(text, "visit")
    assert visits == [["Ali Shamkhani"]]
