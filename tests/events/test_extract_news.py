"""General rules of Arabic news reporting, on invented sentences: the venue, the visit a reception
belongs to, statements of named speakers, requests, topics that are no place, and the verb frame's status."""

import datetime as dt

import rasd
from rasd.events.extract import _is_future_verb, load_event_lexicon

DAY = dt.date(2024, 10, 11)


def of_type(text: str, kind: str) -> list[tuple]:
    """(type, status, participants, place, date) of the text's events of one type, by English name."""
    doc = rasd.analyze_text(text, published=DAY)
    names = {e.id: e.name_en for s in doc.stories for e in s.entities}
    return [
        (e.type, e.status, sorted(names.get(p, p) for p in e.participants), names.get(e.location), e.date)
        for s in doc.stories
        for e in s.events
        if e.type == kind
    ]


def test_a_city_after_a_glued_capital_noun_is_the_venue() -> None:
    got = of_type("استقبل فلاديمير بوتين رجب طيب أردوغان اليوم بالعاصمة الروسية موسكو.", "meet")
    assert got and got[0][3] == "Moscow"


def test_a_city_after_an_airport_is_the_venue() -> None:
    got = of_type("استقبل فلاديمير بوتين رجب طيب أردوغان اليوم في مطار إسطنبول.", "meet")
    assert got and got[0][3] == "Istanbul"


def test_a_place_hosting_talks_is_the_venue() -> None:
    got = of_type("شهدت إسطنبول اليوم محادثات بين فلاديمير بوتين ورجب طيب أردوغان.", "meet")
    assert got and got[0][3] == "Istanbul"


def test_a_place_the_talks_are_about_is_no_venue() -> None:
    got = of_type("التقى فلاديمير بوتين رجب طيب أردوغان اليوم وبحثا الأوضاع في سوريا.", "meet")
    assert got and got[0][3] is None


def test_a_meeting_during_a_visit_is_at_its_destination() -> None:
    got = of_type(
        "وصل رجب طيب أردوغان إلى إسطنبول اليوم.\nوسيلتقي فلاديمير بوتين رجب طيب أردوغان غدا.", "meet"
    )
    assert got and got[0][1] == "planned" and got[0][3] == "Istanbul"


def test_a_reception_is_the_visitor_meeting_the_host_where_he_went() -> None:
    got = of_type("وصل رجب طيب أردوغان إلى موسكو اليوم.\nوكان في استقباله فلاديمير بوتين.", "meet")
    assert got and got[0][2] == ["Recep Tayyip Erdogan", "Vladimir Putin"]
    assert got[0][3] == "Moscow"


def test_a_named_speaker_makes_a_statement_without_quotation_marks() -> None:
    got = of_type("وأعرب فلاديمير بوتين عن قلقه من التصعيد في المنطقة.", "statement")
    assert got and got[0][2] == ["Vladimir Putin"]


def test_the_spokesman_speaks_not_the_body_in_his_title() -> None:
    got = of_type("وقال المتحدث باسم الكرملين دميتري بيسكوف إن الموعد لم يحدد.", "statement")
    assert got and got[0][2] == ["Dmitry Peskov"]


def test_a_news_agency_reports_and_states_nothing() -> None:
    got = of_type("وذكرت وكالة تاس أن المحادثات انتهت مساء اليوم.", "statement")
    assert not [e for e in got if "TASS" in e[2]]


def test_urging_is_a_request_and_its_topic_is_no_place() -> None:
    got = of_type("حث فلاديمير بوتين رجب طيب أردوغان على وقف القتال في سوريا.", "request")
    assert got and got[0][3] is None


def test_a_condemnation_is_not_located_at_what_it_condemns() -> None:
    got = of_type("أدان رجب طيب أردوغان اليوم القصف على مستشفى في غزة.", "criticize")
    assert got and got[0][3] is None


def test_a_future_light_verb_makes_the_visit_planned() -> None:
    got = of_type("سيقوم فلاديمير بوتين بزيارة إلى تركيا.", "visit")
    assert got and got[0][1] == "planned"


def test_future_verbs_are_not_nouns_that_start_alike() -> None:
    lex = load_event_lexicon()
    assert _is_future_verb("سيقوم", lex) and _is_future_verb("ستعقد", lex)
    assert not _is_future_verb("سياسه", lex) and not _is_future_verb("سنوات", lex)


def test_a_meeting_in_the_present_tense_is_to_come() -> None:
    got = of_type("يلتقي فلاديمير بوتين رجب طيب أردوغان في أنقرة.", "meet")
    assert got and got[0][1] == "planned"


def test_an_invitation_answered_by_a_visit_is_no_request() -> None:
    got = of_type("وصل رجب طيب أردوغان إلى موسكو اليوم تلبية لدعوة من فلاديمير بوتين.", "request")
    assert got == []


def test_inviting_someone_is_a_request() -> None:
    got = of_type("وجه فلاديمير بوتين اليوم دعوة رسمية إلى رجب طيب أردوغان لزيارة موسكو.", "request")
    assert got and got[0][2] == ["Recep Tayyip Erdogan", "Vladimir Putin"]


def test_a_present_tense_headline_tells_what_happened() -> None:
    text = "بوتين يلتقي أردوغان في أنقرة\nالتقى فلاديمير بوتين رجب طيب أردوغان اليوم في أنقرة."
    got = of_type(text, "meet")
    assert got and all(e[1] == "occurred" for e in got)


def test_a_name_is_no_future_verb() -> None:
    got = of_type("وقال مسؤول إن سيرغي لافروف اجتمع مع رجب طيب أردوغان اليوم.", "meet")
    assert got and got[0][1] == "occurred"
