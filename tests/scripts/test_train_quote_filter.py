"""The quote filter's report script: it reads only the development sets and scores as prf.py does."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import numpy as np
from script_module import load_script

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    return load_script(ROOT / "scripts/train_quote_filter.py")


def test_it_never_reads_parts_c_f_or_the_test_split() -> None:
    script = _script()
    assert set(script.SETS) == {"dev", "a", "b", "d", "e"}
    files = [f for out, gold, _ in script.SETS.values() for f in (out, gold)]
    assert not any("_c" in f or "_f" in f or "test" in f or f in ("pc.json", "pf.json") for f in files)


def test_f1_counts_right_quotes_and_gold_found_apart() -> None:
    # two output quotes hit the same gold quote, one hits nothing; 2 gold quotes in all
    hits = [{0}, {0}, set()]
    script = _script()
    assert script.f1(np.array([True, True, True]), hits, 2) == 2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2)
    assert script.f1(np.array([True, False, False]), hits, 2) == 2 * 1 * (1 / 2) / (1 + 1 / 2)


def test_features_see_a_marked_participle_quote() -> None:
    text = 'وقال بوتين إن الحرب طويلة، مضيفاً: "سنواصل العمل حتى النهاية".'
    start = text.index("سنواصل")
    quote = {
        "start": start,
        "end": start + len("سنواصل العمل حتى النهاية"),
        "text": "سنواصل العمل حتى النهاية",
        "direct": True,
        "trigger": "مضيفاً",
        "trigger_end": text.index(":"),
        "speaker_id": "per:x",
    }
    row = _script().features(quote, text, 1, 2)
    assert row[1:3] == [1.0, 1.0] and row[7] == 1.0 and row[12] == 1.0  # direct, marks, participle, colon
