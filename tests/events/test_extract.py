"""Events from invented sentences: type, status, participants, place, date, merging."""

import dataclasses
import datetime as dt

import pytest

import rasd
from rasd.events.extract import extract_events, load_event_lexicon
from rasd.nlp.entities import find_entities, load_entity_resources
from rasd.settings import Settings

DAY = dt.date(2024, 10, 11)


def events(text: str, published: dt.date | None = DAY):
    """The rules' events, the learned filter off (as tests/events/analyzed.py says why)."""
    rules = dataclasses.replace(Settings.from_env(), event_filter_threshold=0.0)
    doc = rasd.analyze_text(text, published=published, settings=rules)
    names = {e.id: e.name_en for s in doc.stories for e in s.entities}
    return [
        (e.type, e.status, sorted(names.get(p, p) for p in e.participants), names.get(e.location), e.date)
        for s in doc.stories
        for e in s.events
    ]


def test_meeting_today_in_a_city() -> None:
    got = events("التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان اليوم في أستانا.")
    assert ("meet", "occurred", ["Recep Tayyip Erdogan", "Vladimir Putin"], "Astana", DAY) in got


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("سيزور الرئيس الروسي فلاديمير بوتين تركيا الشهر المقبل.", "planned"),
        ("من المقرر أن يزور فلاديمير بوتين تركيا قريبا.", "planned"),
        ("لم يزر فلاديمير بوتين تركيا منذ سنوات.", "denied"),
        ("زار فلاديمير بوتين تركيا أمس.", "occurred"),
    ],
)
def test_visit_status(sentence: str, status: str) -> None:
    got = [e for e in events(sentence) if e[0] == "visit"]
    assert got and got[0][1] == status
    assert got[0][3] == "Turkey"


def test_phone_talks_are_one_call() -> None:
    text = (
        "بحث الرئيس الروسي فلاديمير بوتين مع الرئيس الإيراني إبراهيم رئيسي خلال اتصال هاتفي اليوم الوضع في المنطقة.\n"
        "وأكد الرئيسان خلال محادثاتهما أهمية الحلول السلمية."
    )
    got = events(text, dt.date(2023, 9, 26))
    assert [e[0] for e in got] == ["call"]
    assert got[0][2] == ["Ebrahim Raisi", "Vladimir Putin"]


def test_no_event_without_participants() -> None:
    assert events("عقد اجتماع موسع لبحث الأوضاع الاقتصادية.") == []


def test_undated_story_keeps_the_date_null() -> None:
    got = events("التقى فلاديمير بوتين رجب طيب أردوغان اليوم.", None)
    assert got and got[0][4] is None


def test_a_ministry_is_not_a_visit() -> None:
    got = events("وأعلنت وزارة الخارجية الروسية أن فلاديمير بوتين تحدث عن العلاقات مع تركيا.")
    assert not [e for e in got if e[0] == "visit"]


def test_media_are_not_participants() -> None:
    got = events("وقالت وكالة تاس إن فلاديمير بوتين التقى رجب طيب أردوغان اليوم.")
    meets = [e for e in got if e[0] == "meet"]
    assert meets and "TASS" not in meets[0][2]


def test_an_invitation_to_visit_is_planned_and_the_capital_is_the_place() -> None:
    got = events("اجتمع سيرغي لافروف مع خالد مشعل اليوم ووجه له الدعوة لزيارة موسكو.")
    visits = [e for e in got if e[0] == "visit"]
    assert visits and visits[0][1] == "planned" and visits[0][3] == "Moscow"


def test_a_state_named_by_its_adjective_acts_but_is_no_place() -> None:
    got = events("وصل وزير الخارجية السوري وليد المعلم اليوم في زيارة رسمية.")
    assert [e for e in got if e[0] == "visit" and e[3] is None]


def test_since_is_when_a_stay_began_not_the_event_day() -> None:
    got = events("وقع وزير الدفاع العراقي الذي يزور روسيا منذ الاثنين الماضي الاتفاق مع الجانب الروسي.")
    signs = [e for e in got if e[0] == "sign"]
    assert signs and signs[0][4] is None


def test_a_definite_noun_is_a_further_mention_not_a_new_event() -> None:
    doc = rasd.analyze_text(
        "التقى فلاديمير بوتين رجب طيب أردوغان اليوم في أستانا. وخلال الاجتماع بحث الرئيسان الحرب.",
        published=DAY,
    )
    meets = [e for s in doc.stories for e in s.events if e.type == "meet"]
    assert len(meets) == 1 and [t.text for t in meets[0].triggers][:2] == ["التقى", "الاجتماع"]


def test_a_known_agreement_is_background() -> None:
    got = events("وقال فلاديمير بوتين إن الاتفاق النووي مع إيران ما زال قائما.")
    assert not [e for e in got if e[0] == "agree"]


def test_an_awaited_visit_is_news_even_when_definite() -> None:
    got = events("وتحدث رجب طيب أردوغان عن الزيارة المرتقبة لفلاديمير بوتين إلى تركيا.")
    assert [e for e in got if e[0] == "visit" and e[1] == "planned"]


def test_a_noun_with_a_possessive_moves_its_hamza() -> None:
    got = events("تحدث فلاديمير بوتين مع رجب طيب أردوغان خلال لقائهما اليوم في أستانا.")
    assert [e for e in got if e[0] == "meet"]


def test_an_undated_event_takes_the_date_of_the_occasion() -> None:
    got = events(
        "وصل وزير الخارجية الروسي سيرغي لافروف إلى الدوحة اليوم في زيارة رسمية. "
        "وخلال لقائهما بحث لافروف مع تميم بن حمد آل ثاني العلاقات الثنائية."
    )
    meets = [e for e in got if e[0] == "meet"]
    assert meets and meets[0][4] == DAY


