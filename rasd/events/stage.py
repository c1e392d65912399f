"""The events stage entry point: `add_events(story, lexicon)` (pure, per story)."""

from __future__ import annotations

import dataclasses

from rasd.events.extract import EventLexicon, extract_events
from rasd.events.quotes import QuoteVerbs, find_headline_quote, find_quotes
from rasd.nlp.catalog import Catalog
from rasd.records import Story


def add_events(story: Story, lex: EventLexicon, catalog: Catalog) -> Story:
    """The story with its events (from its body; the headline repeats the lede)."""
    sentences = [(s.start, s.end) for s in story.sentences]

    def state_of(entity_id: str) -> str | None:
        """The state a person serves (his first office held for a state), for grouping reports."""
        entity = catalog.get(entity_id)
        if entity is None or entity.kind != "person":
            return None
        return next((o.of for o in entity.offices if (catalog.get(o.of) or entity).kind == "country"), None)

    events = extract_events(story.text, sentences, story.entities, story.published, lex, state_of=state_of)
    return dataclasses.replace(story, events=events)


def add_quotes(story: Story, verbs: QuoteVerbs) -> Story:
    """The story with its quotes: the headline's ("بوتين: …") first, then the body's."""
    body = find_quotes(story.text, story.entities, verbs)
    head = find_headline_quote(story.title, story.entities) if story.title else None
    return dataclasses.replace(story, quotes=((head,) if head else ()) + body)
