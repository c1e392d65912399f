"""The `rasd analyze` command end to end, and the seeds acceptance test (CONTRACT.md §1)."""

import json
import re
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.cli.render import Tally
from rasd.export import Spool, analysis_to_dict, write_json_stream
from rasd.pipeline import analyze_paths
from rasd.records import Analysis, Document
from rasd.settings import Settings

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


def _without_seconds(text: str) -> str:
    return re.sub(r'"seconds": [0-9.e-]+', '"seconds": 0', text)


def test_the_streamed_json_is_the_in_memory_json(shared, tmp_path) -> None:
    """`--json` spools documents and writes them one by one: the bytes are those of the whole
    analysis dumped at once (clusters across documents included), run time aside."""
    out = tmp_path / "seeds.json"
    result = runner.invoke(app, ["analyze", str(shared / "seeds"), "--json", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    analysis = analyze_paths([shared / "seeds"], Settings())
    assert len({e.cluster for d in analysis.documents for s in d.stories for e in s.events}) > 1
    whole = json.dumps(analysis_to_dict(analysis), ensure_ascii=False, indent=1)
    assert _without_seconds(out.read_text(encoding="utf-8")) == _without_seconds(whole)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds.json"]  # no spool, no .tmp left


def _analysis(tmp_path, documents: int, errors: int) -> Analysis:
    for k in range(documents):
        (tmp_path / f"d{k}.txt").write_text(
            f"عنوان {k}\nقال الوزير اليوم إن المحادثات كانت بناءة.\n", "utf-8"
        )
    for k in range(errors):
        (tmp_path / f"e{k}.txt").write_bytes(b"")
    return analyze_paths([tmp_path], Settings())


@pytest.mark.parametrize(("documents", "errors"), [(0, 0), (0, 2), (2, 0), (3, 1)])
def test_write_json_stream_writes_the_bytes_of_json_dumps(tmp_path, documents, errors) -> None:
    analysis = _analysis(tmp_path, documents, errors)
    assert (len(analysis.documents), len(analysis.errors)) == (documents, errors)
    out = tmp_path / "out.json"
    write_json_stream(out, iter(analysis.documents), analysis.errors, analysis.seconds)
    assert out.read_text(encoding="utf-8") == json.dumps(
        analysis_to_dict(analysis), ensure_ascii=False, indent=1
    )


def test_a_failed_write_leaves_the_last_good_output(tmp_path, monkeypatch) -> None:
    analysis = _analysis(tmp_path, 2, 0)
    out = tmp_path / "out.json"
    out.write_text("last good", encoding="utf-8")

    def broken() -> Iterator[Document]:
        yield analysis.documents[0]
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_json_stream(out, broken(), (), 0.0)
    assert out.read_text(encoding="utf-8") == "last good"
    assert not out.with_name("out.json.tmp").exists()


def test_the_spool_gives_back_every_document_in_order_and_leaves_no_file(tmp_path) -> None:
    (tmp_path / "in").mkdir()
    documents = _analysis(tmp_path / "in", 3, 0).documents
    folder = tmp_path / "out"
    folder.mkdir()
    with Spool(folder) as spool:
        for doc in documents:
            spool.add(doc)
        assert list(folder.iterdir()) == []  # the spool has no name: a killed run leaves nothing
        assert list(spool) == list(documents)
        assert list(spool) == list(documents)  # read again from the start


def test_a_json_path_in_a_missing_folder_is_refused_before_any_work(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("عنوان\nقال الوزير اليوم إن المحادثات كانت بناءة.\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path), "--json", str(tmp_path / "no" / "out.json"), "-q"])
    assert result.exit_code == 2
    assert "no folder" in result.output


def test_the_summary_counts_what_the_analysis_holds(tmp_path) -> None:
    analysis = _analysis(tmp_path, 2, 1)
    tally = Tally()
    for doc in analysis.documents:
        tally.add(doc)
    stories = [s for d in analysis.documents for s in d.stories]
    assert (tally.documents, tally.stories, tally.events, tally.quotes) == (
        len(analysis.documents),
        len(stories),
        sum(len(s.events) for s in stories),
        sum(len(s.quotes) for s in stories),
    )
    assert (tally.linked, tally.unknown) == (
        sum(not e.nil for s in stories for e in s.entities),
        sum(e.nil for s in stories for e in s.entities),
    )
    assert tally.quotes > 0
