"""A capital is its city where it is a place, its state where it acts (invented sentences)."""


def test_pressure_on_a_capital_is_on_its_state(linked) -> None:
    got = linked("وفرضت الحكومة عقوبات جديدة على موسكو.")
    assert got.get("Russia") == ["موسكو"]
    assert "Moscow" not in got


def test_a_gathering_named_by_its_host_city(linked) -> None:
    got = linked("ويشارك الزعماء في قمة الرياض ومؤتمر القاهرة.")
    assert got.get("Riyadh") == ["الرياض"]
    assert got.get("Cairo") == ["القاهرة"]


def test_the_seat_of_an_office_below_the_state(linked) -> None:
    got = linked("التقى الوفد ولي عهد أبوظبي ثم عمدة موسكو.")
    assert got.get("Abu Dhabi") == ["أبوظبي"]
    assert got.get("Moscow") == ["موسكو"]
    assert "United Arab Emirates" not in got
