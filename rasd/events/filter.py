"""A learned keep/drop filter over a story's event candidates (issue 10).

The rule extractor over-generates on news it was not written against. This module scores every
candidate event with a small logistic regression over general features of the event and its story
(type, trigger shape, status, participants' kinds and how their mentions were found, sentence
position, quote context, ...; never a page, outlet or document name) and drops the candidates whose
probability of matching a gold event in full (type, participants, place, date, status) is below
`Settings.event_filter_threshold`. The model (`rasd/data/models/event_filter.json`) is trained by
`scripts/train_event_filter.py`; `docs/events.md` gives the features and the figures.
"""

from __future__ import annotations

import bisect
import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import DataFileError
from rasd.records import Event, LinkedEntity, Mention, Story
from rasd.resources import data_path, read_model_sidecar

#: Bump when `event_features` changes: a model trained on other features is refused at load time.
FEATURE_VERSION = 2
MODEL_PATH = "models/event_filter.json"
RETRAIN = "scripts/train_event_filter.py"

Features = dict[str, float]


def _bin(value: int, edges: Sequence[int]) -> str:
    """The bin label of a count: `edges` are lower bounds (0, 1, 2, 4 → "0", "1", "2", "4+")."""
    i = bisect.bisect_right(list(edges), value) - 1
    lo = edges[max(i, 0)]
    return f"{lo}+" if i == len(edges) - 1 else str(lo)


def _entity_kind(entity: LinkedEntity | None, entity_id: str) -> str:
    """A participant's kind: person, state, city, org, nil; role-made bodies (org:<body>:<state>)."""
    if entity is None:
        return "body" if entity_id.startswith("org:") else "unknown"
    if entity.nil:
        return f"nil-{entity.type}"
    kind = entity.kind or entity.type
    return {"country": "state", "capital": "city"}.get(kind, kind)


def _sentence_index(starts: Sequence[int], pos: int) -> int:
    return max(bisect.bisect_right(starts, pos) - 1, 0)


@dataclass(frozen=True, slots=True)
class _StoryIndex:
    """What every candidate's features look up in its story, built once per story: each feature then
    costs a lookup or a bisection, so a long story stays linear (tests/fuzz: linear time)."""

    by_id: Mapping[str, LinkedEntity]
    starts: list[int]  # sentence starts
    quotes: list[tuple[int, int, bool]]  # (start, end, direct) of the body's quotes, by start
    quote_starts: list[int]
    verb_starts: frozenset[int | None]
    mention_starts: Mapping[str, list[int]]  # entity id -> sorted starts of its body mentions
    mention_sources: Mapping[str, list[str]]  # entity id -> its body mentions' sources, in that order
    types: Counter[str]
    pairs: Counter[tuple[str, frozenset[str]]]
    by_participant: Mapping[str, list[int]]  # entity id -> indices of the events it takes part in


def _body(entity: LinkedEntity) -> list[Mention]:
    """An entity's mentions in the story's body, by start."""
    return sorted((m for m in entity.mentions if m.part == "text"), key=lambda m: m.start)


def _story_index(story: Story) -> _StoryIndex:
    quotes = sorted((q.start, q.end, q.direct) for q in story.quotes if q.part == "text")
    by_participant: dict[str, list[int]] = {}
    for i, e in enumerate(story.events):
        for p in dict.fromkeys(e.participants):
            by_participant.setdefault(p, []).append(i)
    return _StoryIndex(
        by_id={e.id: e for e in story.entities},
        starts=[s.start for s in story.sentences] or [0],
        quotes=quotes,
        quote_starts=[q[0] for q in quotes],
        verb_starts=frozenset(q.trigger_start for q in story.quotes),
        mention_starts={e.id: [m.start for m in _body(e)] for e in story.entities},
        mention_sources={e.id: [m.source for m in _body(e)] for e in story.entities},
        types=Counter(e.type for e in story.events),
        pairs=Counter((e.type, frozenset(e.participants)) for e in story.events),
        by_participant=by_participant,
    )


