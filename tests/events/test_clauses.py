"""The clause splitter (`rasd.events.clauses`) on invented sentences, and the event rules built on it:
a date from the trigger's own clause, and a day still to come making an event planned."""

import datetime as dt
import itertools

import rasd
from rasd.events.clauses import clause_at, split_clauses

DAY = dt.date(2024, 10, 11)  # a Friday
SPEECH = frozenset({"قال", "اكد", "اضاف"})


def parts(text: str, verbs: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    return [(text[c.start : c.end].strip(), c.kind) for c in split_clauses(text, verbs=verbs, speech=SPEECH)]


def test_a_sentence_without_a_boundary_is_one_clause() -> None:
    assert parts("التقى الوزير نظيره في العاصمة.") == [("التقى الوزير نظيره في العاصمة.", "main")]


def test_waw_with_a_verb_opens_a_clause_but_not_with_a_name() -> None:
    got = parts("استقبل الرئيس الوزير وأكد دعم بلاده")
    assert got == [("استقبل الرئيس الوزير", "main"), ("وأكد دعم بلاده", "conjunct")]
    assert len(parts("التقى الرئيس الوزير والسفير")) == 1


def test_an_imperfect_after_waw_opens_a_clause() -> None:
    assert parts("وصل الوزير ويلتقي الرئيس غدا")[1] == ("ويلتقي الرئيس غدا", "conjunct")


def test_subordinators_open_clauses() -> None:
    got = parts("وصل الوزير إلى العاصمة حيث التقى نظيره بينما غادر السفير")
    assert [k for _, k in got] == ["main", "subordinate", "subordinate"]


def test_a_relative_pronoun_opens_a_relative_clause() -> None:
    got = parts("استقبل الرئيس الوزير الذي يزور البلاد")
    assert got[1] == ("الذي يزور البلاد", "relative")


def test_the_margin_of_a_summit_and_during_an_occasion_open_clauses() -> None:
    got = parts("التقى الرئيس نظيره على هامش القمة")
    assert got[1] == ("على هامش القمة", "occasion")
    assert parts("بحث الوزير الملف خلال لقائه السفير")[1] == ("خلال لقائه السفير", "occasion")
    assert len(parts("بحث الوزير خلال الأسبوع الملف")) == 1  # خلال a time, not an occasion


def test_that_after_a_speech_verb_opens_reported_speech() -> None:
    got = parts("أكد الوزير أن البلدين سيوقعان اتفاقا")
    assert got == [("أكد الوزير", "main"), ("أن البلدين سيوقعان اتفاقا", "reported")]
    assert len(parts("يريد الوزير أن يزور البلاد")) == 1  # no speech verb: no reported clause


def test_a_colon_and_a_quotation_open_a_quote_clause() -> None:
    got = parts("قال الوزير: «التقيت نظيري أمس» ثم غادر")
    assert got[1] == ("«التقيت نظيري أمس»", "quote")
    assert got[2][1] == "main"


def test_a_short_quotation_is_a_name_not_a_clause() -> None:
    assert len(parts('التقى الملك "فلان بن فلان" في القصر')) == 1


def test_after_that_opens_a_subordinate_clause_at_after() -> None:
    got = parts("غادر الوزير العاصمة بعد أن التقى الرئيس")
    assert got[1] == ("بعد أن التقى الرئيس", "subordinate")


def test_clauses_cover_the_span_with_offsets() -> None:
    text = "مقدمة. وصل الوزير حيث التقى نظيره"
    got = split_clauses(text, 7, len(text))
    assert got[0].start == 7 and got[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(got))
    assert clause_at(got, text.index("التقى")).kind == "subordinate"


def dated(text: str, kind: str) -> list[tuple[str, dt.date | None]]:
    doc = rasd.analyze_text(text, published=DAY)
    return [(e.status, e.date) for s in doc.stories for e in s.events if e.type == kind]


def test_an_event_is_dated_by_its_own_clause_not_another_events_day() -> None:
    got = dated("وقع الهجوم يوم الأربعاء، وأدان فلاديمير بوتين الهجوم اليوم.", "criticize")
    assert got and got[0][1] == DAY


def test_a_visit_on_a_day_to_come_is_planned() -> None:
    got = dated("يزور رجب طيب أردوغان موسكو غدا.", "visit")
    assert got and got[0] == ("planned", DAY + dt.timedelta(days=1))


def test_an_adjective_of_the_object_does_not_make_a_verb_planned() -> None:
    """المقبلة describes the government, not the congratulation."""
    got = dated("هنأ أردوغان بوتين بتكليفه برئاسة الحكومة المقبلة.", "praise")
    assert got and got[0][0] == "occurred"
    assert (
        dated("وتحدث رجب طيب أردوغان عن الزيارة المقبلة لفلاديمير بوتين إلى تركيا.", "visit")[0][0]
        == "planned"
    )


def test_an_invitation_to_something_ahead_is_made_now() -> None:
    """The day ahead is the summit's, not the invitation's."""
    got = dated("ودعا فلاديمير بوتين رجب طيب أردوغان إلى القمة التي ستعقد في 20 أكتوبر 2024.", "request")
    assert got == [("occurred", None)]
