"""Cabinet portfolios in the catalog: their Arabic titles are found, and their holders are sourced."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

SOURCED = Path(__file__).resolve().parents[2] / "rasd" / "data" / "entities" / "sourced"


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
def test_portfolio_titles_are_found(role_matcher, text, role, of):
    hits = role_matcher.find(text)
    assert [(h.role, h.of) for h in hits] == [(role, of)]


def _portfolio_roles(catalog) -> set[str]:
    return {t.role for t in catalog.role_titles() if t.role.endswith("_minister")} - {
        "foreign_minister",
        "defense_minister",
        "prime_minister",
        "national_security_minister",
    }


def _sourced_portfolios() -> set[tuple[str, str]]:
    """(role, state) of every term in the sourced lists (offices.tsv), whether or not the catalog took it."""
    rows = (SOURCED / "offices.tsv").read_text(encoding="utf-8").splitlines()
    return {tuple(r.split("\t")[3:5]) for r in rows if r.strip() and not r.startswith("#")}


def _hand_rows() -> set[tuple[str, str, str, str]]:
    rows = (SOURCED / "hand_portfolios.tsv").read_text(encoding="utf-8").splitlines()
    return {tuple(r.split("\t")[:4]) for r in rows if r.strip() and not r.startswith("#")}


def _people() -> list[dict]:
    """people.jsonl as written: the loaded catalog keeps no office's source or note."""
    lines = (SOURCED.parent / "people.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("#")]


def test_portfolio_holders_come_from_the_sourced_lists(catalog):
    """Every portfolio office is sourced, or a hand term of hand_portfolios.tsv for a portfolio the
    state's list lacks entirely; every term ends (at the source's or the hand list's snapshot)."""
    portfolio = _portfolio_roles(catalog)
    held = [(p, o) for p in _people() for o in p.get("offices", []) if o["role"] in portfolio]
    sourced = [(p, o) for p, o in held if o["source"] != "hand"]
    hand = [(p, o) for p, o in held if o["source"] == "hand"]
    assert len(sourced) > 100
    assert all(p.get("qid") for p, _ in sourced)
    assert all(o["end"] for _, o in held)  # open terms end at a snapshot
    listed = _sourced_portfolios()
    rows = _hand_rows()
    for p, o in hand:
        # written by the build script from its row, with the reference, for a portfolio no list has
        assert (p["id"], o["role"], o["of"], o["start"]) in rows, (p["id"], o["role"])
        assert "reference: " in o.get("note", ""), (p["id"], o["role"])
        assert (o["role"], o["of"]) not in listed, (p["id"], o["role"], o["of"])
        assert not any(
            q["start"] <= o["end"] and o["start"] <= q["end"]
            for _, q in sourced
            if (q["role"], q["of"]) == (o["role"], o["of"])
        )
    assert len(hand) == len(rows)  # every row reached the catalog


def test_the_hand_portfolios_name_the_saudi_interior_ministers(catalog):
    """Saudi Arabia's list has no interior minister: the hand rows give one on each side of 2017-06-21."""
    assert [p.id for p in catalog.holders("interior_minister", "SA", dt.date(2016, 3, 1))] == [
        "per:muhammad-bin-nayef"
    ]
    assert [p.id for p in catalog.holders("interior_minister", "SA", dt.date(2020, 3, 1))] == [
        "per:abdulaziz-bin-saud-bin-nayef"
    ]
    assert catalog.holders("interior_minister", "SA", dt.date(2026, 1, 1)) == ()  # after the snapshot


def test_an_interior_minister_on_a_day(catalog):
    holders = catalog.holders("interior_minister", "IQ", dt.date(2021, 6, 1))
    assert len(holders) == 1 and holders[0].qid
