"""The devset's four parts stay consistent: each ids file lists exactly its gold's documents."""

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from script_module import load_script

DEVSET = Path(__file__).resolve().parents[2] / "eval" / "devset"


def _load(name: str):
    return load_script(DEVSET / f"{name}.py", f"devset_{name}")


@pytest.fixture(scope="module")
def materialize():
    return _load("materialize")


@pytest.mark.parametrize("part", ["a", "b", "c", "d", "e", "f", "g", "h"])
def test_ids_and_gold_list_the_same_documents(materialize, part: str) -> None:
    ids_name, gold_name = materialize.PARTS[part]
    ids = materialize.read_ids(DEVSET / ids_name)
    gold = yaml.safe_load((DEVSET / gold_name).read_text(encoding="utf-8"))
    assert len(ids) == len(set(ids)), f"{ids_name} repeats an id"
    assert sorted(f"{i}.txt" for i in ids) == sorted(gold["documents"])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("a", "b"),
        ("a", "c"),
        ("b", "c"),
        ("a", "d"),
        ("b", "d"),
        ("c", "d"),
        ("a", "e"),
        ("b", "e"),
        ("c", "e"),
        ("d", "e"),
        ("a", "f"),
        ("b", "f"),
        ("c", "f"),
        ("d", "f"),
        ("e", "f"),
        ("a", "g"),
        ("b", "g"),
        ("c", "g"),
        ("d", "g"),
        ("e", "g"),
        ("f", "g"),
        ("a", "h"),
        ("b", "h"),
        ("c", "h"),
        ("d", "h"),
        ("e", "h"),
        ("f", "h"),
        ("g", "h"),
    ],
)
def test_the_parts_share_no_article(materialize, first: str, second: str) -> None:
    """Parts b to h are meant as unseen data: an article labelled in one part must not come back in another."""
    one = set(materialize.read_ids(DEVSET / materialize.PARTS[first][0]))
    two = set(materialize.read_ids(DEVSET / materialize.PARTS[second][0]))
    assert one and two and not one & two


@pytest.mark.parametrize("part", ["e", "f", "g", "h"])
def test_parts_e_to_h_are_drawn_from_the_july_days_with_published_set(materialize, part: str) -> None:
    """Parts e, f, g and h's date policy (their gold headers) assumes July crawl days: every id is crawled
    2015-07-21..31 and its gold's `published` is that day."""
    gold = yaml.safe_load((DEVSET / materialize.PARTS[part][1]).read_text(encoding="utf-8"))
    assert gold["documents"]
    for name, doc in gold["documents"].items():
        day = name[:10]
        assert "2015-07-21" <= day <= "2015-07-31", name
        assert str(doc["published"]) == day, name


def test_part_b_window_starts_after_part_a_window() -> None:
    select = _load("select")
    since_b, until_b = select.PARTS["b"]
    assert select.PARTS["a"] == ("2015-08-01", None)  # the window that produced ids.txt
    assert since_b > select.PARTS["a"][0] and until_b is not None and since_b <= until_b


