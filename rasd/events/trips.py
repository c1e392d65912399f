"""Trips: which stay of a story an event belongs to, and the place it takes from it (pure, per story).

A story often tells two trips, or a trip and an earlier leg ("زار الوزير القاهرة … ثم توجه إلى
الرياض حيث التقى …"); the first visit sharing a party is then the wrong one to lend its destination.
Every visit mention with a destination (a `Leg`) opens a stay of its parties there, which lasts until
the next leg of the same parties or a word of leaving (`trip_words.tsv`: غادر، عاد، عودته). A meeting,
signing or other act told with no place of its own takes the destination of the stay it is told in; one
told before any leg (a headline's reception before the arrival) takes the first leg told after it; one
told after the traveller left, or across a topic break (من جهة أخرى), stays without a place. A visit
record merged over legs to different places is one visit per stay (`split_tours`). `place_from_stays`
replaces `rasd.events.merge.place_from_visits` when `Settings.event_trip_stays` is on; figures in
docs/events.md, "Trips".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rasd.events.merge import PLACED_BY_VISIT, held_during
from rasd.lang.clitics import conjunction_readings
from rasd.lang.normalize import fold
from rasd.records import Event, Token, Trigger
from rasd.resources import read_kinds

TRIP_WORDS = "events/trip_words.tsv"


@dataclass(frozen=True, slots=True)
class Leg:
    """One visit mention with a destination: its parties are at `place` from `start` on."""

    start: int  # where the visit is told (its trigger's start in the story body)
    parties: frozenset[str]  # the visit's participants other than the destination
    place: str  # entity id of the destination
    status: str  # the visit's status: a planned leg lends its place to planned events only


@dataclass(frozen=True, slots=True)
class TripWords:
    """The words that end a stay (`trip_words.tsv`), each a tuple of folded words."""

    departures: tuple[tuple[str, ...], ...]  # غادر، عودته: the traveller left
    breaks: tuple[tuple[str, ...], ...]  # من جهة أخرى: the story turns to another matter


#: No words: no stay ends early (`EventLexicon.trips` before the lexicon is loaded).
NO_TRIP_WORDS = TripWords((), ())


def load_trip_words() -> TripWords:
    """`trip_words.tsv` (read once per lexicon, by `load_event_lexicon`)."""
    kinds = read_kinds(TRIP_WORDS, ("departure", "break"))
    return TripWords(
        *(tuple(tuple(fold(w) for w in p.split()) for p in kinds[k]) for k in ("departure", "break"))
    )


def cues(tokens: Sequence[Token], phrases: Sequence[tuple[str, ...]]) -> tuple[int, ...]:
    """Where one of `phrases` starts in `tokens` (its first word may carry a glued و/ف)."""
    firsts = {p[0] for p in phrases}
    out = []
    for i, token in enumerate(tokens):
        readings = conjunction_readings(token.norm)  # the word, then without a glued و/ف
        if firsts.isdisjoint(readings):
            continue
        for phrase in phrases:
            if phrase[0] in readings and all(
                i + j < len(tokens) and tokens[i + j].norm == w for j, w in enumerate(phrase[1:], 1)
            ):
                out.append(token.start)
                break
    return tuple(out)


def legs_of(
    mentions: Iterable[Event],
    country_of: Callable[[str], str | None] = lambda _: None,
    state_of: Callable[[str], str | None] = lambda _: None,
    events: Sequence[Event] = (),
) -> tuple[Leg, ...]:
    """The legs of a story from its visit mentions (one trigger each, before merging), in text order.

    A denied or hypothetical visit takes nobody anywhere. A mention placed in a party's own state
    (`state_of` a party, or a party itself) while the visit record it was merged into (`events`) goes
    elsewhere is no leg: "في زيارة تعكس العلاقات التي تجمع المملكة وسلطنة عمان" names the visitor's
    home as a topic. The host is a party too, so a trip to the host's state told as its own record is
    kept ("زيارة مودي للولايات المتحدة ولقائه بايدن"); coming back is told by a departure word. A leg
    to a state next to a leg of the same parties to one of its cities (`country_of`) is that city:
    "وصل إلى دمشق … في أول زيارة إلى سوريا" is one stay in Damascus."""
    legs: list[Leg] = []
    for v in sorted(mentions, key=lambda e: e.triggers[0].start if e.triggers else 0):
        if v.type != "visit" or not v.location or v.status not in ("occurred", "planned") or not v.triggers:
            continue
        legs.append(Leg(v.triggers[0].start, frozenset(v.participants) - {v.location}, v.location, v.status))

    merged = {t.start: e.location for e in events if e.type == "visit" and e.location for t in e.triggers}

    def home(leg: Leg) -> bool:
        """A state one of its parties serves or is, where the visit record the mention was merged into
        (`events`: one trip) goes elsewhere."""
        states = leg.parties | {s for s in map(state_of, leg.parties) if s}
        there = merged.get(leg.start)
        return leg.place in states and there is not None and leg.place not in (there, country_of(there))

    legs = [leg for leg in legs if not home(leg)]
    out = []
    for k, leg in enumerate(legs):
        near = [n for n in (legs[k - 1] if k else None, legs[k + 1] if k + 1 < len(legs) else None) if n]
        city = next(
            (n.place for n in near if n.parties & leg.parties and country_of(n.place) == leg.place), None
        )
        out.append(dataclasses.replace(leg, place=city) if city else leg)
    return tuple(out)


def stay_of(event: Event, legs: Sequence[Leg], left: Sequence[int], breaks: Sequence[int] = ()) -> Leg | None:
    """The leg whose stay `event` is told in, or None: the latest leg of a shared party told before the
    event, unless a departure word stands between them; before every such leg, the first one after it.
    No stay reaches across a break ("من جهة أخرى"): the story has turned to another matter."""
    at = event.triggers[0].start
    parties = set(event.participants)
    mine = [leg for leg in legs if leg.parties & parties and held_during(event.status, leg.status)]
    if not mine:
        return None
    before = [leg for leg in mine if leg.start <= at]
    leg = before[-1] if before else mine[0]  # "استقبل الملك الوزير" in the lede, "وكان قد وصل إلى" after
    low, high = min(leg.start, at), max(leg.start, at)
    if any(low < b < high for b in breaks):
        return None
    if before and any(leg.start < d < at for d in left):
        return None  # "وبعد عودته إلى بلاده قال": told after the traveller left
    return leg


def place_from_stays(
    events: tuple[Event, ...],
    legs: Sequence[Leg],
    tokens: Sequence[Token],
    words: TripWords,
    types: frozenset[str] = PLACED_BY_VISIT,
) -> tuple[Event, ...]:
    """Events of `types` with no place take the destination of the stay they are told in (`stay_of`)."""
    if not legs:
        return events
    left, breaks = cues(tokens, words.departures), cues(tokens, words.breaks)
    out = []
    for e in events:
        if e.location is None and e.type in types and e.triggers:
            leg = stay_of(e, legs, left, breaks)
            if leg is not None:
                e = dataclasses.replace(e, location=leg.place)
        out.append(e)
    return tuple(out)


def split_tours(
    events: tuple[Event, ...], mentions: Sequence[Event], legs: Sequence[Leg]
) -> tuple[Event, ...]:
    """A visit record whose mentions go to different places is one visit per stay: "يزور كيري مصر ثم
    ماليزيا وفيتنام" merged (same traveller, same status) into one record with one place. Each leg's
    mention goes to the visit of its place; a mention with no place of its own joins the stay it is
    told in (the latest leg before it, else the first). Each part keeps its first mention's status
    and the first day its mentions tell."""
    at = {leg.start: leg.place for leg in legs}
    told = {m.triggers[0].start: m for m in mentions if m.triggers}
    out: list[Event] = []
    for e in events:
        places = [at[t.start] for t in e.triggers if t.start in at]
        if e.type != "visit" or len(set(places)) < 2:
            out.append(e)
            continue
        groups: dict[str, list[Trigger]] = {}
        current = places[0]
        for t in sorted(e.triggers, key=lambda t: t.start):
            current = at.get(t.start, current)
            groups.setdefault(current, []).append(t)
        for place, triggers in groups.items():
            own = [told[t.start] for t in triggers if t.start in told]
            first = own[0] if own else e
            dated = next((m for m in own if m.date), None)
            parties = (
                tuple(dict.fromkeys(p for m in own for p in m.participants if p != place)) or e.participants
            )
            out.append(
                dataclasses.replace(
                    e,
                    status=first.status,
                    participants=parties,
                    triggers=tuple(triggers),
                    location=place,
                    date=dated.date if dated else None,
                    date_text=dated.date_text if dated else None,
                    actors=tuple(a for a in e.actors if a != place),
                    people=tuple(p for p in e.people if p in parties),
                )
            )
    return tuple(out)


#: Events that tell where their parties were: a meeting or a signing held somewhere (`place_from_together`).
TOGETHER_AT = frozenset({"meet", "sign"})


def place_from_together(
    events: tuple[Event, ...],
    tokens: Sequence[Token],
    words: TripWords,
    types: frozenset[str] = PLACED_BY_VISIT,
) -> tuple[Event, ...]:
    """An event of `types` with no place takes the place of the nearest other meeting or signing that
    happened with two or more of its parties (the one told before it first), on the same day or an
    untold one, and with no topic break between: "أبرم بوتين وتبون اتفاقيات في موسكو … والتقى الرئيسان"
    — the talks are in Moscow too."""
    breaks = cues(tokens, words.breaks)
    held = [
        e for e in events if e.type in TOGETHER_AT and e.location and e.status == "occurred" and e.triggers
    ]
    if not held:
        return events
    out = []
    for e in events:
        if e.location is None and e.type in types and e.status == "occurred" and e.triggers:
            at = e.triggers[0].start
            parties = set(e.participants)

            def fits(o: Event, at: int = at, e: Event = e, parties: set[str] = parties) -> bool:
                low, high = sorted((o.triggers[0].start, at))
                return (
                    o is not e
                    and len(parties & set(o.participants)) >= 2
                    and (o.date is None or e.date is None or o.date == e.date)
                    and not any(low < b < high for b in breaks)
                )

            near = sorted(
                (o for o in held if fits(o)),
                key=lambda o: (o.triggers[0].start > at, abs(o.triggers[0].start - at)),
            )
            if near:
                e = dataclasses.replace(e, location=near[0].location)
        out.append(e)
    return tuple(out)
