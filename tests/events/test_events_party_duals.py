"""Dual nouns ("الجانبان"، "الطرفان"، "البلدين") as the subject of an agree or sign verb stand for the two sides of
the story's latest event with two sides, not for whatever else the sentence names."""

from rasd.lang.normalize import fold

from .analyzed import of_type, parties


def test_the_two_sides_agree_as_the_states_that_signed_before() -> None:
    text = "وقعت مصر والأردن اتفاقية للتجارة. كما أكدت اللجنة المشتركة أن الطرفين اتفقا على فتح الحدود."
    assert parties(text, "agree") == [["Egypt", "Jordan"]]


def test_the_two_sides_after_the_verb_are_the_meeting_parties() -> None:
    text = (
        "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في القاهرة. "
        "ووقع الجانبان في حضور اللجنة المشتركة مذكرة تفاهم للتعاون."
    )
    assert parties(text, "sign") == [["Ayman Safadi", "Sameh Shoukry"]]


def test_named_parties_are_kept() -> None:
    text = "وقعت مصر والأردن اتفاقية للتجارة. واتفقت السعودية والإمارات على فتح الحدود."
    assert ["Saudi Arabia", "United Arab Emirates"] in parties(text, "agree")


def test_the_two_sides_agree_where_they_signed() -> None:
    text = "وقعت مصر والأردن في القاهرة اتفاقية للتجارة. وأكدت التقارير أن الطرفين اتفقا على فتح الحدود."
    got = of_type(text, "agree")
    assert got == [("occurred", ["Egypt", "Jordan"], "Cairo")]


def test_the_two_presidents_are_the_callers_told_before() -> None:
    text = (
        "وتلقى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب. "
        "وقال وزير الخارجية المصري سامح شكري إن الرئيسين اتفقا على مواصلة التنسيق."
    )
    assert parties(text, "agree") == [["Abdel Fattah el-Sisi", "Donald Trump"]]


def test_only_duals_of_people_let_a_sentence_take_the_salient_people() -> None:
    """`people` duals (الوزيران) stand for persons a meeting may take from the story; `states` duals (البلدان)
    name two states and only stand for an agreement's sides."""
    from rasd.events.extract import _has_dual, load_event_lexicon

    lex = load_event_lexicon()
    assert _has_dual("وبحث الوزيران سبل التعاون", lex.people_duals)
    assert not _has_dual("وبحث البلدان سبل التعاون", lex.people_duals)
    assert fold("البلدين") in lex.party_duals
