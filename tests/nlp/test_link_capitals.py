"""A capital is its city where it is a place, its state where it acts (invented sentences)."""

import datetime as dt

import pytest

from rasd.nlp.entities import find_entities, load_entity_resources


@pytest.fixture(scope="module")
def res():
    return load_entity_resources()


def linked(text: str, res, published: dt.date | None = None) -> dict[str, list[str]]:
    return {e.name_en: [m.text for m in e.mentions] for e in find_entities(text, published, res)}


def test_pressure_on_a_capital_is_on_its_state(res) -> None:
    got = linked("وفرضت الحكومة عقوبات جديدة على موسكو.", res)
    assert got.get("Russia") == ["موسكو"]
    assert "Moscow" not in got


def test_a_gathering_named_by_its_host_city(res) -> None:
    got = linked("ويشارك الزعماء في قمة الرياض ومؤتمر القاهرة.", res)
    assert got.get("Riyadh") == ["الرياض"]
    assert got.get("Cairo") == ["القاهرة"]


def test_the_seat_of_an_office_below_the_state(res) -> None:
    got = linked("التقى الوفد ولي عهد أبوظبي ثم عمدة موسكو.", res)
    assert got.get("Abu Dhabi") == ["أبوظبي"]
    assert got.get("Moscow") == ["موسكو"]
    assert "United Arab Emirates" not in got
