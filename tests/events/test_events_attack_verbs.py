"""Attacks told by a verb (قصفت، هاجموا، شن), on invented sentences: the verb's subject strikes, before
it or right after it; a verb with no named subject, or a launch of no strike, is no attack."""

from __future__ import annotations

from .analyzed import of_type, parties


def test_the_subject_after_a_bombing_verb_strikes() -> None:
    text = "وقصفت الطائرات الإيرانية مواقع حزب العمال الكردستاني في شمال العراق."
    assert of_type(text, "attack") == [("occurred", ["Iran", "Kurdistan Workers' Party"], "Iraq")]


def test_the_subject_before_a_plural_verb_strikes() -> None:
    text = "وقال شهود إن الحوثيين قصفوا أحياء سكنية في مدينة تعز."
    assert of_type(text, "attack") == [("occurred", ["Houthis"], "Taiz")]


def test_a_verb_with_no_named_attacker_is_no_attack() -> None:
    text = "وقال سكان إن مسلحين هاجموا فندقا في وسط مالي يقيم فيه موظفو الأمم المتحدة."
    assert parties(text, "attack") == []


def test_launching_a_campaign_is_no_attack() -> None:
    text = "وتشن قوات الأمن المصرية حملات أمنية واسعة في عدة مدن."
    assert parties(text, "attack") == []


def test_a_time_between_commas_keeps_the_verbs_subject() -> None:
    text = "وشن سلاح الجو الأردني صباح اليوم، غارات على مواقع لتنظيم داعش في سوريا."
    assert of_type(text, "attack") == [("occurred", ["Islamic State", "Jordan"], "Syria")]


def test_a_verb_with_an_object_pronoun_takes_its_subject_after() -> None:
    text = "وتقدم المقاتلون نحو الحوثيين بمساندة ضربات جوية يشنها التحالف العربي."
    assert parties(text, "attack") == [["Saudi-led coalition"]]


def test_a_strike_in_a_state_with_no_spot_told_is_placed_in_the_state() -> None:
    text = "وشنت فرنسا غارات على تنظيم داعش في العراق."
    assert of_type(text, "attack") == [("occurred", ["France", "Islamic State"], "Iraq")]


def test_a_groups_own_attacks_name_it_the_attacker() -> None:
    text = "ومنذ أسبوع كثف حزب العمال الكردستاني هجماته على قوات الأمن التركية."
    assert parties(text, "attack") == [["Kurdistan Workers' Party", "Turkey"]]


def test_the_group_a_target_pronoun_names_is_struck() -> None:
    text = "وكثف حزب العمال الكردستاني نشاطه بينما تشن المقاتلات التركية غارات على مواقعه في شمال العراق."
    got = of_type(text, "attack")
    assert [(people, place) for _, people, place in got] == [(["Kurdistan Workers' Party", "Turkey"], "Iraq")]


def test_a_shelling_after_a_glued_preposition_is_read() -> None:
    text = "وقتل عشرة مسلحين بقصف لطيران التحالف الدولي في الفلوجة."
    assert parties(text, "attack") == [["Global Coalition to Defeat ISIS"]]
