"""Frames of news reporting, from invented sentences: a condemned strike, cutting ties, a press
conference's city, a meeting's statements, the purpose of a trip."""

from .analyzed import events


def test_a_condemned_strike_is_an_attack_of_its_own() -> None:
    got = events("أدانت مصر بشدة الهجوم الإيراني على إسرائيل.")
    attacks = [e for e in got if e[0] == "attack"]
    assert attacks and {"Iran", "Israel"} <= set(attacks[0][2])
    assert attacks[0][3] == "Israel"
    assert any(e[0] == "criticize" for e in got)


def test_a_definite_strike_not_condemned_is_background() -> None:
    got = events("تحدث فلاديمير بوتين عن الهجوم في مؤتمر اقتصادي.")
    assert not [e for e in got if e[0] == "attack"]


def test_a_condemning_state_has_made_a_statement() -> None:
    got = events("أدانت الأردن الهجوم الإسرائيلي على دمشق.")
    assert any(e[0] == "statement" and e[2] == ["Jordan"] for e in got)


def test_cutting_ties_is_other() -> None:
    got = events("أعلنت مصر أنها قررت قطع العلاقات الدبلوماسية مع إيران.")
    assert any(e[0] == "other" and {"Egypt", "Iran"} <= set(e[2]) for e in got)


def test_summoning_a_foreign_ambassador_is_a_protest() -> None:
    got = events("قررت الأردن استدعاء السفير الإسرائيلي احتجاجا على القرار.")
    assert any(e[0] == "criticize" and "Israel" in e[2] for e in got)


def test_a_press_conference_gives_the_statement_its_city() -> None:
    text = (
        "انتقد سيرغي لافروف العقوبات خلال مؤتمر صحفي عقده في القاهرة.\n"
        "وقال سيرغي لافروف إن بلاده مستعدة للحوار."
    )
    got = events(text)
    assert ("statement", "occurred", ["Sergey Lavrov"], "Cairo") in got


def test_what_a_speaker_says_at_a_meeting_is_said_there() -> None:
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف في القاهرة.\n"
        "وقال سيرغي لافروف إن العلاقات بين البلدين متينة."
    )
    got = events(text)
    assert ("statement", "occurred", ["Sergey Lavrov"], "Cairo") in got


def test_what_a_trip_is_for_is_planned() -> None:
    got = events("وصل سيرغي لافروف إلى دمشق في زيارة رسمية للقاء الرئيس بشار الأسد.")
    meets = [e for e in got if e[0] == "meet"]
    assert meets and meets[0][1] == "planned"
    assert any(e[0] == "visit" and e[1] == "occurred" for e in got)


def test_talks_an_itinerary_holds_are_planned() -> None:
    got = events("يبدأ فلاديمير بوتين اليوم زيارة إلى تركيا، حيث تتناول مباحثاته مع رجب طيب أردوغان التعاون.")
    meets = [e for e in got if e[0] == "meet"]
    assert meets and meets[0][1] == "planned"


def test_moving_on_to_a_capital_is_a_visit() -> None:
    got = events("ومن المتوقع أن ينتقل سيرغي لافروف غدا إلى الجزائر.")
    assert ("visit", "planned", ["Sergey Lavrov"], "Algeria") in got


def test_a_city_is_never_a_participant() -> None:
    """A city is where something happens or where one comes from, never who acts."""
    assert events("وصل فلاديمير بوتين إلى أنقرة قادما من موسكو.") == [
        ("visit", "occurred", ["Vladimir Putin"], "Ankara")
    ]
    assert not [e for e in events("واجتمع ممثلو الإسكندرية وبيروت اليوم.") if "Alexandria" in e[2]]


def test_a_word_of_a_name_is_no_trigger() -> None:
    """شكري is Shoukry's name, not "my thanks"; شكر outside a name still thanks."""
    got = events("وقال وزير الخارجية المصري سامح شكري إن بلاده تدعم سوريا.")
    assert not [e for e in got if e[0] == "praise"]
    assert [e for e in events("وشكر فلاديمير بوتين رجب طيب أردوغان على دعمه.") if e[0] == "praise"]


def test_what_was_agreed_is_no_new_agreement() -> None:
    """After ما the verb names a thing: what was agreed, up to a number."""
    got = events("ودعا فلاديمير بوتين رجب طيب أردوغان إلى تنفيذ ما اتفقا عليه في سوتشي.")
    assert not [e for e in got if e[0] == "agree"]
    got = events("وقررت مصر إنتاج ما يصل إلى 40 ألف صاروخ وشحنها إلى روسيا.")
    assert not [e for e in got if e[0] == "visit"]
    assert [
        e for e in events("واتفق فلاديمير بوتين ورجب طيب أردوغان على وقف إطلاق النار.") if e[0] == "agree"
    ]


