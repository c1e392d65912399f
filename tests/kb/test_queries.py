"""Query functions over a store filled from the demo corpus: entities, timelines, pages, search."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from rasd.errors import NotFoundError, QuerySyntaxError
from rasd.kb import queries as q
from rasd.kb.ingest import ingest_paths
from rasd.kb.search import analyse, parse_query, snippet
from rasd.kb.store import Store
from rasd.nlp.catalog import load_catalog
from rasd.resources import data_path
from rasd.settings import Settings


@pytest.fixture(scope="module")
def store(make_store) -> Store:
    s = make_store("q")
    ingest_paths([data_path("demo/pages")], s, Settings())
    return s


@pytest.mark.parametrize("name", ["بوتين", "لبوتين", "Putin", "vladimir putin", "per:vladimir-putin"])
def test_an_entity_is_found_by_any_name(store: Store, name: str) -> None:
    assert q.resolve(store, name).name_en == "Vladimir Putin"


def test_unknown_entity_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        q.resolve(store, "لا أحد بهذا الاسم")


def test_timeline_is_in_date_order_and_names_both_sides(store: Store) -> None:
    found = q.timeline(store, "Putin", "Erdogan", types=())
    assert found, "the demo corpus has Putin-Erdogan events"
    dates = [c.date for c in found if c.date]
    assert dates == sorted(dates)
    for c in found:
        names = {p.name_en for p, _ in c.participants}
        assert "Vladimir Putin" in names
        assert c.sources and c.source_count >= 1


def test_timeline_filters_by_type_and_date(store: Store) -> None:
    every = q.timeline(store, "Putin", types=(), status=None)
    calls = q.timeline(store, "Putin", types=("call",), status=None)
    assert calls and all(c.type == "call" for c in calls) and len(calls) < len(every)
    late = q.timeline(store, "Putin", types=(), date_from=dt.date(2025, 1, 1))
    assert late and all(c.date and c.date >= "2025-01-01" for c in late)


def test_entity_page_has_names_aliases_quotes_and_company(store: Store) -> None:
    page = q.entity_page(store, "بوتين", load_catalog())
    assert page.entity.name_ar and page.entity.name_en == "Vladimir Putin"
    assert any(a == "بوتين" for a, _ in page.aliases)
    assert page.quotes and page.events and page.cooccurring
    assert any(r.role == "president" and r.of == "Russia" for r in page.roles)
    json.dumps(q.to_json(page), ensure_ascii=False)  # the CLI's --json and the API serialise it


def test_cluster_view_lists_every_source(store: Store) -> None:
    multi = [c for c in q.timeline(store, "Putin", types=(), status=None) if len(c.sources) > 1]
    assert multi
    again = q.cluster(store, multi[0].id)
    assert {s.event_id for s in again.sources} == {s.event_id for s in multi[0].sources}
    with pytest.raises(NotFoundError):
        q.cluster(store, "no-such-cluster")


def test_search_finds_clitic_forms_and_marks_them(store: Store) -> None:
    plain = {h.story_id for h in q.search(store, "الرئيس", limit=200)}
    clitic = {h.story_id for h in q.search(store, "والرئيس", limit=200)}
    assert plain and plain == clitic
    hit = q.search(store, "الرئيس")[0]
    assert "[" in hit.snippet and "]" in hit.snippet


def test_search_operators(store: Store) -> None:
    every = {h.story_id for h in q.search(store, "الرئيس", limit=200)}
    without = {h.story_id for h in q.search(store, "الرئيس -بوتين", limit=200)}
    phrase = {h.story_id for h in q.search(store, '"الرئيس الروسي"', limit=200)}
    assert without < every and phrase <= every
    either = {h.story_id for h in q.search(store, "بوتين OR أردوغان", limit=200)}
    assert {h.story_id for h in q.search(store, "أردوغان", limit=200)} <= either


def test_search_filters(store: Store) -> None:
    late = q.search(store, "الرئيس", date_from=dt.date(2025, 1, 1), limit=200)
    assert all(h.published and h.published >= "2025-01-01" for h in late)
    named = q.search(store, "الرئيس", entity="Putin", limit=200)
    assert named and len(named) < len(q.search(store, "الرئيس", limit=200))


@pytest.mark.parametrize(
    "bad", ["", "   ", '"open phrase', "OR", "بوتين OR", "OR بوتين", "-بوتين", "x" * 600]
)
def test_malformed_queries_are_clear_errors(bad: str) -> None:
    with pytest.raises(QuerySyntaxError):
        parse_query(bad)


def test_analyser_folds_clitics_and_keeps_root_waw() -> None:
    assert analyse("والرئيس") == analyse("الرئيس") == analyse("للرئيس")
    assert analyse("وزير") != analyse("زير")


def test_snippet_keeps_the_original_spelling() -> None:
    text = "قال الرئيسُ إنّ المحادثات مع الرئيس الفرنسي كانت مثمرة"
    cut = snippet(text, parse_query("الرئيس"))
    assert "[الرئيسُ]" in cut and "[الرئيس]" in cut and "إنّ" in cut
