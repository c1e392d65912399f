"""A summit named by its members' adjective (القمة العربية) is a meeting of their organisation."""

import datetime as dt

import rasd
from rasd.events.extract import load_event_lexicon

from .analyzed import of_type

DAY = dt.date(2024, 10, 11)


def events_of(kind: str, text: str) -> list[tuple[str, list[str], str | None]]:
    return of_type(text, kind)


def meets(text: str) -> list[tuple[str, list[str], str | None]]:
    return events_of("meet", text)


def test_a_named_organisation_holds_its_summit() -> None:
    got = meets("شارك وزير الخارجية في أعمال القمة الخليجية المنعقدة في الدوحة بحضور أمين عام مجلس التعاون.")
    assert ("occurred", ["Gulf Cooperation Council"], "Doha") in got


def test_an_unnamed_organisation_leaves_the_summit_to_its_named_host_state() -> None:
    got = meets("وأعلن المغرب أن قمة عربية ستعقد في الرباط الشهر المقبل.")
    assert ("planned", ["Morocco"], "Rabat") in got


def test_a_place_outside_the_summit_clause_is_not_its_venue() -> None:
    got = meets(
        "توجه المبعوث إلى مسقط حيث سلم رسالة تتضمن الدعوة لحضور القمة العربية التي تنظمها جامعة الدول العربية."
    )
    summit = [m for m in got if m[1] == ["Arab League"]]
    assert summit and summit[0][2] is None


def test_a_summit_without_a_member_adjective_is_no_meeting() -> None:
    lex = load_event_lexicon()
    doc = rasd.analyze_text("انعقدت القمة الطارئة في القاهرة.", published=DAY)
    assert not [e for s in doc.stories for e in s.events if e.type == "meet"]
    assert lex.summits and "عربيه" in lex.summits


def test_the_summit_noun_takes_its_glued_preposition() -> None:
    got = meets("دعا الملك إلى التحضير الجيد للقمة الإسلامية في مدينة جدة السعودية.")
    assert ("planned", ["Saudi Arabia"], "Jeddah") in got


def agreements(text: str) -> list[tuple[str, list[str], str | None]]:
    return events_of("agree", text)


def test_members_adopting_a_text_agree_as_their_organisation() -> None:
    got = agreements("أقر القادة العرب في القاهرة خطة للسلام، بحضور الأمين العام لجامعة الدول العربية.")
    assert ("occurred", ["Arab League"], "Cairo") in got


def test_members_named_before_the_adoption_verb() -> None:
    got = agreements("الزعماء العرب يعتمدون في الرياض خطة اقتصادية وتشيد بها جامعة الدول العربية.")
    assert any(parties == ["Arab League"] for _, parties, _ in got)


def test_a_government_adopting_an_arab_plan_is_no_agreement_of_the_league() -> None:
    got = agreements("اعتمدت الحكومة المصرية الخطة العربية في القاهرة بعد مشاورات مع جامعة الدول العربية.")
    assert not [g for g in got if g[1] == ["Arab League"]]


def test_a_session_of_an_organisation_is_no_meeting_of_the_people_who_invite_to_it() -> None:
    doc = rasd.analyze_text(
        "سلم وزير الخارجية الكويتي رسالة من أمير الكويت إلى رئيس الإمارات تتضمن الدعوة لحضور اجتماع"
        " المجلس الأعلى لمجلس التعاون الخليجي.",
        published=DAY,
    )
    assert not [e for s in doc.stories for e in s.events if e.type == "meet"]


def test_a_meeting_noun_before_a_person_stays_a_meeting() -> None:
    got = meets("وعقد وزير الخارجية الروسي سيرغي لافروف اجتماعا مع نظيره التركي مولود جاويش أوغلو في أنقرة.")
    assert any("Sergey Lavrov" in parties for _, parties, _ in got)


def test_a_meeting_with_an_organisations_ministers_stays_a_meeting() -> None:
    got = meets("وصل وزير الخارجية الأمريكي جون كيري إلى الدوحة للقاء وزراء خارجية دول مجلس التعاون الخليجي.")
    assert any("John Kerry" in parties for _, parties, _ in got)
