"""Event recall on unseen news (issue 10, branch h-recall): constructions of Arabic news that tell an event
the trigger lexicon did not read. Composed sentences, the learned filter off (`analyzed.events`)."""

from .analyzed import of_type


def test_a_joint_press_conference_with_a_counterpart_is_a_meeting() -> None:
    text = (
        "وقال الرئيس المصري عبد الفتاح السيسي خلال مؤتمر صحفي مع الرئيس الأمريكي دونالد ترامب إن السلام ممكن."
    )
    assert ("occurred", ["Abdel Fattah el-Sisi", "Donald Trump"]) in [
        (s, p) for s, p, _ in of_type(text, "meet")
    ]


def test_a_press_conference_held_with_someone_is_a_meeting() -> None:
    text = "وقال الرئيس المصري عبد الفتاح السيسي خلال مؤتمر صحافي عقده مع الرئيس الأمريكي دونالد ترامب إن السلام ممكن."
    assert [p for _, p, _ in of_type(text, "meet")] == [["Abdel Fattah el-Sisi", "Donald Trump"]]


def test_a_press_conference_alone_is_no_meeting() -> None:
    text = "وقال الرئيس المصري عبد الفتاح السيسي خلال مؤتمر صحفي إن الرئيس الأمريكي دونالد ترامب يريد السلام."
    assert of_type(text, "meet") == []


def test_a_relief_plane_is_aid_of_the_state_that_sends_it() -> None:
    text = "وتوجهت طائرة سعودية ثانية محملة بالمواد الإغاثية إلى عدن أمس."
    assert [(s, p, place) for s, p, place in of_type(text, "aid")] == [("occurred", ["Saudi Arabia"], "Aden")]


def test_a_plane_with_no_relief_is_no_aid() -> None:
    text = "وتوجهت طائرة سعودية ثانية إلى عدن أمس."
    assert of_type(text, "aid") == []


def test_a_minister_heading_somewhere_today_has_not_arrived() -> None:
    text = "ويتوجه وزير الخارجية السعودي عادل الجبير اليوم إلى موسكو في زيارة رسمية."
    assert [s for s, p, _ in of_type(text, "visit") if "Adel al-Jubeir" in p] == ["planned"]


def test_a_minister_who_headed_somewhere_has_travelled() -> None:
    text = "وتوجه وزير الخارجية السعودي عادل الجبير أمس إلى موسكو في زيارة رسمية."
    assert [s for s, p, _ in of_type(text, "visit") if "Adel al-Jubeir" in p] == ["occurred"]


ARRIVAL = "وصل أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح أمس إلى الرياض في زيارة دولة. "


def test_a_reception_of_his_highness_receives_the_visitor() -> None:
    text = ARRIVAL + "وكان في مقدمة مستقبلي سموه على أرض المطار الأمير محمد بن سلمان."
    (meeting,) = [p for _, p, _ in of_type(text, "meet")]
    assert "Mishal Al-Ahmad Al-Jaber Al-Sabah" in meeting


def test_an_honorific_that_is_not_after_the_reception_names_no_one_received() -> None:
    text = (
        ARRIVAL + "واستقبل الأمير محمد بن سلمان وزير الخارجية الأمريكي أنتوني بلينكن، وأكد سموه دعم السلام."
    )
    assert ["Antony Blinken", "Mohammed bin Salman"] in [p for _, p, _ in of_type(text, "meet")]
    assert all("Mishal Al-Ahmad Al-Jaber Al-Sabah" not in p for _, p, _ in of_type(text, "meet"))


def test_a_day_after_another_event_is_not_tomorrow() -> None:
    text = "وجاءت زيارة وزير الدفاع الأمريكي أشتون كارتر لأربيل بعد يوم من زيارة لبغداد."
    assert [s for s, p, _ in of_type(text, "visit") if "Ashton Carter" in p] == ["occurred"]


def test_a_day_after_today_is_still_tomorrow() -> None:
    text = "ويزور وزير الدفاع الأمريكي أشتون كارتر بغداد بعد يومين."
    assert [s for s, p, _ in of_type(text, "visit") if "Ashton Carter" in p] == ["planned"]
