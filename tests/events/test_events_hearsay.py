"""Deeds told in reported speech: states or bodies alone are the speaker's account, not news
(rasd.events.extract.HEARSAY), on invented sentences."""

from tests.events.analyzed import events


def kinds(text: str) -> set[str]:
    return {e[0] for e in events(text)}


def test_talks_between_states_in_reported_speech_are_no_meeting() -> None:
    text = "وأوضحت وزارة الخارجية الروسية أن روسيا وتركيا تجريان مشاورات منتظمة حول سوريا."
    assert "meet" not in kinds(text)
    assert "statement" in kinds(text)  # what it said stays its statement


def test_a_state_visit_in_reported_speech_is_no_visit() -> None:
    text = "وأعلنت الرئاسة المصرية أن مصر ستزور الصين ضمن جولة آسيوية."
    assert "visit" not in kinds(text)


def test_talks_of_named_people_in_reported_speech_stay_a_meeting() -> None:
    text = "وأعلن الكرملين أن فلاديمير بوتين التقى رجب طيب أردوغان في سوتشي اليوم."
    assert "meet" in kinds(text)


def test_talks_between_states_told_by_the_story_stay_a_meeting() -> None:
    text = "وعقدت روسيا وتركيا مشاورات في موسكو اليوم."
    assert "meet" in kinds(text)


def test_the_speakers_own_deed_in_reported_speech_stays_news() -> None:
    text = "وأعلنت روسيا أنها أجرت مشاورات مع تركيا حول سوريا."
    assert "meet" in kinds(text)
