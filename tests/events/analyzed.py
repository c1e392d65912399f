"""Events of invented sentences as (type, status, participants' English names, place) tuples, for the
event tests (not a test module). They are the rules' events, the learned filter off: the filter is
retrained after every rule change and judges a story by features an invented one-liner does not
stand for (tests/events/test_event_filter.py tests it, test_pipeline that the pipeline applies it)."""

import dataclasses
import datetime as dt

import rasd
from rasd.settings import Settings

DAY = dt.date(2024, 10, 11)


def events(text: str, published: dt.date | None = DAY) -> list[tuple[str, str, list[str], str | None]]:
    rules = dataclasses.replace(Settings.from_env(), event_filter_threshold=0.0)
    doc = rasd.analyze_text(text, published=published, settings=rules)
    names = {e.id: e.name_en for s in doc.stories for e in s.entities}
    return [
        (e.type, e.status, sorted(names.get(p, p) for p in e.participants), names.get(e.location))
        for s in doc.stories
        for e in s.events
    ]


def parties(text: str, kind: str) -> list[list[str]]:
    """The participants (English names, sorted) of the text's events of one type."""
    return [people for type_, _, people, _ in events(text) if type_ == kind]


def of_type(text: str, kind: str) -> list[tuple[str, list[str], str | None]]:
    """(status, participants' English names, place's English name) of the text's events of one type."""
    return [(status, people, place) for type_, status, people, place in events(text) if type_ == kind]
