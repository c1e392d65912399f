"""Places talked about are no party of the talks; a research institute is no discussion."""

from .analyzed import events, parties


def test_states_after_a_topic_noun_are_not_parties_of_talks() -> None:
    text = "وأضاف الوزير أنه تم بحث الأوضاع في لبنان والأوضاع في سوريا والعراق خلال اللقاء."
    assert parties(text, "meet") == []
    named = "بحث وزير الخارجية عادل الجبير مع نظيره القطري خالد العطية الأوضاع في سوريا والعراق."
    assert parties(named, "meet") == [["Adel al-Jubeir", "Khalid al-Attiyah"]]


def test_a_state_praised_after_a_topic_word_stays_a_party() -> None:
    """Only meetings and calls drop them: "رجال الأمن في السعودية" is who is praised."""
    text = "أشاد رئيس البرلمان العربي بأداء رجال الأمن في السعودية."
    assert any("Saudi Arabia" in people for people in parties(text, "praise"))


def test_a_research_institute_is_no_discussion() -> None:
    text = "وشكك معهد بحثي أمريكي بارز أمس في تفسير إيران للنشاط في موقع بارشين."
    assert [e for e in events(text) if e[0] == "meet"] == []
