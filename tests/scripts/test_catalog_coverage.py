"""scripts/catalog_coverage.py: the coverage table of issue 14's offices, on made-up entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from script_module import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "catalog_coverage.py"
cov = load_script(SCRIPT)
Term = cov.Term


def _row(rows, name):
    return next(row for group, row in rows if group.name == name)


def test_slots_days_holders_and_the_left_out_are_counted():
    """A foreign ministry held by two people, one sourced with a Wikidata id and one by hand, leaves
    no day of the window uncovered; a sourced holder the catalog lacks is counted as left out."""
    people = [
        {
            "id": "per:a",
            "qid": "Q1",
            "offices": [
                {
                    "role": "foreign_minister",
                    "of": "JO",
                    "start": "2010-01-01",
                    "end": "2020-12-31",
                    "source": "ep/x",
                }
            ],
        },
        {
            "id": "per:b",
            "offices": [
                {"role": "foreign_minister", "of": "JO", "start": "2021-01-01", "end": None, "source": "hand"}
            ],
        },
        {
            "id": "per:c",
            "offices": [{"role": "foreign_minister", "of": "JO", "start": "2001-01-01", "end": "2009-12-31"}],
        },
    ]
    sourced = [
        Term("Q1", "A", "", "foreign_minister", "JO", "2010-01-01", "2020-12-31", "ep/x"),
        Term("Q9", "Left Out", "", "foreign_minister", "JO", "2016-01-01", "2016-06-30", "ep/x"),
        Term("Q8", "Too Early", "", "foreign_minister", "JO", "2005-01-01", "2008-06-30", "ep/x"),
    ]
    row = _row(cov.count(people, sourced), "Arab League: foreign ministers")
    assert row.slots == {("foreign_minister", "JO")}
    assert len(row.days[("foreign_minister", "JO")]) == (cov.WINDOW[1] - cov.WINDOW[0]).days + 1
    assert row.holders == {"per:a", "per:b"} and row.with_qid == {"per:a"} and row.hand_terms == {"per:b"}
    assert list(row.left_out) == ["Q9"]


def test_a_gap_between_holders_shows_in_the_gaps_list():
    """Two years nobody in the catalog holds the office: the slot is listed below 90 %."""
    people = [
        {
            "id": "per:a",
            "offices": [{"role": "defense_minister", "of": "US", "start": "2015-01-01", "end": "2016-12-31"}],
        },
        {
            "id": "per:b",
            "offices": [{"role": "defense_minister", "of": "US", "start": "2019-01-01", "end": None}],
        },
    ]
    rows = cov.count(people, [])
    days = len(_row(rows, "main actors: defence ministers").days[("defense_minister", "US")])
    assert days == (cov.WINDOW[1] - cov.WINDOW[0]).days + 1 - (dt.date(2019, 1, 1) - dt.date(2017, 1, 1)).days
    assert any(
        line.startswith("main actors: defence ministers\tdefense_minister\tUS\t0.8")
        for line in cov.gaps(rows)
    )
