"""The devset's two parts stay consistent: each ids file lists exactly its gold's documents."""

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

DEVSET = Path(__file__).resolve().parents[2] / "eval" / "devset"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"devset_{name}", DEVSET / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def materialize():
    return _load("materialize")


@pytest.mark.parametrize("part", ["a", "b"])
def test_ids_and_gold_list_the_same_documents(materialize, part: str) -> None:
    ids_name, gold_name = materialize.PARTS[part]
    ids = materialize.read_ids(DEVSET / ids_name)
    gold = yaml.safe_load((DEVSET / gold_name).read_text(encoding="utf-8"))
    assert len(ids) == len(set(ids)), f"{ids_name} repeats an id"
    assert sorted(f"{i}.txt" for i in ids) == sorted(gold["documents"])


def test_the_parts_share_no_article(materialize) -> None:
    """Part b is meant as unseen data: an article labelled in part a must not come back in it."""
    a = set(materialize.read_ids(DEVSET / materialize.PARTS["a"][0]))
    b = set(materialize.read_ids(DEVSET / materialize.PARTS["b"][0]))
    assert b and not a & b


def test_part_b_window_starts_after_part_a_window() -> None:
    select = _load("select")
    since_b, until_b = select.PARTS["b"]
    assert select.PARTS["a"] == ("2015-08-01", None)  # the window that produced ids.txt
    assert since_b > select.PARTS["a"][0] and until_b is not None and since_b <= until_b


def test_check_reports_ids_that_the_gold_lacks(materialize, shared, capsys) -> None:
    """--check fails, without printing article text, when an id has no gold entry."""
    article = {"id": "2015-08-09_0001", "title": "عنوان تجريبي", "text": "نص", "date": "2015-08-09 10:00:00"}
    gold = {"documents": {}}
    assert materialize.check(gold, ["2015-08-09_0001"], {"2015-08-09_0001": article}) == 1
    assert "list different documents" in capsys.readouterr().out


def test_check_passes_a_consistent_gold(materialize, shared, capsys) -> None:
    article = {
        "id": "2015-08-09_0001",
        "title": "الوزير يلتقي نظيره",
        "text": "نص قصير",
        "date": "2015-08-09 10:00",
    }
    doc = {
        "published": "2015-08-09",
        "stories": [{"title_starts": "الوزير يلتقي"}],
        "events": [{"id": "e1", "type": "meet", "status": "occurred", "participants": ["A", "B"]}],
        "quotes": [],
    }
    gold = {"documents": {"2015-08-09_0001.txt": doc}}
    assert materialize.check(gold, ["2015-08-09_0001"], {"2015-08-09_0001": article}) == 0
    assert "0 problems" in capsys.readouterr().out
