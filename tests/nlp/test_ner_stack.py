"""The optional second NER pass: first-pass marginals, its own attributes, and tagging as CRFsuite would."""

from __future__ import annotations

import json

import numpy as np
import pycrfsuite
import pytest

from rasd.errors import DataFileError
from rasd.lang.tokens import tokenize, tokens_from_words
from rasd.nlp.ner import NerTagger
from rasd.nlp.ner.stack import stack_features, type_masses
from rasd.nlp.ner.tagger import second_path, sidecar_path
from rasd.nlp.ner.train import TrainConfig, train_model
from rasd.resources import data_path


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger()


def test_marginals_are_crfsuites(tagger: NerTagger) -> None:
    sentences = [
        tokenize("وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الاتفاق قريب ."),
        tokenize("قال"),
        tokenize("واستقبل ماكرون وفدا من شركة توتال"),
    ]
    hits = [tagger.gazetteer(s) for s in sentences]
    norms = [[t.norm for t in s] for s in sentences]
    lengths, state = tagger.scorer.state_scores(norms, hits)
    marginals = tagger.scorer.marginals(lengths, state)
    assert np.allclose(marginals.sum(axis=1), 1.0)
    assert tagger.scorer.viterbi(lengths, state) == tagger.scorer.tag_document(norms, hits)
    k = 0
    for xseq in tagger.extractor.document(norms, hits):
        tagger._crf.set(xseq)
        for i in range(len(xseq)):
            for j, label in enumerate(tagger.scorer.labels):
                assert marginals[k, j] == pytest.approx(tagger._crf.marginal(label, i), abs=1e-9)
            k += 1
    assert k == len(marginals)


def test_type_masses_add_b_and_i() -> None:
    masses = type_masses(["O", "B-PER", "I-PER", "B-LOC"], [[0.1, 0.5, 0.3, 0.1]])
    assert masses[0] == pytest.approx({"O": 0.1, "PER": 0.8, "LOC": 0.1})


def test_stack_features_read_the_other_occurrences_of_a_word() -> None:
    keys = [["قال", "سليمان", "انه"], ["وزار", "سليمان", "القاهرة"], ["وقال", "لسليمان"]]
    tags = [["O", "B-PER", "O"], ["O", "O", "B-LOC"], ["O", "O"]]
    masses = [
        [{"O": 1.0}] * 3,
        [{"O": 0.6, "PER": 0.4}, {"O": 0.7, "PER": 0.3}, {"LOC": 1.0}],
        [{"O": 1.0}] * 2,
    ]
    feats = stack_features(keys, tags, masses)
    untagged = feats[1][1]  # سليمان, tagged O here and PER in the first sentence
    assert {"s0=O", "s-1=O", "s+1=B-LOC", "mO=3", "mPER=1", "dk=PER", "dkx=O>PER"} <= set(untagged)
    assert "dk=O" not in untagged  # its own O does not count as another occurrence
    tagged = feats[0][1]
    assert "dk=O" in tagged and "dkn=O:1" in tagged and "dk=PER" not in tagged
    assert "ds=PER" in feats[2][1]  # لسليمان by its stem only
    assert not any(f.startswith("dk=") for f in feats[2][1])
    assert feats[0][0][:2] == ["s0=O", "s-1=^"] and "s+1=$" in feats[2][1]


_TRAIN = [
    (["قال", "الرئيس", "سمير", "داود", "في", "بغداد"], ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
    (["وزار", "داود", "مدينة", "البصرة"], ["O", "B-PER", "O", "B-LOC"]),
    (["وأعلنت", "شركة", "نفط", "الجنوب", "الاتفاق"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"]),
    (["والتقى", "سمير", "داود", "وفدا", "من", "البصرة"], ["O", "B-PER", "I-PER", "O", "O", "B-LOC"]),
] * 20  # four documents of 20 sentences: one per jackknife fold


def test_a_second_pass_is_trained_recorded_and_tagged_as_crfsuite_would(tmp_path) -> None:
    sentences = [(tuple(w), tuple(t)) for w, t in _TRAIN]
    model = tmp_path / "ner.crfsuite"
    config = TrainConfig(max_iterations=20, second_pass=True, propagate=False)
    train_model(sentences, model, config, gazetteer=None)
    record = json.loads(sidecar_path(model).read_text(encoding="utf-8"))
    assert record["second_pass"] == second_path(model).name and second_path(model).exists()
    tagger = NerTagger(model)
    assert tagger.second is not None
    assert not tagger.propagate and NerTagger(model, propagate=True).propagate  # the sidecar's, unless told
    document = [tokens_from_words(["وقال", "داود", "في", "البصرة"]), tokens_from_words(["سمير", "داود"])]
    norms = [[t.norm for t in s] for s in document]
    keys = [[n.lower() for n in s] for s in norms]
    # the reference: first-pass tags and marginals from CRFsuite, attribute strings, CRFsuite's tags
    first = pycrfsuite.Tagger()
    first.open(str(model))
    second = pycrfsuite.Tagger()
    second.open(str(second_path(model)))
    plain = tagger.extractor.__class__(
        tagger.extractor.cues,
        tagger.extractor.groups,
        tagger.extractor.frequencies,
        tagger.extractor.clusters,
    )
    base = plain.document(norms, None)
    tags, masses = [], []
    for xseq in base:
        first.set(xseq)
        tags.append(first.tag())
        marginals = [[first.marginal(y, i) for y in first.labels()] for i in range(len(xseq))]
        masses.append(type_masses(first.labels(), marginals))
    extra = stack_features(keys, tags, masses)
    expected = [
        second.tag([b + e for b, e in zip(bs, es, strict=True)]) for bs, es in zip(base, extra, strict=True)
    ]
    assert tagger._two_passes(norms, keys, None) == expected
    # the merged table gives the first model's state scores exactly (its columns), so its tags
    lengths, state = tagger._both.state_scores(norms, None)
    n = len(tagger.scorer.labels)
    first_chain = (tagger.scorer.labels, tagger.scorer.transitions)
    assert np.array_equal(state[:, :n], tagger.scorer.state_scores(norms, None)[1])
    assert tagger._both.viterbi(lengths, state[:, :n], first_chain) == tags
    assert len(tagger.tag_document(document)) == 2


def test_a_missing_second_pass_is_a_data_error(tmp_path) -> None:
    model = tmp_path / "ner.crfsuite"
    model.write_bytes(data_path("models/ner.crfsuite").read_bytes())
    record = json.loads(sidecar_path(data_path("models/ner.crfsuite")).read_text(encoding="utf-8"))
    sidecar_path(model).write_text(json.dumps({**record, "second_pass": "gone.crfsuite"}), encoding="utf-8")
    with pytest.raises(DataFileError, match="second pass"):
        NerTagger(model)
