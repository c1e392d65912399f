"""Shared fixtures of the entity tests: the resources and the catalog, loaded once, a role matcher, and
a story's links by name."""

import datetime as dt
from collections.abc import Callable

import pytest

from rasd.nlp.catalog import Catalog, load_catalog
from rasd.nlp.entities import EntityResources, find_entities, load_entity_resources
from rasd.nlp.roles import RoleMatcher

Linked = Callable[..., dict[str, list[str]]]


@pytest.fixture(scope="session")
def entity_resources() -> EntityResources:
    return load_entity_resources()


@pytest.fixture(scope="session")
def linked(entity_resources: EntityResources) -> Linked:
    """English name -> the mentions' texts, for the entities of one invented text."""

    def run(text: str, published: dt.date | None = None) -> dict[str, list[str]]:
        return {
            e.name_en: [m.text for m in e.mentions] for e in find_entities(text, published, entity_resources)
        }

    return run


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="session")
def role_matcher(catalog: Catalog) -> RoleMatcher:
    return RoleMatcher(catalog)
