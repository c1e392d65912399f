"""The learned event filter: its features on hand-built records, the shipped model, the training sets."""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

import pytest
from script_module import load_script

from rasd.events.filter import EventFilter, event_features, load_event_filter
from rasd.records import Event, LinkedEntity, Mention, Quote, Span, Story, Trigger
from rasd.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
# invented: "The president of Qadiriya met his counterpart in the capital on Monday."
TEXT = "التقى رئيس قادرية سالم العبيد نظيره كريم الناصر في العاصمة يوم الاثنين. وقال العبيد إن اللقاء مثمر."


def _person(eid: str, name: str, nil: bool = False, source: str = "crf") -> LinkedEntity:
    start = TEXT.index(name)
    mention = Mention(start, start + len(name), name, "PER", source)
    return LinkedEntity(eid, "PER", eid, name, (mention,), nil=nil, kind=None if nil else "person")


def _story(nil_second: bool = False, in_quote: bool = False, source: str = "crf") -> Story:
    a = _person("per:a", "سالم العبيد", source="gazetteer")
    b = _person("per:b", "كريم الناصر", nil=nil_second, source=source)
    at = TEXT.index("التقى")
    meet = Event("meet", "occurred", (a.id, b.id), (Trigger(at, at + 5, "التقى"),))
    quotes = (Quote("per:a", TEXT, 0, len(TEXT), direct=False),) if in_quote else ()
    end = TEXT.index(".") + 1
    sentences = (Span(0, end), Span(end + 1, len(TEXT)))
    return Story("s1", 1, "لقاء", TEXT, sentences=sentences, entities=(a, b), events=(meet,), quotes=quotes)


def test_features_of_a_hand_built_meeting() -> None:
    story = _story()
    f = event_features(story, story.events[0], 0)
    assert f["type=meet"] == f["status=occurred"] == f["bias"] == 1.0
    assert "nparts=2" in f and "kind=person" in f and "kinds=person+person" in f
    assert "sent=0" in f and "has_place=False" in f and "same_type=0" in f
    assert not any(k.startswith("in_quote") for k in f)
    assert "in_quote=reported" in event_features(_story(in_quote=True), story.events[0], 0)
    assert "kind=nil-PER" in event_features(_story(nil_second=True), story.events[0], 0)
    # nothing that names a document: no feature carries the story's id or title
    assert not any("s1" in k or "لقاء" in k for k in f)


def test_features_say_how_the_participants_mentions_were_found() -> None:
    story = _story()
    f = event_features(story, story.events[0], 0)
    assert "src=gazetteer" in f and "src=crf" in f and "crf_parts=1" in f
    assert "kind=person|src=crf" in f and "type=meet|src=gazetteer" in f
    role = _story(source="role")
    g = event_features(role, role.events[0], 0)
    assert "src=role" in g and "src=crf" not in g and "crf_parts=0" in g
    # a participant with no mention in the body (a role-made body, a title-only name): "absent"
    body = dataclasses.replace(story.events[0], participants=("per:a", "org:gov:QD"))
    h = event_features(story, body, None)
    assert "src=absent" in h and "kind=body|src=absent" in h


def test_shipped_model_loads_and_its_decision_follows_the_features() -> None:
    model = load_event_filter()  # fails when the model file is absent or of another feature version
    assert "meet" in model.types and len(model.weights) > 20
    known, unknown = (
        model.probability(event_features(s, s.events[0], 0)) for s in (_story(), _story(nil_second=True))
    )
    assert known != unknown
    # a threshold between the two keeps one story's meeting and drops the other's
    mid = (known + unknown) / 2
    kept = [len(model.keep(_story(nil_second=n), mid)) for n in (False, True)]
    assert sorted(kept) == [0, 1]
    assert model.keep(_story(nil_second=True), 0.0) == _story(nil_second=True).events  # 0: off


def test_filter_keeps_types_it_was_not_trained_on() -> None:
    story = _story()
    model = EventFilter({"bias": -50.0}, frozenset({"visit"}))
    assert model.keep(story, 0.5) == story.events
    assert EventFilter({"bias": -50.0}, frozenset({"meet"})).keep(story, 0.5) == ()


def test_the_threshold_setting_turns_the_filter_on() -> None:
    assert 0.0 < Settings().event_filter_threshold < 1.0
    # the shipped model was trained as Settings says (the training script's defaults are Settings'):
    # for the threshold it applies, on its label, C and positive weight
    record = json.loads((ROOT / "rasd/data/models/event_filter.json").read_text(encoding="utf-8"))
    settings = Settings()
    assert record["threshold"] == settings.event_filter_threshold
    assert record["label"] == settings.event_filter_label == "full"
    assert record["c"] == settings.event_filter_c and record["pos_weight"] == settings.event_filter_pos_weight
    assert dataclasses.replace(Settings(), event_filter_threshold=0.0).event_filter_threshold == 0.0


def _training_script():
    return load_script(ROOT / "scripts" / "train_event_filter.py")


