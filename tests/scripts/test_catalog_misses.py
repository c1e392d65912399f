"""scripts/catalog_misses.py: a gold name is linked, NIL or missed, and its office kind is counted.

The gold, the output and the kinds are composed for the test (made-up names and documents)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from script_module import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "catalog_misses.py"

GOLD = """\
entities: {}
aliases_en:
  Omar Dabbas: [Omar Dabbas, Omar al-Dabbas]
documents:
  doc1.txt:
    events:
      - {id: e1, type: meet, status: occurred, participants: [Karim Haddadin, Omar Dabbas]}
      - {id: e2, type: visit, status: occurred, participants: [Salim Nouri]}
    quotes:
      - {speaker: Karim Haddadin, text: "قال كلاما"}
      - {speaker: null, text: "قال مصدر"}
"""


def _entity(name: str, nil: bool) -> dict:
    return {"id": name, "name_en": name, "type": "PER", "nil": nil, "mentions": [], "spans": []}


OUTPUT = {
    "documents": [
        {
            "source": "/data/doc1.txt",
            "stories": [
                {
                    "entities": [_entity("Karim Haddadin", False), _entity("Omar al-Dabbas", True)],
                    "events": [],
                    "quotes": [],
                }
            ],
        }
    ]
}


@pytest.fixture(scope="module")
def misses():
    return load_script(SCRIPT)


def test_each_gold_name_is_linked_nil_or_missed(misses, shared, tmp_path):
    gold = tmp_path / "gold.yaml"
    gold.write_text(GOLD, encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text(json.dumps(OUTPUT, ensure_ascii=False), encoding="utf-8")
    counts, rows = misses.unlinked(misses.load_scorer(shared), gold, out)
    # Karim twice (participant, speaker); the unnamed speaker is not a name
    assert counts == {"linked": 2, "nil": 1, "missed": 1}
    assert sorted(rows) == [
        ("missed", "participant", "Salim Nouri", "doc1.txt"),
        ("nil", "participant", "Omar Dabbas", "doc1.txt"),
    ]


def test_the_kinds_file_reads_names_and_kinds(misses, tmp_path):
    path = tmp_path / "kinds.tsv"
    path.write_text("# comment\nSalim Nouri\tEU commissioner or official\tnote\n\n", encoding="utf-8")
    assert misses.read_kinds(path) == {"Salim Nouri": "EU commissioner or official"}


def test_the_shipped_kinds_file_reads(misses):
    kinds = misses.read_kinds(misses.KINDS)
    assert kinds["Johannes Hahn"] == "EU commissioner or official"
