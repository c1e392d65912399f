"""One real event told several times in a story becomes one record (pure helpers of extract.py).

`merge` files each new mention under the event it repeats, `refer` adds a definite noun's mention
to the latest event of its type, and two passes over a story's events finish the job: talks that
follow a phone call join it, and an undated event takes the date of its occasion.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from rasd.records import Event, LinkedEntity, Trigger

#: How specific a place is: of two places for one event, the more specific is kept.
SPECIFICITY = {"capital": 0, "city": 0, "town": 0, "site": 1, "country": 2, "territory": 2, "region": 3}


#: Events a story's other events happen during ("أشاد الملك … خلال اتصال هاتفي …، جرى اليوم"): their
#: date is lent to a party's undated event told before them too.
DATED_OCCASIONS = frozenset({"meet", "call", "visit"})


def _dates(sibling: Event, event: Event) -> bool:
    """A dated event lends its day to an undated one told after it, or when it is an occasion; a deed
    told later ("وكان الطرفان قد وقعا في 11 مايو") is background, not that day (dev events F1 0.527 ->
    0.530; 0.528 when only an earlier one lends)."""
    if sibling.type in DATED_OCCASIONS or sibling.triggers[0].start < event.triggers[0].start:
        return True
    return _told_after(sibling, event)


#: Events whose day a news report often tells only in the judge's next words: "أدان فلان … التفجير." then
#: "وأكد فلان أمس في تصريح …" (the condemnation is that statement's day, not the act's). SaudiNewsNet
#: devset b events 0.489 -> 0.507 (two undated judgements dated), devset a and dev pages unchanged.
JUDGED_LATER = frozenset({"praise", "criticize"})


def _told_after(sibling: Event, event: Event) -> bool:
    """A praise or condemnation takes the day of the statement its own speaker makes after it."""
    return (
        event.type in JUDGED_LATER
        and sibling.type == "statement"
        and bool(event.people)
        and event.people[0] in sibling.people
    )


def _share(a: Event, b: Event) -> bool:
    """Two events share a party: a state (a leader counting as his state) or a person (a speaker's
    statement has the person, not his state, as its actor): dev events F1 0.552 -> 0.556."""
    return bool(set(a.actors) & set(b.actors) or set(a.people) & set(b.people))


def date_from_siblings(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """An undated event that happened takes the date of the first dated event it shares a party with.

    A story reports one occasion: "وصل المعلم إلى مسقط أمس … وخلال لقائهما" — the meeting is that day.
    """
    happened = [e for e in events if e.date and e.status == "occurred"]
    dated = sorted(happened, key=lambda e: e.triggers[0].start)
    out = []
    for e in events:
        if e.date is None and e.status == "occurred":
            sibling = next((d for d in dated if _share(d, e) and _dates(d, e)), None)
            if sibling is not None:
                e = dataclasses.replace(e, date=sibling.date, date_text=sibling.date_text)
        out.append(e)
    return tuple(out)


#: Event types that take the place of the visit they happen during (`place_from_visits`): dev events
#: F1 0.303 -> 0.320, meet full F1 0.214 -> 0.283. Statements are left out: most gold statements have no
#: place (127 of 168), and with them it was 0.318. Agreements are left out too: what two sides agreed is
#: often older than the visit or reached by phone or between delegations (11 of 20 dev gold agreements have
#: no place): dev events F1 0.609 -> 0.611, agree full F1 0.324 -> 0.378, location on paired 0.884 -> 0.889.
PLACED_BY_VISIT = frozenset({"meet", "sign", "other"})


def held_during(status: str, trip_status: str) -> bool:
    """Whether an event of `status` can happen during a trip of `trip_status`: a meeting that took
    place cannot be held on a trip still to come ("التقى لافروف … ووجه الدعوة لزيارة موسكو": the talks
    are not in Moscow); the trips pass asks it of a leg too. SaudiNewsNet devset a events 0.535 ->
    0.537, b 0.444 -> 0.446 (one wrong place fewer each), dev pages unchanged."""
    return not (status == "occurred" and trip_status == "planned")


def place_from_visits(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """An event without a place takes the destination of a visit of the story it shares a party with:
    "وصل شكري إلى دمشق … وكان في استقباله المقداد" — the reception is in Damascus; a meeting still to come
    during the visit too (dev 0.385 -> 0.387 against requiring the visit's status)."""
    visits = [e for e in events if e.type == "visit" and e.location]
    if not visits:
        return events
    out = []
    for e in events:
        if e.location is None and e.type in PLACED_BY_VISIT:
            visit = next(
                (
                    v
                    for v in visits
                    if set(v.participants) & set(e.participants) and held_during(e.status, v.status)
                ),
                None,
            )
            if visit is not None:
                e = dataclasses.replace(e, location=visit.location)
        out.append(e)
    return tuple(out)


#: Event types that take the place of a meeting of the story their speaker took part in
#: (`place_from_occasion`): what a minister says during his talks is said there. Dev events F1 0.470 ->
#: 0.472; with visits and planned meetings too 0.456 (a statement before departure is not at the
#: destination); praise as well: the same. An invitation made during talks is made there too ("وجه دعوة
#: … خلال لقائهما في مسقط"): 0.557 -> 0.558 with requests; praise still changes nothing.
PLACED_BY_OCCASION = frozenset({"statement", "request"})


def place_from_occasion(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """A statement without a place takes the place of a meeting that happened in the story and that
    its speaker took part in: "استقبل السلطان الوزير في مسقط … وأكد الوزير أن …" — he said it in Muscat."""
    occasions = [e for e in events if e.type == "meet" and e.status == "occurred" and e.location]
    if not occasions:
        return events
    out = []
    for e in events:
        if e.location is None and e.type in PLACED_BY_OCCASION:
            occasion = next((o for o in occasions if set(o.people) & set(e.people)), None)
            if occasion is not None:
                e = dataclasses.replace(e, location=occasion.location)
        out.append(e)
    return tuple(out)


def place_from_dateline(
    events: tuple[Event, ...], place: str | None, types: frozenset[str], in_state: Callable[[Event], bool]
) -> tuple[Event, ...]:
    """An event of `types` with no place of its own happened in the dateline's city ("عمّان (رويترز) -
    التقى …") when one of its parties is of that city's state (`in_state`): a wire reports from where
    the host speaks and meets. Also used for the city of the summit a story's lede names, with every
    event in state."""
    if place is None:
        return events
    return tuple(
        dataclasses.replace(e, location=place)
        if e.location is None and e.type in types and e.status == "occurred" and in_state(e)
        else e
        for e in events
    )


def place_in_city(events: tuple[Event, ...], city_of: Callable[[str], str | None]) -> tuple[Event, ...]:
    """An event placed at a site (a palace, an airport: places.tsv `city`) is placed at the site's city:
    the labelling guide takes "a palace and its city" as the city ("وصلت الطائرة إلى مطار عدن الدولي"
    is in Aden). Run after the place rules, which read the site as a site (`SPECIFICITY`, a said event
    not placed at one, `extract.SPOKEN_SPOTS`), and before `consolidate`, so that a report at the site
    and one in its city agree. A site in no city keeps its place."""
    return tuple(
        dataclasses.replace(e, location=city) if e.location and (city := city_of(e.location)) else e
        for e in events
    )


def absorb_talks_into_calls(events: tuple[Event, ...], kinds: dict[str, LinkedEntity]) -> tuple[Event, ...]:
    """ "محادثاتهما" after "اتصال هاتفي" is the same call: a meet whose actors a call covers joins it."""
    calls = [e for e in events if e.type == "call"]
    if not calls:
        return events
    others = [e for e in events if e.type != "meet"]
    merged = {(e.type, frozenset(e.actors), e.status, i): e for i, e in enumerate(others)}
    kept = []
    for e in events:
        call = next((c for c in calls if c.status == e.status and set(e.actors) <= set(c.actors)), None)
        if e.type == "meet" and call is not None:
            merge(merged, dataclasses.replace(e, type="call", actors=call.actors, location=None), kinds)
        elif e.type == "meet":
            kept.append(e)
    return tuple(kept) + tuple(merged.values())


def _same_people(a: Event, b: Event) -> bool:
    pa, pb = set(a.people), set(b.people)
    return len(pa) < 2 or len(pb) < 2 or pa <= pb or pb <= pa


def refer(merged: dict[tuple, Event], key: tuple | None, trigger: Trigger) -> None:
    """A definite noun adds a mention to the latest event of its type, and opens none."""
    if key is not None and key in merged:
        merged[key] = dataclasses.replace(merged[key], triggers=(*merged[key].triggers, trigger))


def merge(merged: dict[tuple, Event], event: Event, kinds: dict[str, LinkedEntity]) -> tuple:
    """One real event mentioned several times in a story: one record, every trigger kept.

    Reports are the same event when type, status and actors (states, a leader counting as his
    state) agree, unless each names two people and the pairs differ (the foreign minister met his
    counterpart, then the crown prince: two meetings); the participants are united and the most
    specific place is kept.
    """
    base = (event.type, frozenset(event.actors), event.status)
    key = next((k for k in merged if k[:3] == base and _same_people(merged[k], event)), None)
    old = merged.get(key) if key is not None else None
    if old is None:
        key = (*base, len(merged))  # merged only grows: a fresh key
        merged[key] = event
        return key
    places = [p for p in (old.location, event.location) if p]
    place = min(
        places, key=lambda p: SPECIFICITY.get(kinds[p].kind or "", 4) if p in kinds else 5, default=None
    )
    merged[key] = _with_report(
        old, event, location=place, date=old.date or event.date, date_text=old.date_text or event.date_text
    )
    return key


def _with_report(old: Event, event: Event, **fields: object) -> Event:
    """`old` with another report of it: parties and triggers united, the first context kept; the caller
    decides the other `fields` (place, date)."""
    return dataclasses.replace(
        old,
        participants=tuple(dict.fromkeys(old.participants + event.participants)),
        people=tuple(dict.fromkeys(old.people + event.people)),
        triggers=old.triggers + event.triggers,
        context=old.context or event.context,
        **fields,
    )


def _nested(a: Event, b: Event, new_people: int) -> bool:
    """One event's parties are all among the other's: as named (the minister / the minister and his
    host), or as states when the people agree (`_same_people`: the host / the host's state); and at most
    `new_people` people named by one only ("التقى أ ب، بينما التقى ج د" is two meetings)."""
    if len(set(a.people) ^ set(b.people)) > new_people:
        return False
    pa, pb = set(a.participants), set(b.participants)
    if pa & pb and (pa <= pb or pb <= pa):
        return True
    aa, ab = set(a.actors), set(b.actors)
    return bool(aa & ab) and (aa <= ab or ab <= aa) and _same_people(a, b)


def _places_agree(a: str | None, b: str | None, country_of: Callable[[str], str | None]) -> bool:
    """No place, the same, or a city and its state: two different places are two trips or two meetings."""
    return a is None or b is None or a == b or country_of(a) == b or country_of(b) == a


#: Event types `consolidate` joins: statements are one per speaker already (`_statements`, `merge`).
CONSOLIDATED = frozenset(
    {"meet", "call", "visit", "praise", "criticize", "agree", "sign", "request"}
    | {"threaten", "attack", "aid", "protest", "other"}
)


def consolidate(
    events: tuple[Event, ...],
    country_of: Callable[[str], str | None],
    new_people: int = 1,
    verbal: frozenset[int] = frozenset(),
) -> tuple[Event, ...]:
    """A story's reports of one real event become one record: same type, parties nested (`_nested`), no
    two different days and no two different places. `merge` keys reports by status and exact actors, so
    the lede's "استقبل الملك الوزير" and a later "وبحث الجانبان" or "وخلال اللقاء الذي سيعقد …" (fewer
    names, no date, another status) stayed apart. The report told first gives the status, and with it
    the date and place when the two disagree on status: the lede tells the news, a later clause its
    plans or background (dev 0.660 against 0.658 when an occurred report wins; figures in
    docs/events.md). A later report told by a verb of another tense stays apart (`verbal`: where verb
    triggers start): "التقى الوزير نظيره … وسيلتقيان مجددا" is two meetings, and a verb's tense (سيزور)
    is no default as a noun's (زيارة: occurred) is. `new_people`: `Settings.event_same_event_new_people`."""

    def told_by_verb(e: Event) -> bool:
        return any(t.start in verbal for t in e.triggers)

    order = sorted(range(len(events)), key=lambda k: events[k].triggers[0].start)
    kept: list[tuple[int, Event]] = []
    for k in order:
        e = events[k]
        home = next(
            (
                j
                for j, (_, o) in enumerate(kept)
                if e.type in CONSOLIDATED
                and o.type == e.type
                and _nested(o, e, new_people)
                and not (o.date and e.date and o.date != e.date)
                and _places_agree(o.location, e.location, country_of)
                and (o.status == e.status or not told_by_verb(e))
            ),
            None,
        )
        if home is None:
            kept.append((k, e))
            continue
        first, o = kept[home]
        same = o.status == e.status
        kept[home] = (
            first,
            _with_report(
                o,
                e,
                actors=tuple(dict.fromkeys(o.actors + e.actors)),
                location=o.location or (e.location if same else None),
                date=o.date or (e.date if same else None),
                date_text=o.date_text if o.date else (e.date_text if same else None),
            ),
        )
    return tuple(e for _, e in sorted(kept, key=lambda pair: pair[0]))
