import dataclasses
import datetime as dt
import multiprocessing

import pytest

import rasd
from rasd import pipeline
from rasd.errors import AnalysisError
from rasd.kb.ingest import ingest_paths
from rasd.kb.store import Store
from rasd.pipeline import STAGES, Stage, analyze_paths, check_stages
from rasd.settings import Settings

LEDE = (
    "أجرى الرئيسان الروسي والإيراني اليوم الجمعة محادثات في عشق آباد على هامش قمة إقليمية، "
    "وأكدا تقارب مواقفهما بشأن القضايا الدولية."
)


def test_stage_order_is_consistent() -> None:
    """Every field a stage reads is filled by an earlier stage (or is raw input)."""
    filled = set(pipeline.RAW_INPUT)
    for stage in STAGES:
        for field in stage.reads:
            assert field in filled or field.split(".")[0] in filled, (
                f"stage {stage.name} reads {field} before it exists"
            )
        filled |= set(stage.fills)
    assert check_stages(STAGES) == STAGES


def _story_stage(name: str, reads: tuple[str, ...], fills: tuple[str, ...]) -> Stage:
    return Stage(name, "story", reads, fills, lambda story, res, settings: story)


def test_a_stage_reading_what_no_earlier_stage_fills_is_rejected() -> None:
    by_name = {s.name: s for s in STAGES}
    clean, tokens, entities = by_name["clean"], by_name["tokens"], by_name["entities"]
    quotes_first = _story_stage("quotes", ("Story.text", "Story.entities"), ("Story.quotes",))
    with pytest.raises(ValueError, match=r"quotes reads Story\.entities before any stage fills it"):
        check_stages((STAGES[0], clean, tokens, quotes_first, entities))
    with pytest.raises(ValueError, match=r"entities reads Story\.tokens before any stage fills it"):
        check_stages((STAGES[0], clean, entities))
    unknown = _story_stage("sentiment", ("Story.tone",), ("Story.sentiment",))
    with pytest.raises(ValueError, match=r"sentiment reads Story\.tone"):
        check_stages((*STAGES[:-1], unknown))
    check_stages((STAGES[0], clean, tokens, entities, quotes_first))  # a sound order passes


def test_stage_scopes_are_checked() -> None:
    story_before_clean = (STAGES[0], _story_stage("early", ("RawDoc.text",), ()), STAGES[1])
    with pytest.raises(ValueError, match="out of the order"):
        check_stages(story_before_clean)
    with pytest.raises(ValueError, match="needs a function"):
        check_stages((STAGES[0], Stage("clean", "document", ("RawDoc.text",), ("Story.text",))))


def test_analyze_raw_runs_the_declared_stages_in_order(monkeypatch) -> None:
    """`analyze_raw` has no order of its own: it runs whatever STAGES lists, in that order."""
    seen: list[str] = []

    def traced(stage: Stage) -> Stage:
        assert stage.run is not None
        run = stage.run

        def wrapped(record, res, settings):
            seen.append(stage.name)
            return run(record, res, settings)

        return dataclasses.replace(stage, run=wrapped)

    stages = tuple(traced(s) if s.run else s for s in STAGES)
    monkeypatch.setattr(pipeline, "STAGES", stages)
    doc = rasd.analyze_text(LEDE, published="2024-10-11")
    assert len(doc.stories) == 1
    assert seen == [s.name for s in STAGES if s.run is not None]
    assert seen == ["clean", "tokens", "entities", "quotes", "events", "phrases"]


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


def test_every_runner_runs_the_declared_stages(tmp_path, monkeypatch) -> None:
    """The inline loop, the process pool and the store's ingest (which the API's jobs call) all run
    STAGES through `analyze_raw`: a stage added to STAGES is seen by each of them."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("a.txt", "b.txt"):
        (pages / name).write_text(LEDE, encoding="utf-8")

    def refuse(story, res, settings):
        raise AnalysisError("the added stage ran")

    added = Stage("added", "story", ("Story.text",), (), refuse)
    monkeypatch.setattr(pipeline, "STAGES", check_stages((*STAGES[:-1], added, STAGES[-1])))
    runs = {"inline": Settings()}
    if multiprocessing.get_start_method() == "fork":  # forked workers inherit the patched STAGES
        runs["pool"] = Settings(jobs=2, batch_size=1)
    for runner, settings in runs.items():
        result = analyze_paths([pages], settings)
        assert not result.documents, runner
        assert [e.error for e in result.errors] == ["the added stage ran"] * 2, runner
    with Store.open(tmp_path / "kb.db") as store:
        report = ingest_paths([pages], store, Settings())
    assert (report.totals.documents, report.totals.failures) == (0, 2)


def test_results_do_not_carry_the_working_tokens() -> None:
    """The tokens stage's `Story.tokens` serve the later story stages only: a result drops them."""
    doc = rasd.analyze_text(LEDE, published="2024-10-11")
    assert doc.stories and all(s.tokens is None for s in doc.stories)


def test_run_stages_stops_after_the_named_stage() -> None:
    """`run_stages(until=…)` is the declared order cut short: the event filter's training reads the
    events stage's output this way, tokens kept; a name STAGES lacks is an error, not a full run."""
    from rasd.records import RawDoc

    settings = dataclasses.replace(Settings(), event_filter_threshold=0.0)  # as the training reads it
    res = pipeline.load_resources(settings)
    raw = RawDoc(source="lede.txt", text=LEDE, fmt="text", published=dt.date(2024, 10, 11))
    cut = pipeline.run_stages(raw, res, settings, until="tokens")
    assert cut.stories[0].tokens is not None and not cut.stories[0].entities
    assert pipeline.run_stages(raw, res, settings, until="events").stories[0].events
    with pytest.raises(ValueError, match="no stage named"):
        pipeline.run_stages(raw, res, settings, until="nowhere")
