"""Which stay of a story an event belongs to, and the place it takes from it (rasd.events.trips), on
hand-built events: a trigger's start is where the invented text tells it."""

import dataclasses

from rasd.events.trips import (
    cues,
    legs_of,
    load_trip_words,
    place_from_stays,
    place_from_together,
    split_tours,
)
from rasd.lang.tokens import tokenize
from rasd.records import Event, Trigger
from rasd.settings import Settings

#: An invented story: a trip to Cairo, talks there, a second trip to Riyadh, a meeting there, then the
#: minister back home saying something. Offsets below point into it.
STORY = (
    "وصل الوزير إلى القاهرة أمس. والتقى الوزير نظيره. "
    "ثم توجه الوزير إلى الرياض. واجتمع الوزير بولي العهد. "
    "وبعد عودته إلى بلاده التقى الوزير رئيس الحكومة."
)


def at(word: str, nth: int = 0) -> int:
    """Where the `nth` occurrence of `word` starts in STORY."""
    start = -1
    for _ in range(nth + 1):
        start = STORY.index(word, start + 1)
    return start


def visit(place: str, who: tuple[str, ...], start: int, status: str = "occurred") -> Event:
    return Event("visit", status, who, (Trigger(start, start + 3, "وصل"),), place, actors=who)


def act(kind: str, parties: tuple[str, ...], start: int, place: str | None = None) -> Event:
    return Event(kind, "occurred", parties, (Trigger(start, start + 4, "التقى"),), place, actors=parties)


CAIRO = visit("Cairo", ("per:min",), at("وصل"))
RIYADH = visit("Riyadh", ("per:min",), at("توجه"))
RIYADH_FIRST = visit("Riyadh", ("per:min",), at("وصل"))


def placed(*events: Event) -> list[str | None]:
    legs = legs_of([e for e in events if e.type == "visit"])
    return [e.location for e in place_from_stays(events, legs, tokenize(STORY), load_trip_words())]


def test_a_meeting_after_a_visit_takes_its_destination() -> None:
    """ "وصل الوزير إلى القاهرة … والتقى الوزير نظيره": the talks are in Cairo."""
    assert placed(CAIRO, act("meet", ("per:min", "per:peer"), at("والتقى")))[1] == "Cairo"


def test_a_meeting_of_another_person_takes_no_destination() -> None:
    """The story's other people did not travel: their meeting keeps no place."""
    assert placed(CAIRO, act("meet", ("per:x", "per:y"), at("والتقى")))[1] is None


def test_a_second_trip_opens_a_new_stay() -> None:
    """The meeting told after "ثم توجه الوزير إلى الرياض" is in Riyadh, not in the first city."""
    got = placed(
        CAIRO,
        RIYADH,
        act("meet", ("per:min", "per:peer"), at("والتقى")),
        act("meet", ("per:min", "per:crown"), at("واجتمع")),
    )
    assert got[2:] == ["Cairo", "Riyadh"]


def test_a_reception_told_before_the_arrival_takes_the_first_leg_after_it() -> None:
    """A headline's reception precedes "وكان الوزير قد وصل": the first leg told after it."""
    late = visit("Riyadh", ("per:min",), at("توجه"))
    assert placed(act("meet", ("per:min", "per:crown"), at("والتقى")), late)[0] == "Riyadh"


def test_a_meeting_at_home_after_the_trip_takes_no_place() -> None:
    """ "وبعد عودته إلى بلاده التقى …": after a word of coming back the stay is over."""
    home = act("meet", ("per:min", "per:pm"), at("التقى", 1))
    assert placed(CAIRO, RIYADH, home)[2] is None


def test_a_call_takes_no_place() -> None:
    """Calls are never placed by a visit (docs/labelling.md: calls have no place)."""
    assert placed(CAIRO, act("call", ("per:min", "per:peer"), at("والتقى")))[1] is None


def test_a_statement_made_at_home_after_the_trip_takes_no_place() -> None:
    """Statements are not placed by a stay here (most gold statements have no place), and one told after
    the return stays unplaced."""
    said = act("statement", ("per:min",), at("التقى", 1))
    assert placed(CAIRO, RIYADH, said)[2] is None


def test_an_own_place_is_kept() -> None:
    """A meeting whose own clause names a place keeps it."""
    assert placed(CAIRO, act("meet", ("per:min", "per:peer"), at("والتقى"), "Alexandria"))[1] == "Alexandria"


def test_a_held_meeting_is_not_placed_on_a_trip_still_to_come() -> None:
    """ "التقى … ووجه الدعوة لزيارة الرياض": a planned leg lends nothing to talks that took place."""
    planned = visit("Riyadh", ("per:min",), at("وصل"), status="planned")
    assert placed(planned, act("meet", ("per:min", "per:peer"), at("والتقى")))[1] is None


def test_a_leg_to_a_state_next_to_a_leg_to_its_city_is_that_city() -> None:
    """ "وصل إلى الرياض … في أول زيارة إلى المملكة": one stay, in Riyadh."""
    state = visit("Saudi Arabia", ("per:min",), at("توجه"))
    legs = legs_of([RIYADH_FIRST, state], {"Riyadh": "Saudi Arabia"}.get)
    assert [leg.place for leg in legs] == ["Riyadh", "Riyadh"]