def test_a_speaker_speaks_in_a_city_not_in_a_state() -> None:
    got = events("وقال سيرغي لافروف خلال مؤتمر صحفي عقده في مصر إن بلاده مستعدة للحوار.")
    assert ("statement", "occurred", ["Sergey Lavrov"], None) in got
    got = events("وقال سيرغي لافروف خلال مؤتمر صحفي عقده في القاهرة إن بلاده مستعدة للحوار.")
    assert ("statement", "occurred", ["Sergey Lavrov"], "Cairo") in got


def test_his_arrival_tells_a_visit_or_names_the_one_told() -> None:
    got = events("التقى سيرغي لافروف مع رجب طيب أردوغان عقب وصوله إلى أنقرة.")
    assert [e for e in got if e[0] == "visit" and e[3] == "Ankara"]
    text = "وصل إيمانويل ماكرون إلى الرباط في زيارة دولة.\nوعند وصوله إلى القصر الملكي بالرباط استقبله الملك محمد السادس."
    assert [e for e in events(text) if e[0] == "visit"] == [
        ("visit", "occurred", ["Emmanuel Macron"], "Rabat")
    ]
    assert not events("وضمان وصول المساعدات إلى غزة.")


def test_a_speech_participle_makes_its_subject_speak() -> None:
    """مؤكدا after a clause reports what the clause's subject said."""
    got = events("التقى سيرغي لافروف رجب طيب أردوغان في أنقرة، مؤكدا أهمية التعاون بين البلدين.")
    assert [e for e in got if e[0] == "statement" and e[2] == ["Sergey Lavrov"]]


def test_those_receiving_a_visitor_meet_him() -> None:
    """في مقدمة مستقبليه: at the head of those who received him, a reception."""
    got = events(
        "وصل سلطان عمان هيثم بن طارق إلى نيوم اليوم، وكان في مقدمة مستقبليه ولي العهد السعودي الأمير محمد بن سلمان."
    )
    assert ("meet", "occurred", ["Haitham bin Tariq", "Mohammed bin Salman"], "Neom") in got


def test_travelling_somewhere_is_a_visit() -> None:
    got = events("ومن المقرر أن يسافر رجب طيب أردوغان إلى موسكو الأسبوع المقبل.")
    assert ("visit", "planned", ["Recep Tayyip Erdogan"], "Moscow") in got
    assert not [e for e in events("وسافر رجب طيب أردوغان أمس.") if e[0] == "visit"]


def test_an_invitation_made_at_a_meeting_is_made_there() -> None:
    text = (
        "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف في القاهرة.\n"
        "ودعا سيرغي لافروف عبد الفتاح السيسي إلى زيارة موسكو."
    )
    assert [e for e in events(text) if e[0] == "request" and e[3] == "Cairo"]


def test_the_state_struck_by_a_raid_takes_part() -> None:
    """شنت إسرائيل غارة على الدوحة: the raid is on Qatar, which takes part."""
    attacks = [e for e in events("وشنت إسرائيل يوم الثلاثاء غارة جوية على الدوحة.") if e[0] == "attack"]
    assert attacks and all({"Israel", "Qatar"} <= set(e[2]) for e in attacks)
    assert all(e[3] is not None for e in attacks)


def test_an_institutions_seat_after_fi_is_the_venue() -> None:
    got = events("ووقع فلاديمير بوتين ورجب طيب أردوغان اليوم في الكرملين اتفاقية للتعاون في مجال الطاقة.")
    assert ("sign", "occurred", ["Recep Tayyip Erdogan", "Vladimir Putin"], "Kremlin") in got
    got = events("والتقى رجب طيب أردوغان فلاديمير بوتين بعد أن أعلن الكرملين موعد اللقاء.")
    assert ("meet", "occurred", ["Recep Tayyip Erdogan", "Vladimir Putin"], None) in got


def test_a_postponed_visit_has_not_happened() -> None:
    """ "تأجيل زيارة", "أرجأ زيارته": the visit is still to come; a meeting held after postponements
    happened."""
    postponed = events("أعلنت طهران تأجيل زيارة وزير الخارجية محمد جواد ظريف إلى أنقرة.")
    assert [e[1] for e in postponed if e[0] == "visit"] == ["planned"]
    put_off = events("وأرجأ الرئيس الفرنسي إيمانويل ماكرون زيارته إلى الجزائر.")
    assert [e[1] for e in put_off if e[0] == "visit"] == ["planned"]
    held = events("التقى الرئيس بوتين نظيره التركي أردوغان في أنقرة بعد تأجيل الاجتماع مرتين.")
    assert [e[1] for e in held if e[0] == "meet"] == ["occurred"]