def _nearest_at(starts: list[int], pos: int) -> int:
    """The index of the nearest of the sorted `starts` (not empty) to `pos`."""
    k = bisect.bisect_left(starts, pos)
    return min((j for j in (k - 1, k) if 0 <= j < len(starts)), key=lambda j: abs(starts[j] - pos))


def event_features(
    story: Story, event: Event, index: int | None = None, ix: _StoryIndex | None = None
) -> Features:
    """The features of one candidate event of `story` (its `story.events` are all the candidates;
    `index` is the event's place among them, when it is one): what the events stage knows at run
    time, nothing that names a document."""
    ix = ix or _story_index(story)
    f: Features = {"bias": 1.0}
    t = event.type
    f[f"type={t}"] = 1.0
    f[f"status={event.status}"] = 1.0
    f[f"type={t}|status={event.status}"] = 1.0
    trig = event.triggers[0]
    # no trigger word or word-shape feature: held out they gained nothing (docs/events.md), and the
    # model must not learn the extractor's current lexicon, which other changes move
    words = trig.text.split()
    f[f"trig_words={_bin(len(words), (1, 2, 3))}"] = 1.0
    f[f"mentions={_bin(len(event.triggers), (1, 2, 3))}"] = 1.0
    f[f"trig_part={trig.part}"] = 1.0
    # participants
    by_id = ix.by_id
    n = len(event.participants)
    f[f"nparts={_bin(n, (0, 1, 2, 3))}"] = 1.0
    f[f"type={t}|nparts={_bin(n, (0, 1, 2, 3))}"] = 1.0
    kinds = [_entity_kind(by_id.get(p), p) for p in event.participants]
    for k in set(kinds):
        f[f"kind={k}"] = 1.0
        f[f"type={t}|kind={k}"] = 1.0
    f["kinds=" + "+".join(sorted(kinds)[:3])] = 1.0
    actors = [a for a in event.actors if a]
    if len(set(actors)) < len(actors):
        f["same_state_actors"] = 1.0
    f[f"has_place={event.location is not None}"] = 1.0
    f[f"type={t}|has_date={event.date is not None}"] = 1.0
    if event.context:
        f["has_context"] = 1.0
    # where the trigger sits in the story
    text_len = max(len(story.text), 1)
    if trig.part == "text":
        si = _sentence_index(ix.starts, trig.start)
        f[f"sent={_bin(si, (0, 1, 2, 4, 8))}"] = 1.0
        f[f"type={t}|sent={_bin(si, (0, 1, 3))}"] = 1.0
        f[f"relpos={min(int(4 * trig.start / text_len), 3)}"] = 1.0
        sent = story.sentences[si] if story.sentences else None
        s_start, s_end = (sent.start, sent.end) if sent else (0, len(story.text))
        n_words = len(story.text[s_start:s_end].split())
        f[f"sent_words={_bin(n_words, (0, 10, 20, 35, 60))}"] = 1.0
        f[f"trig_in_sent={min(int(3 * (trig.start - s_start) / max(s_end - s_start, 1)), 2)}"] = 1.0
        # quotes: inside a quoted or reported span (the few quotes opened last before the trigger;
        # quotes do not nest deeper), or the trigger is a quote's verb
        k = bisect.bisect_right(ix.quote_starts, trig.start)
        inside = [q for q in ix.quotes[max(k - 4, 0) : k] if q[0] <= trig.start < q[1]]
        if inside:
            f[f"in_quote={'direct' if any(q[2] for q in inside) else 'reported'}"] = 1.0
        if trig.start in ix.verb_starts:
            f["trig_is_quote_verb"] = 1.0
        # distance from the trigger to its participants' nearest mentions, and how those mentions were
        # found (Mention.source: crf, gazetteer, role, adjective, body, ...; "absent": none in the body):
        # a participant the CRF alone found is right far less often (0.23 of SaudiNewsNet events)
        dists = []
        in_sent = 0
        srcs = []
        for p in event.participants:
            spans = ix.mention_starts.get(p)
            src = "absent"
            if spans:
                k = _nearest_at(spans, trig.start)
                dists.append(abs(spans[k] - trig.start))
                src = ix.mention_sources[p][k]
                j = bisect.bisect_left(spans, s_start)
                in_sent += j < len(spans) and spans[j] < s_end
            srcs.append(src)
            f[f"src={src}"] = 1.0
            f[f"type={t}|src={src}"] = 1.0
            f[f"kind={_entity_kind(by_id.get(p), p)}|src={src}"] = 1.0
        f[f"crf_parts={_bin(srcs.count('crf'), (0, 1, 2))}"] = 1.0
        if dists:
            near = _bin(min(dists) // 10, (0, 1, 3, 8))
            f[f"near={near}"] = 1.0
            f[f"type={t}|near={near}"] = 1.0
        f[f"parts_in_sent={_bin(in_sent, (0, 1, 2))}|n={_bin(n, (0, 1, 2))}"] = 1.0
    # the story's other events
    me = index is not None and index < len(story.events) and story.events[index] is event
    f[f"same_type={_bin(ix.types[t] - me, (0, 1, 2, 4))}"] = 1.0
    f[f"events={_bin(len(story.events) - me, (0, 1, 3, 6, 10))}"] = 1.0
    shared: set[int] = set()
    for p in set(event.participants):
        for i in ix.by_participant.get(p, ()):
            if i != index:
                shared.add(i)
        if len(shared) >= 4:  # the last bin: counting on costs time and changes nothing
            break
    f[f"shared={_bin(len(shared), (0, 1, 2, 4))}"] = 1.0
    if ix.pairs[(t, frozenset(event.participants))] - me > 0:
        f["same_type_same_parts"] = 1.0
    # mentions of the participants over the whole story (salience)
    counts = [len(by_id[p].mentions) for p in event.participants if p in by_id]
    if counts:
        f[f"min_mentions={_bin(min(counts), (1, 2, 3, 5))}"] = 1.0
    return f


@dataclass(frozen=True, slots=True)
class EventFilter:
    """A logistic regression over `event_features`: weights by feature name, and the event types it
    was trained on (an event of another type is always kept)."""

    weights: Mapping[str, float]
    types: frozenset[str]

    def probability(self, features: Features) -> float:
        """P(the candidate matches a gold event)."""
        z = sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def keep(self, story: Story, threshold: float) -> tuple[Event, ...]:
        """`story.events` without the candidates scored below `threshold` (pure; order kept)."""
        if threshold <= 0.0 or not any(e.type in self.types for e in story.events):
            return story.events
        ix = _story_index(story)
        return tuple(
            e
            for i, e in enumerate(story.events)
            if e.type not in self.types or self.probability(event_features(story, e, i, ix)) >= threshold
        )


def load_event_filter(path: Path | None = None) -> EventFilter:
    """The shipped model (`rasd/data/models/event_filter.json`), its feature version checked."""
    path = path or data_path(MODEL_PATH)
    record = read_model_sidecar(path, FEATURE_VERSION, "event filter", RETRAIN)
    weights = record.get("weights")
    if not isinstance(weights, dict) or "bias" not in weights:
        raise DataFileError(f"{path}: the event filter has no weights (rebuild it with {RETRAIN})")
    return EventFilter({str(k): float(v) for k, v in weights.items()}, frozenset(record.get("types", ())))


def dump_event_filter(path: Path, weights: Mapping[str, float], types: Sequence[str], meta: dict) -> None:
    """Write a model in the format `load_event_filter` reads (sorted, rounded: reproducible bytes)."""
    record = {
        "feature_version": FEATURE_VERSION,
        **meta,
        "types": sorted(types),
        "weights": {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-4 or k == "bias"},
    }
    path.write_text(json.dumps(record, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
