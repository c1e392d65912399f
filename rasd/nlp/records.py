"""Records of the entity stage: mentions found in a story, catalog entries, linked entities.

Offsets are character offsets into `Story.text` (which is never altered).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True, slots=True)
class Mention:
    """A span that names an entity (or a role that stands for one)."""

    start: int
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    source: str  # crf | gazetteer | rule | role
    part: str = "text"  # text | title: offsets are into Story.text or Story.title


@dataclass(frozen=True, slots=True)
class Office:
    """A post a person held; `role` is a key of rasd/data/entities/roles.tsv (president, …)."""

    role: str
    of: str  # the catalog id of the state or organisation (e.g. "RU", "UN")
    start: dt.date | None
    end: dt.date | None  # None: still in office (as far as the catalog knows)
    acting: bool = False


@dataclass(frozen=True, slots=True)
class CatalogEntity:
    """A canonical entity: one identity across spellings and scripts."""

    id: str
    type: str  # PER | ORG | LOC
    kind: str  # person, country, city, region, organisation, agency, outlet, …
    name_en: str
    name_ar: str
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    qid: str | None = None
    country: str | None = None  # for cities and regions, the state's id
    adjectives_ar: tuple[str, ...] = ()  # for states: الروسي، الروسية (nationality adjectives)
    offices: tuple[Office, ...] = ()


@dataclass(frozen=True, slots=True)
class LinkedEntity:
    """An entity as it appears in one story, with every mention that refers to it."""

    id: str  # catalog id, or "nil:<hash of the normalised name>" for names the catalog lacks
    type: str
    name_en: str
    name_ar: str
    mentions: tuple[Mention, ...]
    nil: bool = False
    romanized: bool = False  # name_en was transliterated by rasd, not taken from the catalog
    qid: str | None = None
    kind: str | None = None  # the catalog kind (person, country, capital, city, region, …)
