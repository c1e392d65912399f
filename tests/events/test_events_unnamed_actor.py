"""Events whose actor the text does not name: a trip read with only states as the traveller, an attack
with only the struck place and its state (rasd.events.extract._states_travel, _only_struck)."""

from .analyzed import parties


def test_a_delegation_of_no_named_body_makes_no_state_visit() -> None:
    """ "يزور وفد من المعارضة السورية موسكو": neither Russia nor Syria travels."""
    text = "قال مصدر روسي إن من المقرر أن يزور وفد من المعارضة السورية موسكو الأسبوع المقبل.\n"
    assert parties(text, "visit") == []


def test_a_named_traveller_still_visits() -> None:
    text = "وصل وزير الخارجية السعودي عادل الجبير إلى موسكو أمس في زيارة رسمية.\n"
    visits = parties(text, "visit")
    assert visits and "Adel al-Jubeir" in visits[0]


def test_an_attack_without_its_attacker_is_no_event() -> None:
    text = "قتل عشرة أشخاص في هجوم على سوق في مدينة بعقوبة العراقية أمس.\n"
    assert parties(text, "attack") == []


def test_an_attack_with_its_attacker_is_one() -> None:
    text = "قتل عشرة أشخاص في هجوم شنه تنظيم داعش على سوق في مدينة بعقوبة العراقية أمس.\n"
    assert parties(text, "attack") == [["Iraq", "Islamic State"]]