def test_training_table_never_reads_parts_c_f_h_or_test() -> None:
    script = _training_script()
    assert set(script.SETS) == {"dev", "a", "b", "d", "e", "g"}
    files = [f for pair in script.SETS.values() for f in pair if f]
    assert not any(k in f for f in files for k in ("_c.", "_f.", "_h.", "test"))
    for fresh in ("c", "f", "h"):
        with pytest.raises(ValueError):
            next(script.raw_docs(fresh))
    split = (ROOT / "eval/pages/split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    test_pages = {ln.split("\t")[0] for ln in split if ln.split("\t")[2] == "test"}
    assert test_pages and not test_pages & set(script.dev_pages())


def test_choose_c_takes_the_lowest_held_out_log_loss() -> None:
    script = _training_script()
    # a feature that decides the label in every group: the weakest regularisation scores best held out
    rows = [
        {"group": f"g{i}", "judged": True, "full": i % 2 == 0, "features": {"bias": 1.0, f"x={i % 2}": 1.0}}
        for i in range(40)
    ]
    assert script.choose_c(rows, "full") == max(script.C_GRID)
    # a label unrelated to the features: nothing to learn, the strongest regularisation scores best
    noise = [dict(r, full=(i * 7) % 3 == 0) for i, r in enumerate(rows)]
    assert script.choose_c(noise, "full") == min(script.C_GRID)


def _row(doc: str, hits: list[int], pairs: list[list[int]]) -> dict:
    return {"set": "a", "doc": doc, "hits": hits, "pairs": pairs, "features": {"bias": 1.0}}


def test_score_counts_full_matches_and_pairs_gold_events_one_to_one() -> None:
    script = _training_script()
    # one document, 3 gold events: two outputs can pair with gold 0 (nearest first: weight 1, then 4),
    # one matches gold 1 in full; gold 2 has no output
    rows = [
        _row("d1", [], [[0, 4]]),
        _row("d1", [], [[0, 1]]),
        _row("d1", [1], [[1, 0]]),
        {"set": "a", "doc": "d1", "gold": 3},
    ]
    every = script.score(rows, range(4), lambda i: True)
    assert every.kept == 3
    assert every.full == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert every.paired[:2] == pytest.approx((2 / 3, 2 / 3))  # gold 0 and 1 paired; the third output not
    # dropping the nearest pairing of gold 0 hands it to the other candidate: paired recall unchanged
    assert script.score(rows, range(4), lambda i: i != 1).paired[1] == pytest.approx(2 / 3)
    # dropping both loses gold 0; dropping the full match loses it from both measures
    assert script.score(rows, range(4), lambda i: i == 2).paired[1] == pytest.approx(1 / 3)
    nothing_full = script.score(rows, range(4), lambda i: i != 2)
    assert nothing_full.full[2] == 0.0 and nothing_full.paired[1] == pytest.approx(1 / 3)


def test_ranking_gives_held_out_log_loss_and_auc_of_the_judged_rows() -> None:
    script = _training_script()
    rows = [{"full": y} for y in (True, True, False, False)] + [{"gold": 2}]
    # every right candidate above every wrong one: AUC 1; one pair reversed of the four: 0.75
    loss, auc = script.ranking(rows, range(5), {0: 0.9, 1: 0.8, 2: 0.2, 3: 0.1})
    assert auc == 1.0 and loss == pytest.approx(-(2 * math.log(0.9) + 2 * math.log(0.8)) / 4)
    assert script.ranking(rows, range(5), {0: 0.9, 1: 0.15, 2: 0.2, 3: 0.1})[1] == 0.75
    # ties count half; rows without a held-out probability (not judged, gold counts) are left out
    assert script.ranking(rows, range(5), {0: 0.5, 2: 0.5})[1] == 0.5
    assert math.isnan(script.ranking(rows, range(5), {0: 0.5, 1: 0.7})[1])  # no wrong candidate


def test_misses_are_counted_by_what_the_candidate_gets_wrong(capsys: pytest.CaptureFixture[str]) -> None:
    script = _training_script()
    rows = [
        {"set": "a", "judged": True, "full": False, "miss": ["unpaired"]},
        {"set": "b", "judged": True, "full": False, "miss": ["unpaired"]},
        {"set": "d", "judged": True, "full": False, "miss": ["location", "participants"]},
        {"set": "dev", "judged": True, "full": False, "miss": ["date"]},
        {"set": "dev", "judged": True, "full": True, "miss": []},  # a full match: not a miss
        {"set": "e", "judged": False, "full": False, "miss": ["unpaired"]},  # a type not judged
    ]
    script.print_misses(rows)
    out = capsys.readouterr().out
    assert "dev pages: 1 (date 1)" in out
    assert "parts: 3 (unpaired 2, location+participants 1)" in out


def test_positive_weight_raises_the_fitted_probability() -> None:
    script = _training_script()
    rows = [{"features": {"bias": 1.0}, "full": i % 4 == 0} for i in range(40)]  # a quarter positive
    plain, weighted = (
        EventFilter(script.fit(rows, "full", 1.0, pos_weight=w), frozenset()).probability({"bias": 1.0})
        for w in (1.0, 3.0)
    )
    assert plain == pytest.approx(0.25, abs=0.01) and weighted == pytest.approx(0.5, abs=0.01)


def test_the_pipeline_applies_the_filter_at_the_end_of_the_events_stage() -> None:
    from rasd.library import default_resources
    from rasd.pipeline import analyze_raw
    from rasd.records import RawDoc

    resources = default_resources()
    assert resources.event_filter is not None  # the default settings turn the shipped model on
    raw = RawDoc(
        source="<t>",
        text="التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في أستانا.",
        fmt="text",
    )
    settings = Settings()
    kept = [e.type for s in analyze_raw(raw, resources, settings).stories for e in s.events]
    assert "meet" in kept
    refusing = dataclasses.replace(resources, event_filter=EventFilter({"bias": -50.0}, frozenset({"meet"})))
    dropped = [e.type for s in analyze_raw(raw, refusing, settings).stories for e in s.events]
    assert "meet" not in dropped
    off = dataclasses.replace(settings, event_filter_threshold=0.0)
    assert "meet" in [e.type for s in analyze_raw(raw, refusing, off).stories for e in s.events]
