"""The events stage entry point: `add_events(story, lexicon)` (pure, per story)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

from rasd.events.extract import EventLexicon, EventWindows, extract_events
from rasd.events.filter import EventFilter
from rasd.events.quotes import QuoteVerbs, QuoteWindows, find_headline_quote, find_quotes
from rasd.nlp.catalog import Catalog
from rasd.nlp.timex import find_times
from rasd.nlp.timex_lex import TimeLexicon
from rasd.records import LinkedEntity, Story
from rasd.settings import Settings


def add_events(
    story: Story,
    lex: EventLexicon,
    catalog: Catalog,
    windows: EventWindows | None = None,
    event_filter: EventFilter | None = None,
    threshold: float = 0.0,
) -> Story:
    """The story with its events (from its body; the headline repeats the lede), its quotes' speakers'
    statements among them: run after `add_quotes`. Reads the story's tokens (`Story.tokens`) when made.
    With `event_filter` and a `threshold` above 0, the learned filter then drops the candidates it
    scores below the threshold (rasd/events/filter.py)."""
    sentences = [(s.start, s.end) for s in story.sentences]

    def state_of(entity_id: str) -> str | None:
        """The state a person serves (his first office held for a state), for grouping reports."""
        entity = catalog.get(entity_id)
        if entity is None or entity.kind != "person":
            return None
        return next((o.of for o in entity.offices if (catalog.get(o.of) or entity).kind == "country"), None)

    def country_of(entity_id: str) -> str | None:
        """The state a city or region lies in, or a state body serves (id org:<body>:<state>, made by
        `rasd.nlp.roles.BodyMatcher` outside the catalog)."""
        entity = catalog.get(entity_id)
        if entity is None and entity_id.startswith("org:") and entity_id.count(":") == 2:
            return entity_id.rsplit(":", 1)[1]
        return entity.country if entity is not None else None

    def city_of(entity_id: str) -> str | None:
        """The city a site lies in (places.tsv `city`), where an event at the site is placed."""
        entity = catalog.get(entity_id)
        return entity.city if entity is not None else None

    events = extract_events(
        story.text,
        sentences,
        story.entities,
        story.published,
        lex,
        find_date=functools.partial(event_date, times=lex.times),
        state_of=state_of,
        speeches=story.quotes,
        country_of=country_of,
        tokens=story.tokens.body if story.tokens is not None else None,
        windows=windows,
        dateline=story.dateline,
        city_of=city_of,
    )
    story = dataclasses.replace(story, events=events)
    if event_filter is not None and threshold > 0.0:
        story = dataclasses.replace(story, events=event_filter.keep(story, threshold))
    return with_places(story, catalog)


def with_places(story: Story, catalog: Catalog) -> Story:
    """The story with every place of its events among its entities: a site's city (`place_in_city`) the
    story does not name joins them from the catalog, with no mention, so that the output names it
    (`rasd.export` and the knowledge base name places from the story's entities)."""
    known = {e.id for e in story.entities}
    added = []
    for place in dict.fromkeys(e.location for e in story.events if e.location and e.location not in known):
        entity = catalog.get(place)
        if entity is not None:
            added.append(LinkedEntity.of(entity))
    return dataclasses.replace(story, entities=story.entities + tuple(added)) if added else story


def event_date(
    sentence: str, anchor: dt.date | None, *, ahead: bool = False, times: TimeLexicon | None = None
) -> tuple[dt.date | None, str] | None:
    """The day a sentence dates its event to: its first time expression resolved to a single day; a
    bare weekday is the next one when the event is told `ahead` (يزور … الثلاثاء), else the last.
    `times`: the time lexicon (`EventLexicon.times`)."""
    for expr in find_times(sentence, anchor, bare_weekday="ahead" if ahead else "past", lex=times):
        since = sentence[max(0, expr.start - 8) : expr.start].split()[-1:] in (["منذ"], ["ومنذ"])
        if since:  # "يزور روسيا منذ الاثنين": when a stay began, not when the event happened
            continue
        if expr.value is not None and expr.grain == "day" and expr.last_day in (None, expr.value):
            return expr.value, expr.text
    return None


def add_quotes(story: Story, verbs: QuoteVerbs, windows: QuoteWindows | None = None) -> Story:
    """The story with its quotes: the body's, after the headline's ("بوتين: …") when
    `QuoteWindows.headlines` (off by default: a headline label is no quote, docs/labelling.md)."""
    windows = windows or Settings().quote_windows()
    head = find_headline_quote(story.title, story.entities, windows) if story.title else None
    tokens = story.tokens.body if story.tokens is not None else None
    body = find_quotes(story.text, story.entities, verbs, tokens, windows, head.speaker if head else None)
    labelled = head is not None and windows.headlines
    return dataclasses.replace(story, quotes=((head,) if labelled else ()) + body)