def _write_corpus(path: Path, records: list[dict]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def test_part_c_skips_title_keywords_taken_ids_and_bodies_without_an_actor(
    tmp_path, monkeypatch, capsys
) -> None:
    """Part c keeps an in-window article whose title has no diplomacy keyword and whose body names an actor."""
    select = _load("select")
    (tmp_path / "a.txt").write_text("2015-08-03_0001\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("# none\n", encoding="utf-8")
    monkeypatch.setattr(select, "PART_A_IDS", tmp_path / "a.txt")
    monkeypatch.setattr(select, "PART_B_IDS", tmp_path / "b.txt")
    body = "قال وزير الخارجية في بيان إن بلاده ترفض التدخل. " * 12  # about 550 characters
    base = {"outlet": "paper", "date": "2015-08-03 10:00:00", "text": body}
    records = [
        {**base, "id": "2015-08-03_0001", "title": "عنوان بلا كلمة مفتاحية"},  # already in part a
        {**base, "id": "2015-08-03_0002", "title": "الوزير يستقبل نظيره"},  # a part a title keyword
        {**base, "id": "2015-08-03_0003", "title": "خبر سياسي", "text": "نص بلا فاعل سياسي. " * 40},
        {**base, "id": "2015-08-03_0004", "title": "خبر عن المنتخب"},  # a sports word
        {
            **base,
            "id": "2015-07-30_0005",
            "date": "2015-07-30 10:00:00",
            "title": "خبر سياسي",
        },  # before 08-01
        {**base, "id": "2015-08-03_0006", "title": "خبر سياسي"},  # the one to keep
    ]
    corpus = _write_corpus(tmp_path / "c.jsonl.gz", records)
    select.part_c(corpus, "2015-08-01", "2015-08-11", per_outlet=25)
    kept = [ln.split("\t")[0] for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")]
    assert kept == ["2015-08-03_0006"]


def _political_pool(n: int) -> list[dict[str, str]]:
    """`n` same-day articles of one outlet whose body names a political actor (parts c and d's rule)."""
    body = "أكد الرئيس أن الحكومة ماضية في خطتها. " * 15
    return [
        {
            "id": f"2015-08-04_{i:04d}",
            "outlet": "paper",
            "date": "2015-08-04 09:00",
            "title": f"خبر {i}",
            "text": body,
        }
        for i in range(n)
    ]


def test_part_c_order_is_seeded_not_corpus_order(tmp_path, monkeypatch, capsys) -> None:
    """The same corpus gives the same candidate order twice, and that order is not the corpus order."""
    select = _load("select")
    (tmp_path / "none.txt").write_text("", encoding="utf-8")
    monkeypatch.setattr(select, "PART_A_IDS", tmp_path / "none.txt")
    monkeypatch.setattr(select, "PART_B_IDS", tmp_path / "none.txt")
    records = _political_pool(30)
    corpus = _write_corpus(tmp_path / "c.jsonl.gz", records)
    runs = []
    for _ in range(2):
        select.part_c(corpus, "2015-08-01", "2015-08-11", per_outlet=50)
        runs.append(
            [ln.split("\t")[0] for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")]
        )
    assert runs[0] == runs[1] and sorted(runs[0]) == [r["id"] for r in records] != runs[0]


def test_part_d_drops_part_c_ids_and_has_its_own_order(tmp_path, monkeypatch, capsys) -> None:
    """Part d is part c's rule with another seed and without any id of parts a, b or c."""
    select = _load("select")
    (tmp_path / "none.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.txt").write_text("2015-08-04_0003\n", encoding="utf-8")
    monkeypatch.setattr(select, "PART_A_IDS", tmp_path / "none.txt")
    monkeypatch.setattr(select, "PART_B_IDS", tmp_path / "none.txt")
    monkeypatch.setattr(select, "PART_C_IDS", tmp_path / "c.txt")
    records = _political_pool(30)
    corpus = _write_corpus(tmp_path / "d.jsonl.gz", records)
    monkeypatch.setattr(
        sys, "argv", ["select.py", "--part", "d", "--corpus", str(corpus), "--per-outlet", "50"]
    )
    select.main()
    part_d = [ln.split("\t")[0] for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")]
    select.part_c(corpus, "2015-08-01", "2015-08-11", per_outlet=50, taken={"2015-08-04_0003"})
    part_c = [ln.split("\t")[0] for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")]
    assert "2015-08-04_0003" not in part_d and sorted(part_d) == sorted(part_c) and part_d != part_c


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


def _run_prf(shared: Path, tmp_path: Path, gold: dict, output: dict, *args: str) -> str:
    gold_path, out_path = tmp_path / "gold.yaml", tmp_path / "out.json"
    gold_path.write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    out_path.write_text(json.dumps(output, ensure_ascii=False), encoding="utf-8")
    command = [
        sys.executable,
        str(DEVSET / "prf.py"),
        str(out_path),
        "--gold",
        str(gold_path),
        "--shared",
        str(shared),
    ]
    done = subprocess.run([*command, *args], capture_output=True, text=True, check=True)
    return done.stdout


def _story(events: list[dict], quotes: list[dict]) -> dict:
    return {"title": "عنوان", "text": "", "events": events, "quotes": quotes}


def test_prf_counts_speaker_ok_and_scores_by_type(shared: Path, tmp_path: Path) -> None:
    """A quote given to a `speaker_ok` alternative counts; --by-type splits events by their type."""
    quote = "نص قصير من أربع كلمات على الأقل"
    gold = {
        "documents": {
            "x.txt": {
                "events": [
                    {"id": "e1", "type": "meet", "status": "occurred", "participants": ["Alpha", "Beta"]},
                    {"id": "e2", "type": "visit", "status": "occurred", "participants": ["Gamma"]},
                ],
                "quotes": [{"speaker": "Alpha", "speaker_ok": ["Beta"], "text": quote}],
            }
        }
    }
    events = [
        {"type": "meet", "status": "occurred", "participants": ["Alpha", "Beta"]},
        {"type": "visit", "status": "occurred", "participants": ["Delta"]},
    ]
    output = {
        "documents": [
            {
                "source": "x.txt",
                "stories": [_story(events, [{"speaker": "Beta", "text": quote, "direct": True}])],
            }
        ]
    }
    lines = _run_prf(shared, tmp_path, gold, output, "--by-type").splitlines()
    assert lines[0].startswith("events P 0.500 (1/2)  R 0.500 (1/2)")
    assert lines[1].startswith("quotes P 1.000 (1/1)  R 1.000 (1/1)")
    by_type = {line.split()[0]: line for line in lines[2:]}
    assert "F1 1.000" in by_type["meet"]
    assert "F1 0.000" in by_type["visit"]


def test_part_g_drops_the_ef_list_and_every_labelled_id(tmp_path, monkeypatch, capsys) -> None:
    """Part g keeps only the July rows that the list dealt to e and f never held and no part labelled."""
    select = _load("select")
    records = [
        {**r, "id": r["id"].replace("2015-08-04", "2015-07-24"), "date": "2015-07-24 09:00"}
        for r in _political_pool(40)
    ]
    corpus = _write_corpus(tmp_path / "g.jsonl.gz", records)
    select.part_c(corpus, "2015-07-21", "2015-07-31", select.PER_OUTLET_EF, select.SEED_EF, set(), True)
    ef_rows = {ln.split("\t")[0] for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")}
    assert len(ef_rows) == select.PER_OUTLET_EF  # one outlet: the e/f list is capped at 25 of the 40
    rest = sorted({r["id"] for r in records} - ef_rows)
    labelled = tmp_path / "ids_x.txt"
    labelled.write_text(rest[0] + "\n", encoding="utf-8")
    monkeypatch.setattr(select, "PART_IDS", [labelled])
    monkeypatch.setattr(sys, "argv", ["select.py", "--part", "g", "--corpus", str(corpus)])
    select.main()
    part_g = [ln.split("\t")[0] for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")]
    assert sorted(part_g) == rest[1:]


def _ids(out: str) -> list[str]:
    return [ln.split("\t")[0] for ln in out.splitlines() if not ln.startswith("#")]


def test_part_h_drops_the_ef_list_part_g_list_and_every_labelled_id(tmp_path, monkeypatch, capsys) -> None:
    """Part h keeps only the July rows that neither the e/f list nor part g's list held and no part labelled
    (ids_g.txt included), in its own seeded order."""
    select = _load("select")
    records = [
        {**r, "id": r["id"].replace("2015-08-04", "2015-07-24"), "date": "2015-07-24 09:00"}
        for r in _political_pool(70)
    ]
    corpus = _write_corpus(tmp_path / "h.jsonl.gz", records)
    labelled = tmp_path / "ids_x.txt"
    labelled.write_text("", encoding="utf-8")
    monkeypatch.setattr(select, "PART_IDS", [labelled])
    monkeypatch.setattr(sys, "argv", ["select.py", "--part", "e", "--corpus", str(corpus)])
    select.main()
    e_rows = set(_ids(capsys.readouterr().out))
    monkeypatch.setattr(sys, "argv", ["select.py", "--part", "f", "--corpus", str(corpus)])
    select.main()
    f_rows = set(_ids(capsys.readouterr().out))
    monkeypatch.setattr(sys, "argv", ["select.py", "--part", "g", "--corpus", str(corpus)])
    select.main()
    g_rows = set(_ids(capsys.readouterr().out))
    assert len(e_rows | f_rows) == len(g_rows) == select.PER_OUTLET_EF  # one outlet, capped at 25 each
    rest = sorted({r["id"] for r in records} - e_rows - f_rows - g_rows)
    assert len(rest) == 20
    ids_g = tmp_path / "ids_g.txt"
    ids_g.write_text(rest[0] + "\n", encoding="utf-8")  # labelled in part g although not in its list
    monkeypatch.setattr(select, "PART_G_IDS", ids_g)
    monkeypatch.setattr(sys, "argv", ["select.py", "--part", "h", "--corpus", str(corpus)])
    select.main()
    part_h = _ids(capsys.readouterr().out)
    assert sorted(part_h) == rest[1:] and part_h != rest[1:]
