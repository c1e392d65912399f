"""The entity stage: NER, gazetteer, roles and linking for one story (pure, per story)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.lang.normalize import normalize
from rasd.lang.tokens import tokenize
from rasd.nlp.catalog import load_catalog
from rasd.nlp.link import LinkResources, StoryLinker, split_adjacent_names, story_persons_first
from rasd.nlp.ner.tagger import NerTagger, trim_person
from rasd.nlp.nil_names import NilNames
from rasd.nlp.phrases import PhraseWords, load_phrase_words
from rasd.records import LinkedEntity, Mention, Story, Token
from rasd.settings import Settings


@dataclass(frozen=True)
class EntityResources:
    """The catalog-derived matchers and the NER model, loaded once per process."""

    link: LinkResources
    tagger: NerTagger
    phrases: PhraseWords
    nil_names: NilNames | None = None  # second look at NIL names (`rasd.nlp.nil_names`); None: off


def load_entity_resources(settings: Settings | None = None) -> EntityResources:
    """The catalog is read once: the linker's matchers and the tagger's gazetteer are built from it.
    `settings`: the run's (the defaults when not given)."""
    catalog = load_catalog()
    settings = settings or Settings()
    link = LinkResources.build(catalog, settings)
    return EntityResources(
        link,
        NerTagger(catalog=catalog),
        load_phrase_words(catalog),
        NilNames.build(catalog, link.name_words, link.nil_distinct, link.romanizer, link.honorifics)
        if settings.nil_name_review
        else None,
    )


def find_entities(
    text: str,
    published: dt.date | None,
    res: EntityResources,
    tokens: Sequence[Token] | None = None,
    outlet: str | None = None,
) -> tuple[LinkedEntity, ...]:
    """Every entity of `text`, linked to the catalog where possible, with all its mentions. `tokens`:
    the text's (`rasd.lang.tokens.tokenize`), when a stage before has them; `outlet`: the story's
    outlet as the cleaner read it (a body with no state may be its state's)."""
    tokens = tokenize(text) if tokens is None else tokens
    found = res.tagger.find_mentions(text, tokens)
    trimmed = (trim_person(m, res.link.not_names, res.link.name_titles) for m in found)
    crf = tuple(m for m in trimmed if m is not None)
    norm = normalize(text)  # one matching form for every matcher of the text
    linker = StoryLinker(res.link, text, published, outlet, norm)
    hits = res.link.gazetteer.find(text, norm)
    crf = split_adjacent_names(crf, hits, res.link.catalog)
    linker.link_gazetteer(hits, crf)
    linker.link_skeletons(tokens)
    roles = res.link.roles.find(text, norm)
    bodies, bare = res.link.bodies.scan(text, norm) if res.link.bodies is not None else ([], [])
    if bodies or bare:
        linker.link_bodies(bodies, roles)
        linker.link_body_references(bare, roles)
    linker.link_crf(crf, roles)
    linker.link_short_forms()
    linker.link_organisation_short_forms()
    linker.link_given_names()
    linker.link_head_offices()
    linker.link_names_after_titles(roles, bodies)
    linker.link_roles(roles)
    linker.link_title_bodies(bodies, roles)
    linker.link_counterparts(roles)
    linker.link_minister_titles()
    linker.link_adjectives(tokens)
    linker.link_story_bodies(bare, roles)
    linker.link_organisation_heads()
    linker.extend_names()
    found = linker.entities()
    found = res.nil_names.review(found, text, published) if res.nil_names is not None else found
    return story_persons_first(found, res.link) if res.link.story_persons else found


def add_entities(story: Story, res: EntityResources) -> Story:
    """The story with its entities; the title is read with the text, its mentions marked `part="title"`.
    The tokens are the story's own (`Story.tokens`) when the tokens stage made them."""
    head = (story.title + "\n") if story.title else ""
    tokens = story.tokens.joined if story.tokens is not None else None
    found = find_entities(head + story.text, story.published, res, tokens, story.outlet)
    shift = len(head)

    def place(m: Mention) -> Mention:
        if m.start < shift:
            return dataclasses.replace(m, part="title")
        return dataclasses.replace(m, start=m.start - shift, end=m.end - shift)

    entities = tuple(dataclasses.replace(e, mentions=tuple(map(place, e.mentions))) for e in found)
    return dataclasses.replace(story, entities=entities)
