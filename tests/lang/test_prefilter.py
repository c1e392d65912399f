"""The pattern gate: a necessary condition only, so a pattern it skips cannot match."""

from __future__ import annotations

import re
import sys

import pytest

from rasd.lang.prefilter import CASE_TRAPS, PatternGate, required_factors
from rasd.nlp.timex_lex import patterns


@pytest.mark.parametrize(
    ("pattern", "factors"),
    [
        (r"(?:19|20)\d\d", [{f"{c}{d}" for c in ("19", "20") for d in "0123456789"}, set("0123456789")]),
        (r"(?<!\w)(?:منذ|قبل)\s+[a-z]+", [{"منذ", "قبل"}]),
        (r"عيد\s+ال(?:فطر|اضحي)", [{"الفطر", "الاضحي"}, {"عيد"}]),
        (r"[^ab]+", []),
        (r"(?:abc)?x?", []),
    ],
)
def test_required_factors(pattern: str, factors: list[set[str]]) -> None:
    assert [set(c) for c in required_factors(re.compile(pattern))] == factors


def test_ignorecase_factors_are_lower_case() -> None:
    assert required_factors(re.compile("January|Feb", re.IGNORECASE)) == ({"january", "feb"},)
    assert required_factors(re.compile("January")) == ()  # a cased letter that must keep its case


def test_case_traps_are_every_non_ascii_match_of_a_latin_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(0x80, sys.maxunicode + 1) if letter.fullmatch(chr(c))}
    assert found == CASE_TRAPS


ARABIC = [
    "التقى الرئيس أمس الأربعاء 12 أكتوبر 2024 نظيره",
    "وصل الوفد في الخامس عشر من رمضان 1445 هـ",
    "قال إنه سيزور القاهرة الأسبوع المقبل",
    "بين 3 و5 يوليو",
    "no date here at all",
    "on January 5, 2023",
    "وذكرت الوكالة أن الاجتماع جرى في الرياض",
    "منذ ثلاثة أيام",
    "ſeptember",
    "في ١٢ مايو ٢٠٢٤",
    "on १२ May",
]


@pytest.mark.parametrize("text", ARABIC)
def test_gate_lets_through_every_pattern_that_matches(text: str) -> None:
    compiled = patterns()
    gate = PatternGate(compiled)
    possible = gate.possible(text)
    for name, pattern in compiled.items():
        if pattern.search(text):
            assert name in possible, name


def test_gate_skips_patterns_without_their_words() -> None:
    gate = PatternGate(patterns())
    assert "hijri_num" not in gate.possible("وذكرت الوكالة أن الاجتماع جرى في الرياض")
