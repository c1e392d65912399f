"""eval/pages/build.py: which borrowed surface forms the merged gold keeps.

The forms are made up for the test; `words` stands in for the scorer's tokenizer.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from script_module import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "eval" / "pages" / "build.py"
SCORER = SimpleNamespace(words=str.split)


@pytest.fixture(scope="module")
def build():
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        module = load_script(SCRIPT, "pages_build")
    finally:
        sys.path.remove(str(SCRIPT.parent))
    return module


def test_a_form_holding_a_shorter_form_of_its_entity_is_kept(build):
    forms = ["الأمير سعد بن خالد", "الأمير سعد", "سعد بن خالد"]
    assert build.holds_form(SCORER, "الأمير سعد بن خالد", forms)


def test_a_form_holding_none_is_not(build):
    forms = ["الأمير سعد بن خالد", "ولي العهد"]
    assert not build.holds_form(SCORER, "الأمير سعد بن خالد", forms)
    assert not build.holds_form(SCORER, "ولي العهد", forms)


def test_a_shorter_form_only_counts_as_whole_words(build):
    assert not build.holds_form(SCORER, "سعدون بن خالد", ["سعد", "سعدون بن خالد"])
