"""The built-in demo corpus against its own gold (rasd/data/demo/gold.yaml)."""

import pytest

from rasd.export import write_json
from rasd.pipeline import analyze_paths
from rasd.resources import data_path
from rasd.settings import Settings

yaml = pytest.importorskip("yaml")


@pytest.fixture(scope="module")
def demo():
    return analyze_paths([data_path("demo/pages")], Settings())


@pytest.fixture(scope="module")
def gold():
    return yaml.safe_load(data_path("demo/gold.yaml").read_text(encoding="utf-8"))


def name(source: str) -> str:
    return source.rsplit("/", 1)[-1]


def test_every_input_is_a_document_or_an_error(demo, gold) -> None:
    seen = sorted([name(d.source) for d in demo.documents] + [name(e.source) for e in demo.errors])
    assert seen == sorted(list(gold["documents"]) + list(gold["errors"]))


def test_each_broken_input_fails_with_an_expected_code(demo, gold) -> None:
    codes = {name(e.source): e.code for e in demo.errors}
    for source, expected in gold["errors"].items():
        assert codes.get(source) in expected["codes"], (
            f"{source}: {codes.get(source)} not in {expected['codes']}"
        )


def test_documents_and_stories_match_the_gold(demo, gold) -> None:
    by_name = {name(d.source): d for d in demo.documents}
    for source, g in gold["documents"].items():
        doc = by_name[source]
        found = doc.published.isoformat() if doc.published else None
        assert found == (str(g["published"]) if g["published"] else None), source
        assert len(doc.stories) == len(g["stories"]), source


def test_shared_scorer_on_the_demo(score_seeds, tmp_path) -> None:
    out = tmp_path / "demo.json"
    write_json(analyze_paths([data_path("demo/pages")], Settings()), out)
    gold, pages = str(data_path("demo/gold.yaml")), str(data_path("demo/pages"))
    score = score_seeds(
        out, "--gold", gold, "--seeds", pages, "--section", "documents", "--section", "stories"
    )
    assert score.returncode == 0, score.stdout[-3000:]
