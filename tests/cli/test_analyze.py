"""The `rasd analyze` command end to end, and the seeds acceptance test (CONTRACT.md §1)."""

import json

from typer.testing import CliRunner

from rasd.cli.main import app

runner = CliRunner()


def test_analyze_writes_the_contract_json(tmp_path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(
        "عنوان الخبر الرئيسي اليوم\nقال وزير الخارجية في مؤتمر صحفي اليوم إن المحادثات كانت بناءة ومثمرة.\n"
        "المصدر: عين ليبيا\n",
        encoding="utf-8",
    )
    (tmp_path / "bad.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["analyze", str(tmp_path), "--json", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["outlet"] for d in data["documents"]] == ["عين ليبيا"]
    story = data["documents"][0]["stories"][0]
    assert story["title"] == "عنوان الخبر الرئيسي اليوم"
    assert [q["direct"] for q in story["quotes"]] == [False]  # "قال … إن …" is reported speech
    assert isinstance(story["entities"], list) and isinstance(story["events"], list)
    assert [e["source"].rsplit("/", 1)[-1] for e in data["errors"]] == ["bad.bin"]


def test_only_bad_inputs_exit_non_zero(tmp_path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["analyze", str(tmp_path), "--quiet"])
    assert result.exit_code == 1


def test_seeds_acceptance(shared, score_seeds, tmp_path) -> None:
    """The acceptance test: every check of ../shared/gold/seeds.yaml, every section."""
    out = tmp_path / "seeds.json"
    result = runner.invoke(app, ["analyze", str(shared / "seeds"), "--json", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    score = score_seeds(out)
    assert score.returncode == 0, score.stdout[-3000:]
