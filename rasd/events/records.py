"""Records of the events stage: who did what with whom, and who said what.

Offsets are into `Story.text` (`part="title"` for the headline). Participants, places and speakers
are catalog (or NIL) entity ids from `Story.entities`; names are resolved at export.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

EVENT_TYPES = (
    "meet", "call", "visit", "statement", "praise", "criticize", "agree", "sign",
    "request", "threaten", "attack", "aid", "protest", "other",
)  # fmt: skip
STATUSES = ("occurred", "planned", "denied", "hypothetical")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One mention of an event in the text: the trigger word or phrase."""

    start: int
    end: int
    text: str
    part: str = "text"


@dataclass(frozen=True, slots=True)
class Event:
    type: str  # one of EVENT_TYPES
    status: str  # one of STATUSES
    participants: tuple[str, ...]  # entity ids, in order of mention
    triggers: tuple[Trigger, ...]  # every mention of this one event in the story
    location: str | None = None  # entity id
    date: dt.date | None = None
    date_text: str | None = None  # the time expression that gave the date, as written
    context: str | None = None  # a summit or forum the event took place at, as written
    actors: tuple[str, ...] = ()  # participants as states: a leader counts as the state he serves
    people: tuple[str, ...] = ()  # the participants that are people
    cluster: str | None = None  # the same value for every report of one real-world event (rasd/kb/cluster.py)
    cluster_date: dt.date | None = None  # the date the cluster's reports agree on (rasd/kb/cluster.py)


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None  # entity id, None when the speaker could not be resolved
    text: str  # the quoted words, as written (without quotation marks)
    start: int
    end: int
    direct: bool = True  # False for reported speech: قال إن …
    trigger: str | None = None  # the attribution verb as written (قال، أكد، وفقاً لـ …)
    part: str = "text"
    trigger_start: int | None = None  # where the attribution verb is, in the same part
    trigger_end: int | None = None
