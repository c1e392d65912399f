"""A meeting noun held with a news medium is an interview, not a meeting (rasd.events.extract._interview)."""

from .analyzed import events, parties


def test_a_talk_with_a_channel_is_no_meeting() -> None:
    text = "وقال رجب طيب أردوغان في لقاء مع قناة الجزيرة إن فلاديمير بوتين صديق قديم.\n"
    assert not [e for e in events(text) if e[0] == "meet"]


def test_a_talk_given_to_a_newspaper_is_no_meeting() -> None:
    text = "وقال رجب طيب أردوغان في لقاء لصحيفة الأهرام إن فلاديمير بوتين صديق قديم.\n"
    assert not [e for e in events(text) if e[0] == "meet"]


def test_a_meeting_with_a_person_is_still_one() -> None:
    text = "وعقد رجب طيب أردوغان لقاء مع فلاديمير بوتين في موسكو.\n"
    assert [e for e in events(text) if e[0] == "meet"]


def test_a_meeting_with_newspaper_editors_is_no_meeting_of_parties() -> None:
    """ "في لقائه مع رؤساء تحرير الصحف": a speaker briefing the press (press_nouns.tsv)."""
    got = parties(
        "وأكد رجب طيب أردوغان في لقائه مع رؤساء تحرير الصحف الروسية أن العلاقات مع روسيا قوية.", "meet"
    )
    assert got == []
