"""One real-world event reported by several outlets becomes one cluster, every source kept.

Reports are grouped by (type, actors, status) — actors are the participants as states, a leader
counting as the state he serves. Within a group two reports join when their dates agree or one is
unknown, when both name two or more people they name the same ones, and when their stories were
published within `window_days` of each other (or a date is unknown). The cluster id is a hash of
the group key and its earliest known date, so re-running gives the same ids.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence

from rasd.records import Document

Info = tuple[dt.date | None, dt.date | None, frozenset[str]]  # event date, story date, people


def _compatible(a: Info, b: Info, window: int) -> bool:
    """Reports of one event: dates agree, stories close in time, the same people when both name two."""
    (date_a, pub_a, people_a), (date_b, pub_b, people_b) = a, b
    if date_a and date_b and date_a != date_b:
        return False
    if len(people_a) >= 2 and len(people_b) >= 2 and people_a != people_b:
        return False
    return not (pub_a and pub_b and abs((pub_a - pub_b).days) > window)


def cluster_events(documents: Sequence[Document], window_days: int = 30) -> tuple[Document, ...]:
    """The documents with `cluster` set on every event (pure: the same input, the same ids)."""
    places: list[tuple[int, int, int]] = []  # (document, story, event)
    groups: dict[tuple, list[int]] = {}
    info: list[Info] = []
    for d, doc in enumerate(documents):
        for s, story in enumerate(doc.stories):
            for k, event in enumerate(story.events):
                key = (event.type, frozenset(event.actors or event.participants), event.status)
                groups.setdefault(key, []).append(len(places))
                places.append((d, s, k))
                info.append((event.date, story.published or doc.published, frozenset(event.people)))
    cluster_of: dict[int, str] = {}
    for key, members in groups.items():
        clusters: list[list[int]] = []
        for m in members:
            home = next(
                (c for c in clusters if all(_compatible(info[m], info[o], window_days) for o in c)), None
            )
            if home is None:
                clusters.append([m])
            else:
                home.append(m)
        for c in clusters:
            dates = sorted({info[m][0] for m in c if info[m][0]})
            raw = repr((key[0], sorted(key[1]), key[2], dates[:1]))
            cid = hashlib.sha1(raw.encode()).hexdigest()[:12]
            cluster_of.update(dict.fromkeys(c, cid))
    return _with_clusters(documents, places, cluster_of)


def _with_clusters(
    documents: Sequence[Document], places: list[tuple[int, int, int]], cluster_of: dict[int, str]
) -> tuple[Document, ...]:
    by_place = {p: cluster_of[i] for i, p in enumerate(places)}
    out = []
    for d, doc in enumerate(documents):
        stories = tuple(
            dataclasses.replace(
                story,
                events=tuple(
                    dataclasses.replace(e, cluster=by_place[(d, s, k)]) for k, e in enumerate(story.events)
                ),
            )
            for s, story in enumerate(doc.stories)
        )
        out.append(dataclasses.replace(doc, stories=stories))
    return tuple(out)
