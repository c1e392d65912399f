"""The shipped CRF NER model: it loads, tags invented Arabic sensibly, and `rasd ner --conll` keeps the layout."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.errors import DataFileError
from rasd.lang.clitics import stacks
from rasd.lang.frequency import load_word_frequencies
from rasd.lang.tokens import tokenize, tokens_from_words
from rasd.nlp.catalog import load_catalog
from rasd.nlp.ner import (
    FeatureExtractor,
    NerTagger,
    catalog_gazetteer,
    entity_spans,
    load_catalog_gazetteer,
    load_cues,
    load_tagger,
    tag_conll,
)
from rasd.nlp.ner.features import FEATURE_VERSION, MIN_STEM, peel
from rasd.nlp.ner.tagger import _readings, propagate_labels, read_sidecar, sidecar_path
from rasd.nlp.ner.train import blocks, read_conll, split_dev
from rasd.records import ENTITY_TYPES
from rasd.resources import data_path

runner = CliRunner()


@pytest.fixture(scope="session")
def tagger() -> NerTagger:
    return load_tagger()


def mentions(tagger: NerTagger, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in tagger.find_mentions(text, tokenize(text))}


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["I-ORG", "I-ORG", "B-ORG"], [(0, 2, "ORG"), (2, 3, "ORG")]),
        (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),
        ([], []),
    ],
)
def test_entity_spans_read_bio_like_conlleval(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert entity_spans(tags) == spans


def test_entity_spans_share_one_string_per_type() -> None:
    """Every mention of a run keeps its type: one "PER", not a fresh copy per span."""
    tags = ["B-" + "PER", "O", "B-" + "PER"]
    first, second = entity_spans(tags)
    assert first[2] == "PER" and first[2] is second[2]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("والرئيس", ("وال", "رئيس")), ("للامم", ("لل", "امم")), ("بغداد", ("ب", "غداد")), ("في", ("", "في"))],
)
def test_peel_strips_proclitics_but_keeps_two_letters(word: str, expected: tuple[str, str]) -> None:
    assert peel(word) == expected


def test_cue_lists_load_and_match_through_clitics() -> None:
    cues = load_cues()
    assert "title" in cues.lookup("والرئيس") and "org" in cues.lookup("بوزاره")
    assert cues.lookup("كتاب") == ()


def test_model_loads_with_rasd_types(tagger: NerTagger) -> None:
    assert {label.partition("-")[2] for label in tagger._crf.labels()} - {""} == set(ENTITY_TYPES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال الرئيس الأمريكي جورج بوش في واشنطن إن المحادثات كانت مثمرة .",
            {("جورج بوش", "PER"), ("واشنطن", "LOC")},
        ),
        (
            "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الفرنسي في باريس أمس .",
            {("سيرغي لافروف", "PER"), ("باريس", "LOC")},
        ),
        (
            "أعلنت منظمة الصحة العالمية أن الوباء انتشر في مصر والسودان .",
            {("منظمة الصحة العالمية", "ORG"), ("مصر", "LOC")},
        ),
    ],
)
def test_tags_invented_sentences_sensibly(
    tagger: NerTagger, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= mentions(tagger, text)


def test_mentions_are_spans_of_the_text(tagger: NerTagger) -> None:
    text = "القاهرة - أكد الرئيس المصري عبد الفتاح السيسي\nأن مصر ترفض التهجير."
    found = tagger.find_mentions(text, tokenize(text))
    assert found and all(text[m.start : m.end] == m.text and m.source == "crf" for m in found)
    assert tagger.find_mentions("", ()) == ()


def test_plain_words_are_not_entities(tagger: NerTagger) -> None:
    assert (
        tagger.tag_tokens(tokens_from_words(["كان", "الجو", "جميلا", "في", "ذلك", "اليوم", "."])) == ["O"] * 7
    )


def test_gazetteer_hook_adds_features() -> None:
    extractor = FeatureExtractor(load_cues())
    feats = extractor.sentence(["زار", "موسكو"], [set(), {"B-LOC"}])
    assert "g0=B-LOC" in feats[1] and not any(f.startswith("g0=") for f in feats[0])


def test_unknown_cue_kind_is_a_data_error(tmp_path, monkeypatch) -> None:
    (tmp_path / "ner").mkdir()
    (tmp_path / "ner" / "cues.tsv").write_text("الرئيس\tpresident\n", encoding="utf-8")
    monkeypatch.setattr("rasd.resources.data_path", lambda rel: tmp_path / rel)
    with pytest.raises(DataFileError, match="unknown cue kind"):
        load_cues()


def test_conll_round_trips_tokens_and_blank_lines(tmp_path) -> None:
    source = (
        "فرانكفورت\tB-LOC\n(د\tO\n\n\nوقال\tO x\nالرئيس\nجورج\tB-PERS\nبوش\tI-PERS\n\n-DOCSTART-\nبرلين\tO\n"
    )
    path = tmp_path / "in.conll"
    path.write_text(source, encoding="utf-8")
    result = runner.invoke(app, ["ner", "--conll", str(path)])
    assert result.exit_code == 0, result.output
    out = result.stdout.split("\n")
    assert [line.split("\t")[0] for line in out] == [
        line.split("\t")[0].split(" ")[0] for line in source.split("\n")
    ]
    tags = [line.split("\t")[1] for line in out if "\t" in line]
    assert len(tags) == 7 and all(t == "O" or t[2:] in {"PERS", "ORG", "LOC", "MISC"} for t in tags)
    out_file = tmp_path / "out.conll"
    assert runner.invoke(app, ["ner", "--conll", str(path), "--out", str(out_file)]).exit_code == 0
    assert out_file.read_text(encoding="utf-8") == result.stdout


def test_ner_cli_reports_a_bad_model(tmp_path) -> None:
    (tmp_path / "in.conll").write_text("كلمة\n", encoding="utf-8")
    (tmp_path / "bad.crfsuite").write_bytes(b"not a model")
    result = runner.invoke(
        app, ["ner", "--conll", str(tmp_path / "in.conll"), "--model", str(tmp_path / "bad.crfsuite")]
    )
    assert result.exit_code == 2


def test_anercorp_test_round_trips_and_scores(shared, tagger) -> None:
    lines = (
        (shared / "eval" / "ner" / "anercorp_test_corrected.conll").read_text(encoding="utf-8").splitlines()
    )
    lines = lines[:3000]
    out = list(tag_conll(lines, tagger))
    assert [line.split("\t")[0] for line in out] == [line.split("\t")[0] for line in lines]
    gold = set(entity_spans([line.split("\t")[-1].replace("PERS", "PER") if line else "O" for line in lines]))
    pred = set(entity_spans([line.split("\t")[-1].replace("PERS", "PER") if line else "O" for line in out]))
    assert 2 * len(gold & pred) / (len(gold) + len(pred)) > 0.6


def test_train_reader_and_dev_split(shared) -> None:
    sentences = read_conll(shared / "eval" / "ner" / "anercorp_train.conll")
    assert len(sentences) == 3973 and sum(len(w) for w, _ in sentences) == 125_102
    assert {t for _, tags in sentences for t in tags} >= {"B-PER", "I-PER", "B-LOC", "O"}
    train, dev = split_dev(sentences, 0.1)
    assert len(dev) == 397 and train + dev == sentences
    assert sum(len(b) for b in blocks(sentences)) == len(sentences)


def test_catalog_gazetteer_labels_tokens_by_type() -> None:
    tokens = tokenize("وقال جورج بوش في واشنطن إن المحادثات كانت مثمرة.")
    labels = load_catalog_gazetteer()(tokens)
    assert len(labels) == len(tokens)
    assert "B-PER-gaz" in labels[1] and "I-PER-gaz" in labels[2]
    assert "B-LOC-gaz" in labels[4]
    assert not any(label.startswith(("B-", "I-")) for label in labels[0] | labels[6] | labels[-1])
    assert catalog_gazetteer(load_catalog(), parts=False)(tokens)[3] == set()


def test_shipped_model_runs_with_its_gazetteer(tagger: NerTagger) -> None:
    record = read_sidecar(data_path("models/ner.crfsuite"))
    assert record is not None and record["feature_version"] == FEATURE_VERSION
    assert (tagger.gazetteer is not None) == (record["gazetteer"] is not None)


def test_sidecar_is_checked_at_load(tmp_path) -> None:
    model = tmp_path / "ner.crfsuite"
    model.write_bytes(data_path("models/ner.crfsuite").read_bytes())
    record = read_sidecar(data_path("models/ner.crfsuite"))
    assert record is not None
    sidecar_path(model).write_text(json.dumps({**record, "feature_version": -1}), encoding="utf-8")
    with pytest.raises(DataFileError, match="feature version"):
        NerTagger(model)
    sidecar_path(model).write_text(json.dumps(record), encoding="utf-8")
    other = None if record["gazetteer"] else load_catalog_gazetteer()
    with pytest.raises(DataFileError, match="gazetteer"):
        NerTagger(model, gazetteer=other)


def test_propagation_tags_a_name_where_it_recurs_untagged() -> None:
    keys = [["قال", "بنفيكا", "انه"], ["وفاز", "وبنفيكا", "علي", "ليون"], ["ليون", "بنفيكا"]]
    tags = [["O", "B-ORG", "O"], ["O", "O", "O", "B-ORG"], ["B-LOC", "B-ORG"]]
    out = propagate_labels(keys, tags)
    assert out[1] == ["O", "B-ORG", "O", "B-ORG"]  # after proclitics too
    assert out[2] == ["B-LOC", "B-ORG"]  # tagged words are left alone
    assert propagate_labels([["ليون", "ثم", "ليون"]], [["B-ORG", "O", "O"]]) == [["B-ORG", "O", "B-ORG"]]
    # a name given two types in the document is not spread
    assert propagate_labels([["ليون", "ليون", "ليون"]], [["B-ORG", "B-LOC", "O"]])[0][2] == "O"


def test_word_frequencies_give_rarity_and_article_features() -> None:
    table = load_word_frequencies()
    assert table["الحكومه"] > table["بوش"] > 0 and "جوتشولك" not in table
    extractor = FeatureExtractor(load_cues(), frequencies=table)
    own = set(extractor.word("وبوش").own)
    assert "fq=4" in own and any(f.startswith("far=-") for f in own)
    assert "fq=0" in extractor.word("جوتشولك").own


def test_known_attributes_only_prune_what_the_model_ignores(tagger: NerTagger) -> None:
    full = NerTagger(gazetteer=tagger.gazetteer)
    full.extractor.known = None
    full.extractor._memo.clear()
    sentences = [
        tokenize("وقال الرئيس جورج بوش في واشنطن إن المحادثات كانت مثمرة ."),
        tokenize("زار بوش بغداد ."),
    ]
    assert full.tag_document(sentences) == tagger.tag_document(sentences)


def test_readings_peel_every_stack_shortest_first() -> None:
    """`_readings` looks a prefix of each length up in a set; it must give what testing every stack
    with startswith gives (the stems, shortest prefix first), for every stack of the clitic table."""
    assert _readings("وبالمدينة") == ("وبالمدينة", "بالمدينة", "المدينة", "مدينة")
    for word in [p + "مدينة" for p in stacks()] + [p + "لد" for p in stacks()] + ["ولد", "ال"]:
        expected = (
            word,
            *[
                word[len(p) :]
                for p in reversed(stacks())
                if word.startswith(p) and len(word) - len(p) >= MIN_STEM
            ],
        )
        assert _readings(word) == expected, word
