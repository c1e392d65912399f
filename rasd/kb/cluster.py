"""Reports of one real-world event, from any number of documents, share one cluster.

Two reports are of one event when they are *compatible*: the same type and status (or, with
`plans_come_true`, one planned and one occurred: "سيلتقي" the day before, "التقى" after), overlapping
participants (two people in common when both name two or more; else two parties in common counting a
leader's state, or the one party a one-party event has), compatible places (the same, or a city and
its state, or for two shared people any two places of one state) and compatible dates (see
`Clustering`). A report is *anchored* when it has an event date or
a publication date; anchored reports are joined by single link (connected components over compatible
pairs), which gives the same clusters whatever order the reports arrive in. Unanchored reports (no
date at all, e.g. pages that print none) are joined among themselves the same way, with the same
actors (`_same_actors`); such a group joins the one dated cluster it is compatible with (of several,
the one whose reports have its actors, if only one has), and else stays apart, so it never bridges two
dated events.

A cluster's id is a hash of its smallest anchored member's key (or of its only member's): it depends
only on the set of reports, so re-running, reordering or splitting the input into batches gives the
same ids. `cluster_reports` is pure; `rasd analyze` runs it over a whole batch and the store over the
neighbourhood of each new batch (`rasd/kb/store.py`), which gives the same answer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rasd.clean.lexicon import load_stopwords
from rasd.kb.search import term
from rasd.kb.unionfind import UnionFind
from rasd.lang.normalize import fold
from rasd.records import Document, Event


@dataclass(frozen=True, slots=True)
class Clustering:
    """The tolerances of `compatible`; `Settings` carries the values and the figures that chose them."""

    date_tolerance_days: int = 1  # two event dates this close are one day told two ways (أمس across midnight)
    report_lag_days: int = 7  # an undated report published up to this long after a dated one
    planned_lead_days: int = 60  # an undated report of a plan published up to this long before its date
    same_story_days: int = 1  # two undated reports published this close
    undated_extra_people: int = 0  # an undated report may name this many people more than another
    places_in_one_state: bool = False  # two places of one state agree for reports naming two same people
    prefer_same_actors: bool = (
        False  # an undated group that fits several dated clusters: the one of its actors
    )
    host_is_party: bool = False  # the state an event is held in counts among its parties (the host)
    plans_come_true: bool = False  # a planned and an occurred report may be one event (dates permitting)
    lede_words: int = 40  # the opening words of a story that `lede_shared` compares
    lede_shared: int = 0  # content stems two ledes share before a report with no date joins another (0: off)
    #: the index terms of the cleaner's stopwords (`stop_terms`), which `lede_stems` leaves out; None:
    #: read `clean/stopwords.txt` on each call (a hand-built Clustering; the runs pass them in)
    stop_terms: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """What clustering needs of one event report."""

    key: str  # the event's id: unique and content-derived
    type: str
    status: str
    date: dt.date | None
    published: dt.date | None
    people: frozenset[str]
    parties: frozenset[str]  # participants and the states their people serve
    location: str | None = None
    location_state: str | None = None  # the state the location lies in (itself for a state)
    lede: tuple[str, ...] = ()  # content stems of its story's opening words (`lede_stems`), sorted

    @property
    def anchored(self) -> bool:
        return self.date is not None or self.published is not None

    def blocks(self) -> list[tuple[str, str]]:
        """The keys under which compatible reports are looked for: one per party (any status: the
        rule decides, so that the store's query by these keys finds what batch clustering compares)."""
        return [(self.type, p) for p in sorted(self.parties | self.people)]


PLAN_AND_DEED = ("occurred", "planned")


def statuses_joined(status: str, c: Clustering) -> tuple[str, ...]:
    """The statuses a report of `status` may be one event with: its own, and with `plans_come_true`
    planned and occurred (one outlet writes "سيلتقي" the day before, another "التقى" after)."""
    if c.plans_come_true and status in PLAN_AND_DEED:
        return PLAN_AND_DEED
    return (status,)


def _share_parties(a: Report, b: Report) -> bool:
    if len(a.people) and len(b.people):
        need = min(2, len(a.people), len(b.people))
        if len(a.people & b.people) >= need:
            return True
        if len(a.people) >= 2 and len(b.people) >= 2:
            return False
    need = min(2, len(a.parties), len(b.parties))
    return need > 0 and len(a.parties & b.parties) >= need


def _places_agree(a: Report, b: Report, c: Clustering) -> bool:
    if not a.location or not b.location or a.location == b.location:
        return True
    if a.location in (b.location_state,) or b.location in (a.location_state,):
        return True
    return (
        c.places_in_one_state
        and a.location_state is not None
        and a.location_state == b.location_state
        and len(a.people & b.people) >= 2
    )


def _dates_agree(a: Report, b: Report, c: Clustering) -> bool:
    """Two dates within the tolerance; an undated report published before the other's date (up to
    `planned_lead_days`) if it tells a plan, after it (up to `report_lag_days`) if it tells a deed; an
    undated plan published before (up to `planned_lead_days`) an undated deed's report."""
    if a.date and b.date:
        return abs((a.date - b.date).days) <= c.date_tolerance_days
    if a.date or b.date:
        dated, other = (a, b) if a.date else (b, a)
        if other.published is None or dated.date is None:
            return True
        lag = (other.published - dated.date).days
        if other.status == "planned":
            return -c.planned_lead_days <= lag <= c.date_tolerance_days
        return -c.date_tolerance_days <= lag <= c.report_lag_days
    if a.published and b.published:
        lag = (b.published - a.published).days
        if a.status != b.status:  # the plan's report comes first
            lag = lag if a.status == "planned" else -lag
            return -c.same_story_days <= lag <= c.planned_lead_days
        return abs(lag) <= c.same_story_days
    return True


def _ledes_agree(a: Report, b: Report, c: Clustering) -> bool:
    """Where one report has no date at all, the same actors are weak evidence (one minister's
    statements of different years chained on dev); two reports of one event open with many of the
    same words, whoever wrote them. A report without a lede (built by hand) is not held to it."""
    if not c.lede_shared or (a.anchored and b.anchored) or not a.lede or not b.lede:
        return True
    return len(set(a.lede).intersection(b.lede)) >= c.lede_shared


def compatible(a: Report, b: Report, c: Clustering) -> bool:
    """Could `a` and `b` report one event?"""
    return (
        a.type == b.type
        and b.status in statuses_joined(a.status, c)
        and _share_parties(a, b)
        and _places_agree(a, b, c)
        and _dates_agree(a, b, c)
        and _ledes_agree(a, b, c)
    )


def cluster_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _anchor(r: Report) -> dt.date:
    return r.date or r.published or dt.date.min


def _window(a: str, b: str, c: Clustering) -> int:
    """How far apart (in days) the anchors of two compatible reports of statuses `a`, `b` can be."""
    planned = "planned" in (a, b)
    return max(c.report_lag_days, c.planned_lead_days if planned else 0, c.same_story_days) + 1


def cluster_reports(reports: Sequence[Report], c: Clustering | None = None) -> dict[str, str]:
    """Report key → cluster id, for every report (pure; independent of the reports' order)."""
    c = c or Clustering()
    anchored = sorted((r for r in reports if r.anchored), key=lambda r: (_anchor(r), r.key))
    sets = UnionFind(r.key for r in anchored)

    blocks: dict[tuple[str, str, str], list[Report]] = defaultdict(list)  # (type, party, status)
    for r in anchored:
        for kind, party in r.blocks():
            for status in statuses_joined(r.status, c):
                window = _window(r.status, status, c)
                for other in reversed(blocks.get((kind, party, status), ())):  # by anchor: stop out of reach
                    if (_anchor(r) - _anchor(other)).days > window:
                        break
                    if compatible(r, other, c):
                        sets.union(r.key, other.key)
            blocks[(kind, party, r.status)].append(r)
    result = {r.key: cluster_id(sets.find(r.key)) for r in anchored}
    for component in _undated_components([r for r in reports if not r.anchored], c):
        fits = [
            (u, o)
            for u in component
            for kind, party in u.blocks()
            for status in statuses_joined(u.status, c)
            for o in blocks.get((kind, party, status), ())
            if compatible(u, o, c)
        ]
        homes = {result[o.key] for _, o in fits}
        if len(homes) > 1 and c.prefer_same_actors:
            homes = {result[o.key] for u, o in fits if _same_actors(u, o, c)} or homes
        home = homes.pop() if len(homes) == 1 else cluster_id(min(u.key for u in component))
        result.update(dict.fromkeys((u.key for u in component), home))
    return result


def _same_actors(a: Report, b: Report, c: Clustering) -> bool:
    """The stricter test for two undated reports, which no date can keep apart: the same people, or
    (neither naming a person) the same parties. Sharing one party chained unrelated events on dev.

    One outlet may name a person more (a minister beside the two leaders, the leader whose letter is
    delivered): people nested, at most `undated_extra_people` apart, and the same parties otherwise."""
    if a.people or b.people:
        if a.people == b.people:
            return True
        small, big = sorted((a.people, b.people), key=len)
        return (
            bool(small)
            and small < big
            and len(big) - len(small) <= c.undated_extra_people
            and _states(a, c) == _states(b, c)
        )
    return a.parties == b.parties


def _states(r: Report, c: Clustering) -> frozenset[str]:
    """The parties that are no person; with `host_is_party`, also the state the event is held in (the
    host of a visit: one outlet names the emir who received the guest, another only the guest)."""
    host = {r.location_state} if c.host_is_party and r.location_state else set()
    return (r.parties - r.people) | host


def _undated_components(undated: Sequence[Report], c: Clustering) -> list[list[Report]]:
    """Undated reports joined by single link among themselves (sorted: the same for any input order)."""
    sets = UnionFind(r.key for r in undated)
    blocks: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in sorted(undated, key=lambda r: r.key):
        for b in r.blocks():
            for other in blocks[b]:
                if _same_actors(r, other, c) and compatible(r, other, c):
                    sets.union(r.key, other.key)
            blocks[b].append(r)
    by_key = {r.key: r for r in undated}
    return sorted(
        ([by_key[k] for k in keys] for keys in sets.groups().values()), key=lambda g: min(r.key for r in g)
    )


@dataclass(frozen=True, slots=True)
class Reconciled:
    """A cluster's date, place and participants, read from its members, with how sure that is."""

    status: str  # occurred if any member says so (a plan that came true), else the members' own
    date: dt.date | None
    date_confidence: float | None  # share of the dated members that give `date`
    location: str | None
    location_confidence: float | None
    participants: tuple[tuple[str, int], ...]  # (entity id, members naming it), most named first


def _vote(values: Iterable[object]) -> tuple[object | None, float | None]:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None, None
    total = sum(counts.values())
    best = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[0]
    return best[0], best[1] / total


def reconcile(members: Sequence[Report], participants: Sequence[Sequence[str]]) -> Reconciled:
    """The majority date and place of a cluster (ties: the earliest date, the first name), its status
    (occurred once one member says so), and every participant with its support. A city beats its own
    state: "in Riyadh" and "in Saudi Arabia" agree."""
    date, date_conf = _vote(m.date for m in members)
    places = [m.location for m in members if m.location]
    states = {m.location_state for m in members if m.location and m.location != m.location_state}
    refined = [p for p in places if p not in states] or places
    location, loc_conf = _vote(refined)
    if location is not None and places:
        loc_conf = sum(1 for m in members if m.location in (location,) or m.location in states) / len(places)
    support = Counter(p for names in participants for p in dict.fromkeys(names))
    ranked = tuple(sorted(support.items(), key=lambda kv: (-kv[1], kv[0])))
    statuses = {m.status for m in members}
    status = "occurred" if "occurred" in statuses else min(statuses, default="occurred")
    return Reconciled(status, date, date_conf, location, loc_conf, ranked)  # type: ignore[arg-type]


def stop_terms(stopwords: Iterable[str]) -> frozenset[str]:
    """The index terms of the cleaner's folded stopwords (`CleanLexicon.stopwords`, `load_stopwords`):
    built once per run into `Clustering.stop_terms` (`Settings.clustering`)."""
    return frozenset(term(w) for w in stopwords)


_LETTERS = re.compile(r"[^\W\d_]+")
LEDE_MIN_STEM = 3  # shorter stems are particles and pronouns, shared by any two texts


def lede_stems(text: str, c: Clustering) -> tuple[str, ...]:
    """The search index's terms (`rasd.kb.search.term`: clitics off, then Snowball) of a story's first
    `c.lede_words` words that are no stopword, sorted; nothing when `c.lede_shared` is off, so that no
    run keeps what it will not compare."""
    if not c.lede_shared:
        return ()
    found = {term(w) for w in _LETTERS.findall(fold(" ".join(text.split()[: c.lede_words])))}
    stop = c.stop_terms if c.stop_terms is not None else stop_terms(load_stopwords())
    return tuple(sorted(s for s in found if len(s) >= LEDE_MIN_STEM and s not in stop))


def report_of(
    key: str,
    event: Event,
    published: dt.date | None,
    state_of: Callable[[str], str | None],
    lede: tuple[str, ...] = (),
) -> Report:
    """The clustering view of one extracted event; `state_of` names the state a place lies in, and
    `lede` is its story's `lede_stems`."""
    return Report(
        key=key,
        type=event.type,
        status=event.status,
        date=event.date,
        published=published,
        people=frozenset(event.people),
        parties=frozenset(event.participants) | frozenset(event.actors),
        location=event.location,
        location_state=state_of(event.location) if event.location else None,
        lede=lede,
    )


def event_key(story_id: str, index: int) -> str:
    """The id of the index-th event of a story: the same in `rasd analyze` output and in the store."""
    return f"{story_id}:{index}"


def reports_of(
    doc: Document, state_of: Callable[[str], str | None], c: Clustering | None = None
) -> list[Report]:
    """The clustering view of every event of `doc`, in order."""
    c = c or Clustering()
    found = []
    for story in doc.stories:
        lede = lede_stems(story.text, c) if story.events else ()
        published = story.published or doc.published
        found += [
            report_of(event_key(story.id, k), e, published, state_of, lede)
            for k, e in enumerate(story.events)
        ]
    return found


def cluster_events(
    documents: Sequence[Document], state_of: Callable[[str], str | None], c: Clustering | None = None
) -> tuple[Document, ...]:
    """The documents with `cluster` and `cluster_date` (the date its reports agree on) on every event.

    An event's own `date` stays what its report says: an undated report is shown with its cluster's
    date by the knowledge base, but the extraction is scored on what the text itself fixes."""
    found = EventClusters.of(documents, state_of, c)
    return tuple(map(found.apply, documents))


@dataclass(frozen=True, slots=True)
class EventClusters:
    """The cluster and cluster date of every event of a set of documents, to put on them one by one:
    a caller holding many documents can swap each for its clustered copy and free the old one."""

    assigned: dict[str, str]  # event key → cluster id
    dates: dict[str, dt.date | None]  # cluster id → the date its reports agree on

    @classmethod
    def of(
        cls, documents: Iterable[Document], state_of: Callable[[str], str | None], c: Clustering | None = None
    ) -> EventClusters:
        return cls.of_reports([r for doc in documents for r in reports_of(doc, state_of, c)], c)

    @classmethod
    def of_reports(cls, reports: Sequence[Report], c: Clustering | None = None) -> EventClusters:
        """From the reports alone: a caller that streams its documents away keeps only these."""
        assigned = cluster_reports(reports, c)
        members: dict[str, list[Report]] = defaultdict(list)
        for r in reports:
            members[assigned[r.key]].append(r)
        return cls(assigned, {cid: reconcile(ms, ()).date for cid, ms in members.items()})

    def apply(self, doc: Document) -> Document:
        """`doc` with its events' clusters and cluster dates."""
        assigned, dates = self.assigned, self.dates
        stories = []
        for story in doc.stories:
            events = tuple(
                dataclasses.replace(
                    e, cluster=(cid := assigned[event_key(story.id, k)]), cluster_date=dates[cid]
                )
                for k, e in enumerate(story.events)
            )
            stories.append(dataclasses.replace(story, events=events))
        return dataclasses.replace(doc, stories=tuple(stories))