def test_a_mention_placed_in_the_travellers_own_state_is_no_leg() -> None:
    """ "في زيارة تعكس العلاقات التي تجمع المملكة وعمان": the visitor's home is a topic, not where he went."""
    home = visit("Saudi Arabia", ("per:min",), at("توجه"))
    merged = dataclasses.replace(CAIRO, triggers=CAIRO.triggers + home.triggers)
    legs = legs_of([CAIRO, home], lambda _: None, {"per:min": "Saudi Arabia"}.get, [merged])
    assert [leg.place for leg in legs] == ["Cairo"]


def test_a_trip_to_the_hosts_state_told_as_its_own_visit_is_a_leg() -> None:
    """ "زار الوزير القاهرة … وكان قد زار الولايات المتحدة والتقى الرئيس": the host's state is a
    destination when the mention is a visit record of its own."""
    abroad = visit("United States", ("per:min", "per:president"), at("توجه"))
    states = {"per:president": "United States"}.get
    legs = legs_of([CAIRO, abroad], lambda _: None, states, [CAIRO, abroad])
    assert [leg.place for leg in legs] == ["Cairo", "United States"]


def test_departure_words_are_found_with_a_glued_conjunction() -> None:
    words = load_trip_words().departures
    assert cues(tokenize("وغادر الوزير العاصمة. وقال إن"), words) == (0,)
    assert cues(tokenize("التقى الوزير نظيره"), words) == ()


def test_a_break_is_a_phrase_of_several_words() -> None:
    words = load_trip_words().breaks
    assert cues(tokenize("قال الوزير. ومن جهة أخرى أعلنت"), words) == (12,)
    assert cues(tokenize("من جهة الوزارة"), words) == ()


def test_no_stay_reaches_across_a_break() -> None:
    """ "يبحث الوزير مع نظيره … من جهة أخرى، أعلنت موسكو أن الوزير سيزورها": the talks told first are
    not on the trip told after the turn."""
    text = "يبحث الوزير مع نظيره الاثنين الأزمة. من جهة أخرى أعلنت موسكو أن الوزير سيزورها."
    talks = Event("meet", "planned", ("per:min", "per:peer"), (Trigger(0, 4, "يبحث"),), actors=("per:min",))
    trip = visit("Moscow", ("per:min",), text.index("سيزور"), status="planned")
    got = place_from_stays((talks, trip), legs_of([trip]), tokenize(text), load_trip_words())
    assert got[0].location is None


def test_a_tour_merged_into_one_visit_is_one_visit_per_stop() -> None:
    """ "وصل الوزير إلى القاهرة … ثم توجه الوزير إلى الرياض": one record after merging (same traveller,
    same status), two stays; a mention with no place joins the stay it is told in."""
    noun = Event("visit", "occurred", ("per:min",), (Trigger(at("والتقى"), at("والتقى") + 4, "زيارته"),))
    merged = dataclasses.replace(CAIRO, triggers=CAIRO.triggers + noun.triggers + RIYADH.triggers)
    mentions = [CAIRO, noun, RIYADH]
    got = split_tours((merged,), mentions, legs_of(mentions))
    assert [(e.location, [t.start for t in e.triggers]) for e in got] == [
        ("Cairo", [at("وصل"), at("والتقى")]),
        ("Riyadh", [at("توجه")]),
    ]


def test_a_visit_told_with_a_city_and_its_state_stays_one_visit() -> None:
    state = visit("Egypt", ("per:min",), at("توجه"))
    merged = dataclasses.replace(CAIRO, triggers=CAIRO.triggers + state.triggers)
    mentions = [CAIRO, state]
    got = split_tours((merged,), mentions, legs_of(mentions, {"Cairo": "Egypt"}.get))
    assert got == (merged,)


def test_together_an_unplaced_meeting_takes_its_parties_signing_place() -> None:
    """ "أبرم الرئيسان اتفاقيات في موسكو … والتقى الرئيسان": the talks are in Moscow too (off by
    default: `Settings.event_trip_together`); a meeting of one of them with someone else is not."""
    signed = act("sign", ("per:a", "per:b"), at("وصل"), "Moscow")
    talks = act("meet", ("per:b", "per:a"), at("والتقى"))
    other = act("meet", ("per:a", "per:c"), at("واجتمع"))
    got = place_from_together((signed, talks, other), tokenize(STORY), load_trip_words())
    assert [e.location for e in got] == ["Moscow", "Moscow", None]


def test_together_does_not_reach_across_a_break() -> None:
    text = "وقع الرئيسان اتفاقا في موسكو. من جهة أخرى التقى الرئيسان."
    signed = Event("sign", "occurred", ("per:a", "per:b"), (Trigger(0, 3, "وقع"),), "Moscow")
    talks = Event("meet", "occurred", ("per:a", "per:b"), (Trigger(text.index("التقى"), 50, "التقى"),))
    assert place_from_together((signed, talks), tokenize(text), load_trip_words())[1].location is None


def test_tours_are_off_and_stays_on_by_default() -> None:
    # the eleventh round's ablation: split tours only added extras on SaudiNewsNet a and d (docs/events.md)
    windows = Settings().event_windows()
    assert windows.trips and not windows.tours
