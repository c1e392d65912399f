"""The events stage entry point: `add_events(story, lexicon)` (pure, per story)."""

from __future__ import annotations

import dataclasses

from rasd.events.extract import EventLexicon, extract_events
from rasd.records import Story


def add_events(story: Story, lex: EventLexicon) -> Story:
    """The story with its events (from its body; the headline repeats the lede)."""
    sentences = [(s.start, s.end) for s in story.sentences]
    events = extract_events(story.text, sentences, story.entities, story.published, lex)
    return dataclasses.replace(story, events=events)
