"""Every packaged data file parses (a bad edit fails here, naming file and line)."""

import pytest

from rasd.clean import load_clean_lexicon
from rasd.errors import DataFileError
from rasd.lang.months import month_lexicon
from rasd.lang.normalize import translate_table
from rasd.resources import data_path, read_jsonl, read_kinds, read_tsv


def test_clean_lexicon_loads() -> None:
    lex = load_clean_lexicon()
    assert {p.kind for p in lex.patterns} >= {
        "read_also",
        "related",
        "tags",
        "source",
        "published",
        "updated",
    }
    assert "وكالات" in lex.wire_credits


def test_charmap_and_months_load() -> None:
    assert translate_table()
    names = month_lexicon()
    assert names["حزيران"] == 6 and names["جانفي"] == 1 and names["september"] == 9 and names["يوليوز"] == 7


def test_every_data_folder_has_a_readme() -> None:
    for folder in data_path("").iterdir():
        if folder.is_dir() and not folder.name.startswith((".", "_")):
            assert (folder / "README.md").is_file(), f"rasd/data/{folder.name} has no README.md"


def test_loader_reports_file_and_line(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "data" / "x"
    bad.mkdir(parents=True)
    (bad / "rules.jsonl").write_text('{"kind": "a"}\n{not json}\n', encoding="utf-8")
    (bad / "table.tsv").write_text("a\tb\tc\td\n", encoding="utf-8")
    monkeypatch.setattr("rasd.resources.data_path", lambda rel: tmp_path / "data" / rel)
    with pytest.raises(DataFileError, match=r"x/rules.jsonl:2"):
        read_jsonl("x/rules.jsonl")
    with pytest.raises(DataFileError, match=r"x/table.tsv:1: expected 2-2"):
        read_tsv("x/table.tsv", ("one", "two"))


def test_a_word_kind_table_groups_words_and_refuses_an_unknown_kind(tmp_path, monkeypatch) -> None:
    table = tmp_path / "data" / "x" / "kinds.tsv"
    table.parent.mkdir(parents=True)
    table.write_text("حيث\tsub\nالذي\trel\nكما\tsub\nسمو\tsub,rel\n", encoding="utf-8")
    monkeypatch.setattr("rasd.resources.data_path", lambda rel: tmp_path / "data" / rel)
    assert read_kinds("x/kinds.tsv", ("sub", "rel"), several=True) == {
        "sub": ("حيث", "كما", "سمو"),
        "rel": ("الذي", "سمو"),
    }
    with pytest.raises(DataFileError, match=r"x/kinds.tsv: unknown kind \['sub,rel'\]"):
        read_kinds("x/kinds.tsv", ("sub", "rel"))
