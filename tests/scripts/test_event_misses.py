"""scripts/event_misses.py: each missed gold event goes to the first cause that holds (hand-built gold and
output, scored by the shared scorer's own matching)."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_module import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "event_misses.py"
MEET = {
    "id": "m",
    "type": "meet",
    "status": "occurred",
    "participants": ["Alpha", "Beta"],
    "location": "Rome",
}


@pytest.fixture(scope="module")
def tools(shared: Path):
    misses = load_script(SCRIPT)
    return misses, misses.load_scorer(shared)


def _cause(
    tools, output: list[dict], unfiltered: list[dict] | None = None, entities=("Alpha", "Beta")
) -> str:
    misses, s = tools

    def doc(events: list[dict]) -> dict:
        story = {"title": "t", "text": "", "events": events, "entities": [{"name_en": n} for n in entities]}
        return {"documents": [{"source": "x.txt", "stories": [story]}]}

    gold = s.Gold(Path("g.yaml"), {}, {}, {}, {"x.txt": {"events": [MEET]}}, None)
    out = s.parse_output(doc(output))
    out0 = s.parse_output(doc(unfiltered)) if unfiltered is not None else None
    found = misses.misses(s, gold, out, out0)
    return found[0].cause if found else "matched"


def _meet(*people: str, kind: str = "meet", place: str = "Rome") -> dict:
    return {"type": kind, "status": "occurred", "participants": list(people), "location": place}


def test_a_full_match_is_no_miss(tools) -> None:
    assert _cause(tools, [_meet("Alpha", "Beta")]) == "matched"


def test_all_parties_but_another_place_is_a_detail(tools) -> None:
    assert _cause(tools, [_meet("Alpha", "Beta", place="Paris")]) == "5 detail"


def test_a_party_found_but_not_attached(tools) -> None:
    assert _cause(tools, [_meet("Alpha", "Gamma")]) == "3 not a party"


def test_a_party_that_is_no_entity_of_the_story(tools) -> None:
    assert _cause(tools, [_meet("Alpha")], entities=("Alpha",)) == "3 no entity"


def test_the_same_parties_under_another_type(tools) -> None:
    assert _cause(tools, [_meet("Alpha", "Beta", kind="call")]) == "2 type"


def test_a_statement_of_one_party_is_no_misread_type(tools) -> None:
    assert _cause(tools, [_meet("Alpha", kind="statement")]) == "1 trigger"


def test_nothing_opened_with_its_parties_named(tools) -> None:
    assert _cause(tools, []) == "1 trigger"


def test_nothing_opened_and_a_party_unnamed(tools) -> None:
    assert _cause(tools, [], entities=("Alpha",)) == "1 no entity"


def test_dropped_by_the_filter(tools) -> None:
    assert _cause(tools, [], unfiltered=[_meet("Alpha", "Beta")]) == "4 filter"
    assert _cause(tools, [], unfiltered=[_meet("Alpha", "Gamma")]) == "4 filter"