def test_two_meetings_with_different_people_stay_two() -> None:
    got = events(
        "استقبل وزير الخارجية الأمير فيصل بن فرحان في الرياض اليوم وزير الخارجية الإيراني عباس عراقجي. "
        "كما التقى عراقجي في وقت لاحق ولي العهد السعودي الأمير محمد بن سلمان."
    )
    meets = sorted(tuple(e[2]) for e in got if e[0] == "meet")
    assert meets == [("Abbas Araghchi", "Faisal bin Farhan"), ("Abbas Araghchi", "Mohammed bin Salman")]


def test_a_call_has_no_place() -> None:
    got = events("أجرى رجب طيب أردوغان اليوم اتصالا هاتفيا مع فلاديمير بوتين بحثا خلاله التطورات في سوريا.")
    calls = [e for e in got if e[0] == "call"]
    assert calls and calls[0][3] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "نفى دميتري بيسكوف، الثلاثاء، وجود أي تحضيرات لعقد لقاء بين فلاديمير بوتين وفولوديمير زيلينسكي.",
        "ولم يلتق فلاديمير بوتين وفولوديمير زيلينسكي منذ قمة باريس في ديسمبر 2019.",
    ],
)
def test_denied_meetings(sentence: str) -> None:
    got = events(sentence)
    assert [e for e in got if e[0] == "meet"] and all(e[1] == "denied" for e in got if e[0] == "meet")


def test_an_aim_is_not_an_agreement() -> None:
    got = events("وبحث أنتوني بلينكن مع تميم بن حمد آل ثاني جهود الوساطة للتوصل إلى اتفاق لوقف إطلاق النار.")
    assert all(e[1] == "planned" for e in got if e[0] == "agree")


def test_an_agreement_reached_is_news_an_agreement_named_is_not() -> None:
    reached = events("وتوصل فلاديمير بوتين ورجب طيب أردوغان اليوم إلى اتفاق بشأن الغاز.")
    assert [e for e in reached if e[0] == "agree" and e[1] == "occurred"]
    for sentence in (
        "ودعا فلاديمير بوتين رجب طيب أردوغان إلى تنفيذ اتفاق سوتشي.",
        "ووقع فلاديمير بوتين ورجب طيب أردوغان اليوم اتفاقية للتعاون في مجال الطاقة.",
        "وبحث فلاديمير بوتين مع رجب طيب أردوغان اتفاقية التجارة الحرة.",
    ):
        assert not [e for e in events(sentence) if e[0] == "agree"], sentence


def test_heading_somewhere_is_a_visit() -> None:
    got = events("ومن المقرر أن يتوجه أنتوني بلينكن إلى القاهرة غدا.")
    assert [e for e in got if e[0] == "visit" and e[1] == "planned" and e[3] == "Cairo"]


def test_arriving_nowhere_is_no_visit() -> None:
    assert not [
        e
        for e in events("ودعم علي عبدالله صالح الحوثيين مقابل أن يصل ابنه الى سدة الحكم.")
        if e[0] == "visit"
    ]
    assert [e for e in events("وصل رجب طيب أردوغان إلى موسكو اليوم.") if e[0] == "visit"]


def test_each_speaker_makes_one_statement() -> None:
    got = events(
        'وقال دميتري بيسكوف للصحفيين اليوم: "لا توجد خطط لعقد مثل هذا اللقاء". '
        'وأضاف بيسكوف أن "موسكو منفتحة على الحوار". وقال فلاديمير بوتين إن "روسيا لن تتراجع".'
    )
    statements = sorted((e[2], e[4]) for e in got if e[0] == "statement")
    assert statements == [(["Dmitry Peskov"], DAY), (["Vladimir Putin"], None)]


def test_an_unknown_recipient_right_after_the_trigger_is_a_participant() -> None:
    got = events(
        "بعث الملك سلمان بن عبدالعزيز والأمير محمد بن سلمان برقيتي تهنئة لرئيسة الاتحاد السويسري سيمونيتا "
        "سوماروجا بمناسبة اليوم الوطني."
    )
    praise = [e for e in got if e[0] == "praise"]
    assert praise and len(praise[0][2]) == 3


def test_an_accident_that_happened_is_no_signing() -> None:
    assert not [e for e in events("وقع الحادث على طريق الملك فهد بالباحة صباح أمس.") if e[0] == "sign"]
    got = events("ووقع فلاديمير بوتين ورجب طيب أردوغان اليوم اتفاقية للتعاون في مجال الطاقة.")
    assert [e for e in got if e[0] == "sign"]


def test_a_signed_document_keeps_its_root_waw() -> None:
    """وثيقة is no و + ثيقة: the signing is found."""
    got = events("وقع رجب طيب أردوغان وفلاديمير بوتين اليوم على وثيقة شاملة للتعاون.")
    assert [e for e in got if e[0] == "sign"]


def test_a_window_comes_from_settings() -> None:
    """A denial before the trigger governs it only within Settings.event_denial_reach words."""
    text = "نفى الكرملين أن يكون الرئيس فلاديمير بوتين قد التقى الرئيس رجب طيب أردوغان."
    entities = find_entities(text, None, load_entity_resources())
    lex = load_event_lexicon()

    def meeting_status(reach: int) -> str:
        windows = dataclasses.replace(Settings().event_windows(), denial=reach)
        events = extract_events(text, [(0, len(text))], entities, None, lex, windows=windows)
        return next(e.status for e in events if e.type == "meet")

    assert meeting_status(16) == "denied"
    assert meeting_status(2) == "occurred"
