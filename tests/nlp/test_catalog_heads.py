"""Heads of every state and the blocs Arab news names (issue 14, December 2026): the 47 lists added then
give dated heads with hand Arabic names, and the blocs and groups are found by their Arabic names.
Holders and names are the real catalog's; the sentence is composed for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.nlp.entities import find_entities


@pytest.mark.parametrize(
    ("role", "of", "day", "name"),
    [
        ("president", "CH", "2015-08-01", "Simonetta Sommaruga"),  # a one-year presidency
        ("president", "CH", "2016-08-01", "Johann Schneider-Ammann"),
        ("president", "BJ", "2015-08-01", "Thomas Boni Yayi"),
        ("president", "BJ", "2016-08-01", "Patrice Talon"),
        ("president", "LR", "2015-08-01", "Ellen Johnson Sirleaf"),
        ("president", "SG", "2015-08-01", "Tony Tan Keng Yam"),
        ("prime_minister", "SG", "2015-08-01", "Lee Hsien Loong"),
        ("president", "TD", "2015-08-01", "Idriss Déby"),
        ("prime_minister", "MY", "2015-08-01", "Najib Razak"),
        ("president", "PH", "2017-01-01", "Rodrigo Duterte"),
    ],
)
def test_heads_of_the_added_states_on_a_day(catalog, role, of, day, name):
    holders = catalog.holders(role, of, dt.date.fromisoformat(day))
    assert [h.name_en for h in holders] == [name]


def test_a_head_whose_arabic_name_reads_as_common_words_stays_out(catalog):
    # أوهورو كينياتا: كينياتا has the consonant skeleton of كنت ("I was"), أوهورو of a common word too
    assert not catalog.by_name("أوهورو كينياتا")
    assert not catalog.holders("president", "KE", dt.date(2015, 8, 1))


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        ("قوى 14 آذار", "MARCH_14_ALLIANCE"),
        ("جماعة خراسان", "KHORASAN_GROUP"),
        ("المؤتمر الوطني العام", "LY_GNC"),
        ("حكومة الإنقاذ الوطني", "LY_NSG"),
        ("القوى الست الكبرى", "P5+1"),
        ("المرصد السوري لحقوق الإنسان", "SOHR"),
    ],
)
def test_blocs_and_groups_by_arabic_name(catalog, name, entity):
    assert catalog.by_name(name)[0].id == entity


@pytest.mark.parametrize("date_words", ["14 آذار", "8 آذار", "حكومة الإنقاذ"])
def test_a_date_or_a_generic_phrase_is_no_bloc(catalog, date_words):
    assert not catalog.by_name(date_words)


def test_a_cable_to_a_head_of_another_state_links_him(entity_resources):
    resources = entity_resources
    text = "بعث خادم الحرمين الشريفين برقية تهنئة للرئيس سيمونيتا سوماروغا رئيسة الاتحاد السويسري."
    names = {e.name_en for e in find_entities(text, dt.date(2015, 8, 1), resources)}
    assert "Simonetta Sommaruga" in names
