"""The entity stage: NER, gazetteer, roles and linking for one story (pure, per story)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from rasd.nlp.catalog import load_catalog
from rasd.nlp.link import LinkResources, StoryLinker
from rasd.nlp.ner.tagger import NerTagger
from rasd.nlp.tokens import tokenize
from rasd.records import LinkedEntity, Mention, Story


@dataclass(frozen=True)
class EntityResources:
    """The catalog-derived matchers and the NER model, loaded once per process."""

    link: LinkResources
    tagger: NerTagger


def load_entity_resources() -> EntityResources:
    """The catalog is read once: the linker's matchers and the tagger's gazetteer are built from it."""
    catalog = load_catalog()
    return EntityResources(LinkResources.build(catalog), NerTagger(catalog=catalog))


def find_entities(text: str, published: dt.date | None, res: EntityResources) -> tuple[LinkedEntity, ...]:
    """Every entity of `text`, linked to the catalog where possible, with all its mentions."""
    tokens = tokenize(text)
    crf = res.tagger.find_mentions(text, tokens)
    linker = StoryLinker(res.link, text, published)
    linker.link_gazetteer(res.link.gazetteer.find(text), crf)
    linker.link_skeletons(tokens)
    roles = res.link.roles.find(text)
    if res.link.bodies is not None:
        linker.link_bodies(res.link.bodies.find(text), roles)
        linker.link_body_references(res.link.bodies.find_bare(text), roles)
    linker.link_crf(crf, roles)
    linker.link_short_forms()
    linker.link_given_names()
    linker.link_roles(roles)
    linker.link_counterparts(roles)
    linker.link_adjectives(tokens)
    linker.extend_names()
    return linker.entities()


def add_entities(story: Story, res: EntityResources) -> Story:
    """The story with its entities; the title is read with the text, its mentions marked `part="title"`."""
    head = (story.title + "\n") if story.title else ""
    found = find_entities(head + story.text, story.published, res)
    shift = len(head)

    def place(m: Mention) -> Mention:
        if m.start < shift:
            return dataclasses.replace(m, part="title")
        return dataclasses.replace(m, start=m.start - shift, end=m.end - shift)

    entities = tuple(dataclasses.replace(e, mentions=tuple(map(place, e.mentions))) for e in found)
    return dataclasses.replace(story, entities=entities)
