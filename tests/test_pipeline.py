import datetime as dt

import rasd
from rasd import pipeline
from rasd.pipeline import STAGES, analyze_paths
from rasd.settings import Settings

LEDE = (
    "أجرى الرئيسان الروسي والإيراني اليوم الجمعة محادثات في عشق آباد على هامش قمة إقليمية، "
    "وأكدا تقارب مواقفهما بشأن القضايا الدولية."
)


def test_stage_order_is_consistent() -> None:
    """Every field a stage reads is filled by an earlier stage (or is raw input)."""
    filled = {"file bytes"}
    for name, reads, fills in STAGES:
        for field in reads:
            assert field in filled or field.split(".")[0] in filled, (
                f"stage {name} reads {field} before it exists"
            )
        filled |= set(fills)


def test_analyze_text_api() -> None:
    doc = rasd.analyze_text(LEDE + "\nالمصدر: عين ليبيا", published="2024-10-11")
    assert doc.published == dt.date(2024, 10, 11)
    assert doc.outlet == "عين ليبيا"
    assert doc.stories[0].text == LEDE


def test_every_input_is_reported_once(tmp_path) -> None:
    (tmp_path / "good.txt").write_text(LEDE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "boiler.txt").write_text("شارك هذا المقال\nالمصدر: وكالات\n", encoding="utf-8")
    result = analyze_paths([tmp_path], Settings())
    reported = sorted([d.source for d in result.documents] + [e.source for e in result.errors])
    assert [p.rsplit("/", 1)[-1] for p in reported] == ["boiler.txt", "empty.txt", "good.txt"]
    assert {e.code for e in result.errors} == {"E103", "E200"}


def test_rerun_gives_identical_ids(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(LEDE, encoding="utf-8")
    first = analyze_paths([tmp_path], Settings())
    second = analyze_paths([tmp_path], Settings(jobs=2))
    assert [s.id for d in first.documents for s in d.stories] == [
        s.id for d in second.documents for s in d.stories
    ]


def test_a_bug_in_one_document_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text(LEDE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("قصة ثانية عن لقاء في موسكو بين الوزيرين اليوم.", encoding="utf-8")
    real = pipeline.analyze_raw

    def flaky(raw, resources, settings):
        if raw.source.endswith("b.txt"):
            raise IndexError("string index out of range")
        return real(raw, resources, settings)

    monkeypatch.setattr(pipeline, "analyze_raw", flaky)
    result = analyze_paths([tmp_path], Settings())
    assert [d.source.rsplit("/", 1)[-1] for d in result.documents] == ["a.txt"]
    assert [(e.code, "IndexError" in e.error) for e in result.errors] == [("E300", True)]
