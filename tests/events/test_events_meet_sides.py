"""Meetings need two sides named outside quotes (rasd.events.extract:
_outside_quotes, _partnered, the article rule of _trigger_at, GRANTED)."""

import rasd

from .analyzed import DAY, parties


def test_a_party_named_only_in_the_quote_does_not_meet() -> None:
    text = "وقال رجب طيب أردوغان لدى ترؤسه اجتماعا للحكومة في أنقرة: «نطالب فلاديمير بوتين بوقف الحرب».\n"
    assert not [p for p in parties(text, "meet") if "Vladimir Putin" in p]


def test_a_party_named_outside_the_quote_still_meets() -> None:
    text = "وقال رجب طيب أردوغان عقب اجتماع مع فلاديمير بوتين في أنقرة: «بحثنا الحرب».\n"
    assert ["Recep Tayyip Erdogan", "Vladimir Putin"] in parties(text, "meet")


def test_discussed_with_no_partner_is_no_meeting() -> None:
    text = "وبحث فلاديمير بوتين في موسكو أمس موقف رجب طيب أردوغان من الحرب.\n"
    assert parties(text, "meet") == []


def test_discussed_with_a_partner_is_a_meeting() -> None:
    text = "وبحث فلاديمير بوتين مع رجب طيب أردوغان في أنقرة تطورات الأوضاع في سوريا.\n"
    assert ["Recep Tayyip Erdogan", "Vladimir Putin"] in parties(text, "meet")


def test_an_interview_granted_to_an_outlet_is_no_meeting() -> None:
    text = "وأكد رجب طيب أردوغان في لقاء خص به «الأهرام» في أنقرة أن فلاديمير بوتين صديق قديم.\n"
    assert parties(text, "meet") == []


def test_an_adjective_with_the_article_is_no_meeting_noun() -> None:
    """الاجتماعي ("social") is not الاجتماع with a possessive ي: the article takes no possessive."""
    text = "والتقى رجب طيب أردوغان فلاديمير بوتين في أنقرة.\nوبحث الجانبان دعم الصندوق الاجتماعي للتنمية.\n"
    doc = rasd.analyze_text(text, published=DAY)
    said = [m.text for s in doc.stories for e in s.events if e.type == "meet" for m in e.triggers]
    assert said and "الاجتماعي" not in said


def test_discussed_by_two_joined_parties_is_a_meeting() -> None:
    text = "وبحث فلاديمير بوتين ورجب طيب أردوغان في أنقرة أمس تطورات الأوضاع في سوريا.\n"
    assert ["Recep Tayyip Erdogan", "Vladimir Putin"] in parties(text, "meet")


def test_a_port_receiving_a_ship_is_no_meeting() -> None:
    text = "ونفى فلاديمير بوتين استقبال ميناء طرطوس سفينة تحمل أسلحة لرجب طيب أردوغان.\n"
    assert parties(text, "meet") == []


def test_a_guest_received_at_the_airport_is_met() -> None:
    """ "بالمطار"، "بمطار": with its preposition the facility tells where the guest was received, not who
    received him."""
    for airport in ("بالمطار", "بمطار أنقرة"):
        text = f"ووصل فلاديمير بوتين إلى أنقرة أمس، وكان في استقباله {airport} رجب طيب أردوغان.\n"
        assert ["Recep Tayyip Erdogan", "Vladimir Putin"] in parties(text, "meet"), airport


def test_also_among_the_receivers_is_the_same_reception() -> None:
    text = (
        "ووصل فلاديمير بوتين إلى أنقرة أمس، وكان في استقباله رجب طيب أردوغان.\n"
        "كما كان في استقباله هاكان فيدان وزير الخارجية.\n"
    )
    assert len(parties(text, "meet")) == 1


def test_the_talks_between_two_parties_are_told() -> None:
    text = "وأكد مسؤول أن المحادثات بين رجب طيب أردوغان وإيمانويل ماكرون في باريس كانت مثمرة.\n"
    assert ["Emmanuel Macron", "Recep Tayyip Erdogan"] in parties(text, "meet")


def test_the_meeting_that_gathered_two_parties_is_told() -> None:
    text = "وجاء ذلك خلال اللقاء الذي جمع رجب طيب أردوغان مع فلاديمير بوتين في أنقرة أمس.\n"
    assert ["Recep Tayyip Erdogan", "Vladimir Putin"] in parties(text, "meet")


def test_a_speaker_before_his_verb_in_the_pluperfect_states() -> None:
    """ "وكان الرئيس فلان قد أعلن": كان puts the subject before the verb."""
    text = "وكان الرئيس الروسي فلاديمير بوتين قد أعلن أمس دعم الاتفاق.\n"
    assert ["Vladimir Putin"] in parties(text, "statement")


def test_a_subject_of_another_clause_before_a_speech_verb_does_not_state() -> None:
    """ "عما إذا كان بوتين سيحضر القمة قال …": كان opens another clause, whose subject is not the speaker."""
    text = "وعند سؤاله عما إذا كان فلاديمير بوتين سيحضر القمة قال مسؤول روسي نعم.\n"
    assert ["Vladimir Putin"] not in parties(text, "statement")


def test_a_word_of_a_name_is_no_speech_verb_after_kana() -> None:
    """ "كانت السفيرة صفية طالب …": طالب is part of her name, not "demanded"."""
    text = "كما كانت في استقباله السفيرة صفية طالب السهيل في مطار بغداد.\n"
    doc = rasd.analyze_text(text, published=DAY)
    said = [t.text for s in doc.stories for e in s.events if e.type == "statement" for t in e.triggers]
    assert "طالب" not in said
