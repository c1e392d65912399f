"""Parties of an event on unseen news, on invented sentences: the speaker's own trip told beside his
speech verb, and a body after the talks' مع when two people are named."""

from .analyzed import of_type


def test_a_trip_beside_a_speech_verb_is_the_speakers() -> None:
    text = (
        "قال وزير الخارجية الروسي سيرغي لافروف اليوم إن المحادثات كانت مثمرة.\n"
        'وأضاف خلال زيارة إلى الهند "نريد أن تتوقف الحرب في اليمن فورا".'
    )
    got = of_type(text, "visit")
    assert got and got[0][1] == ["Sergey Lavrov"] and got[0][2] == "India"


def test_his_trip_in_his_own_words_is_his() -> None:
    text = (
        "أكد وزير الخارجية الروسي سيرغي لافروف اليوم أن المحادثات كانت مثمرة.\n"
        "وقال في تصريح إن زيارته إلى الهند تأتي في إطار جولة آسيوية."
    )
    assert ["Sergey Lavrov"] in [e[1] for e in of_type(text, "visit") if e[2] == "India"]


def test_a_trip_he_tells_of_is_not_his() -> None:
    text = (
        "أكد وزير الخارجية الروسي سيرغي لافروف اليوم أن المحادثات كانت مثمرة.\n"
        "وقال إن زيارة رئيس الوزراء الهندي إلى موسكو ستتم قريبا."
    )
    assert not [e for e in of_type(text, "visit") if e[1] == ["Sergey Lavrov"]]


def test_a_body_after_the_talks_with_is_a_party_beside_two_people() -> None:
    text = (
        "وسيتوجه جون كيري غدا إلى الدوحة حيث سيلتقي مع نظيره الروسي سيرغي لافروف ومع وزراء خارجية "
        "مجلس التعاون الخليجي بعد غد."
    )
    got = of_type(text, "meet")
    assert got and "Gulf Cooperation Council" in got[0][1]


def test_a_body_after_another_nouns_with_is_no_party() -> None:
    text = "التقى جون كيري سيرغي لافروف في الدوحة اليوم وبحثا الاتفاق النووي مع مجلس التعاون الخليجي."
    got = of_type(text, "meet")
    assert got and all("Gulf Cooperation Council" not in e[1] for e in got)
