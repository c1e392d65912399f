"""The words around an attack noun (events/attack_words.tsv), on invented sentences: a supposed strike
(أي هجوم) is no event, a claim names the attacker, and a group after a target noun is struck, not
striking."""

from __future__ import annotations

from rasd.events.extract import load_attack_words

from .analyzed import events, parties


def test_a_supposed_strike_is_no_attack() -> None:
    text = "وأكد الوزير القطري أن أي اعتداء على الكويت هو اعتداء على قطر."
    assert parties(text, "attack") == []


def test_refraining_from_any_strike_is_no_attack() -> None:
    text = "واتفق الجيش السوداني وقوات الدعم السريع على الامتناع عن شن أي هجوم على المدنيين."
    assert parties(text, "attack") == []


def test_the_group_claiming_a_strike_is_its_attacker() -> None:
    text = "وأعلن تنظيم داعش مسؤوليته عن هجوم بسيارة مفخخة في سوق بمدينة بعقوبة."
    assert parties(text, "attack") == [["Islamic State"]]


def test_the_group_held_responsible_is_the_attacker() -> None:
    text = "وحملت السلطات المحلية قوات الدعم السريع مسؤولية الهجوم على مسجد في مدينة الفاشر."
    assert parties(text, "attack") == [["Rapid Support Forces"]]


def test_a_group_after_a_target_noun_is_struck_not_striking() -> None:
    text = "وركزت الطائرات غاراتها على مواقع حزب العمال الكردستاني في العراق."
    assert parties(text, "attack") == []


def test_a_named_attacker_of_a_groups_positions_keeps_the_attack() -> None:
    text = "وشنت القوات التركية غارات على مواقع حزب العمال الكردستاني شمال العراق."
    got = parties(text, "attack")
    assert got and "Kurdistan Workers' Party" in got[0] and len(got[0]) >= 2


def test_every_kind_of_attack_word_is_read() -> None:
    words = load_attack_words()
    assert "اي" in words.supposed and "مواقع" in words.targets and "مسؤوليته" in words.claims


def test_the_subject_strikes_when_the_phrase_names_only_the_struck() -> None:
    text = "وينفذ الجيش التركي غارات جوية على قواعد حزب العمال الكردستاني في شمال العراق."
    got = [e for e in events(text) if e[0] == "attack"]
    assert [(people, place) for _, _, people, place in got] == [
        (["Kurdistan Workers' Party", "Turkey"], "Iraq")
    ]


def test_who_condemns_a_strike_is_not_its_attacker() -> None:
    text = "ونددت الحكومة الأمريكية بشدة بغارة على مسجد في مدينة الفاشر."
    assert all("United States" not in people for people in parties(text, "attack"))


def test_a_state_adjective_of_another_noun_does_not_strike() -> None:
    text = "ونفذ المسلحون غارات عبر الحدود اليمنية أمس."
    assert parties(text, "attack") == []
