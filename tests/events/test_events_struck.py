"""A raid on a site of a state the story never names: the struck state is no participant, and the
story is still analysed (it raised KeyError before: the state was not among the story's entities)."""

from __future__ import annotations

import rasd


def test_a_raid_on_an_airport_of_an_unnamed_state_is_an_attack_by_the_raider() -> None:
    doc = rasd.analyze_text("وشنت إسرائيل يوم الثلاثاء غارة جوية على مطار دمشق الدولي.")
    (story,) = doc.stories
    attacks = [e for e in story.events if e.type == "attack"]
    assert [e.participants for e in attacks] == [("IL",)]
