"""Cabinet portfolios in the catalog: their Arabic titles are found, and their holders are sourced."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.nlp.catalog import load_catalog
from rasd.nlp.roles import RoleMatcher


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def matcher(catalog):
    return RoleMatcher(catalog)


@pytest.mark.parametrize(
    ("text", "role", "of"),
    [
        ("استقبل وزير الداخلية العراقي وفدا", "interior_minister", "IQ"),
        ("وقالت وزيرة المالية التونسية إن", "finance_minister", "TN"),
        ("وأعلن وزير النفط الكويتي", "oil_minister", "KW"),
        ("وزير الأوقاف والشؤون الإسلامية المغربي", "awqaf_minister", "MA"),
        ("التقى وزير داخلية الأردن", "interior_minister", "JO"),
        # the deputy's title holds the premier's: not the prime minister
        ("نائب رئيس الوزراء الكويتي", "deputy_prime_minister", "KW"),
        # the longest title wins: higher education, not education
        ("وزير التعليم العالي العراقي", "higher_education_minister", "IQ"),
    ],
)
def test_portfolio_titles_are_found(matcher, text, role, of):
    hits = matcher.find(text)
    assert [(h.role, h.of) for h in hits] == [(role, of)]


def test_portfolio_holders_come_from_the_sourced_lists(catalog):
    """Every portfolio office is sourced (no hand term follows them), and every holder has a Wikidata id."""
    portfolio = {t.role for t in catalog.role_titles() if t.role.endswith("_minister")} - {
        "foreign_minister",
        "defense_minister",
        "prime_minister",
        "national_security_minister",
    }
    held = [(p, o) for p in catalog if p.kind == "person" for o in p.offices if o.role in portfolio]
    assert len(held) > 100
    assert all(p.qid for p, _ in held)
    assert all(o.end is not None for _, o in held)  # open terms end at the source's snapshot


def test_an_interior_minister_on_a_day(catalog):
    holders = catalog.holders("interior_minister", "IQ", dt.date(2021, 6, 1))
    assert len(holders) == 1 and holders[0].qid
