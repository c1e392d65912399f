"""Train the CRF NER model from ANERcorp-style CoNLL, reproducibly.

The same file, flags and FEATURE_VERSION give the same model: sentences are read in file order,
L-BFGS is deterministic, and nothing is sampled. `dev_share` holds out the last sentences of the
training file for tuning, so no test file is ever looked at while choosing c1, c2 or features.
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

import rasd
from rasd.errors import DataFileError
from rasd.lang.tokens import tokens_from_words
from rasd.nlp.ner.features import (
    FEATURE_GROUPS,
    OPTIONAL_GROUPS,
    CueLexicon,
    FeatureExtractor,
    GazetteerFn,
    load_cues,
)
from rasd.nlp.ner.gazetteer import CATALOG, load_catalog_gazetteer
from rasd.nlp.ner.stack import train_second_pass
from rasd.nlp.ner.tagger import (
    DOC_BLOCK,
    FROM_ANERCORP,
    NerTagger,
    clusters_for,
    entity_spans,
    frequencies_for,
    second_path,
    sidecar_path,
    to_bioes,
    write_sidecar,
)

#: ANERcorp's CAMeL Lab train split, as laid out beside the repository (shared/eval/ner).
DEFAULT_TRAIN = Path(rasd.__file__).resolve().parents[2] / "shared" / "eval" / "ner" / "anercorp_train.conll"

Sentence = tuple[tuple[str, ...], tuple[str, ...]]  # words, BIO tags in rasd's types


@dataclass(frozen=True, slots=True)
class TrainConfig:
    """L-BFGS with elastic-net regularisation; c1 (L1) also prunes features, keeping the model small."""

    c1: float = 0.02
    c2: float = 0.01
    max_iterations: int = 200
    min_freq: int = 1  # drop (attribute, label) features seen fewer times than this
    groups: frozenset[str] = FEATURE_GROUPS
    #: "BIO" or "BIOES" (the CRF learns `S-`/`E-` tags; `NerTagger` reads them back as BIO)
    scheme: str = "BIO"
    #: also fit a second CRF on every feature plus the first pass's tags, marginals and document
    #: labels (`rasd.nlp.ner.stack`; off: docs/ner.md, "Second pass")
    second_pass: bool = False
    #: label propagation after decoding, recorded in the sidecar for `NerTagger` (on: with word
    #: classes it gains +0.15 / -1.37 / +0.70 on three held-out tenths; docs/ner.md, "Second pass")
    propagate: bool = True

    def params(self) -> dict[str, object]:
        return {
            "c1": self.c1,
            "c2": self.c2,
            "max_iterations": self.max_iterations,
            "feature.minfreq": self.min_freq,
            "feature.possible_transitions": True,
        }


def to_rasd_tag(tag: str) -> str:
    """ANERcorp's tag → rasd's (B-PERS → B-PER); other tags unchanged."""
    prefix, _, kind = tag.partition("-")
    return f"{prefix}-{FROM_ANERCORP.get(kind, kind)}" if kind else tag


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a `token<TAB>tag` file (token first column, tag last; blank line between)."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read training data: {exc}") from exc
    for number, line in enumerate([*lines, ""], 1):
        fields = line.split()
        if len(fields) == 1:
            raise DataFileError(f"{path}:{number}: a token without a tag")
        if fields:
            words.append(fields[0])
            tags.append(to_rasd_tag(fields[-1]))
        elif words:
            sentences.append((tuple(words), tuple(tags)))
            words, tags = [], []
    return sentences


def blocks(sentences: Sequence[Sentence], size: int = DOC_BLOCK) -> list[Sequence[Sentence]]:
    """Consecutive sentences in groups of `size`: CoNLL has no document breaks, so blocks stand in."""
    return [sentences[k : k + size] for k in range(0, len(sentences), size)]


def split_dev(sentences: Sequence[Sentence], share: float) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): the last `share` of the sentences, in file order, is the dev set."""
    cut = len(sentences) - round(len(sentences) * share)
    return list(sentences[:cut]), list(sentences[cut:])


def train_model(
    sentences: Sequence[Sentence],
    out: Path,
    config: TrainConfig,
    cues: CueLexicon | None = None,
    gazetteer: GazetteerFn | str | None = CATALOG,
) -> dict[str, object]:
    """Fit the CRF on `sentences` and write it to `out`; returns size, time and final loss.

    `gazetteer`: the entity catalog by default (`"catalog"`), None for none, or any `GazetteerFn`.
    A sidecar `out.json` records the feature version and the gazetteer, so that `NerTagger(out)`
    runs the model the way it was trained (a custom function is recorded as "custom": pass it
    again to `NerTagger(out, gazetteer=fn)`).
    """
    name = gazetteer if isinstance(gazetteer, str) else None if gazetteer is None else "custom"
    if gazetteer == CATALOG:
        gazetteer = load_catalog_gazetteer()
    elif isinstance(gazetteer, str):
        raise ValueError(f"unknown gazetteer {gazetteer!r}")
    if config.second_pass and name == "custom":
        raise ValueError(
            "a second pass is recorded in the sidecar: train it with the catalog or no gazetteer"
        )
    if config.scheme not in ("BIO", "BIOES"):
        raise ValueError(f"unknown tag scheme {config.scheme!r}")
    if unknown := config.groups - FEATURE_GROUPS - OPTIONAL_GROUPS:
        raise ValueError(f"unknown feature groups {sorted(unknown)}")
    groups = config.groups
    extractor = FeatureExtractor(cues or load_cues(), groups, frequencies_for(groups), clusters_for(groups))
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(config.params())
    began = time.perf_counter()
    documents: list[list[list[str]]] = []  # per block, the attributes of its sentences (second pass)
    doc_keys: list[list[list[str]]] = []
    doc_tags: list[list[list[str]]] = []
    for block in blocks(sentences):
        tokens = [tokens_from_words(words) for words, _ in block]
        hits = [gazetteer(t) for t in tokens] if gazetteer is not None else None
        attributes = extractor.document([[t.norm for t in s] for s in tokens], hits)
        gold = [to_bioes(tags) if config.scheme == "BIOES" else list(tags) for _, tags in block]
        for xseq, tags in zip(attributes, gold, strict=True):
            trainer.append(xseq, tags)
        if config.second_pass:
            documents.append(attributes)
            doc_keys.append([[t.norm.lower() for t in s] for s in tokens])
            doc_tags.append(gold)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    settings: dict[str, object] = {**config.params(), "groups": sorted(groups), "scheme": config.scheme}
    if not config.propagate:
        settings["propagate"] = False
    if config.second_pass:
        with tempfile.TemporaryDirectory() as work:
            train_second_pass(documents, doc_keys, doc_tags, second_path(out), config.params(), Path(work))
        settings["second_pass"] = second_path(out).name
    if name != "custom":
        write_sidecar(out, name, settings)
    else:
        sidecar_path(out).unlink(missing_ok=True)
    log = trainer.logparser.last_iteration or {}
    return {
        "sentences": len(sentences),
        "seconds": round(time.perf_counter() - began, 1),
        "iterations": log.get("num", None),
        "loss": log.get("loss", None),
        "active_features": log.get("active_features", None),
        "model_bytes": out.stat().st_size,
    }


def evaluate(tagger: NerTagger, sentences: Sequence[Sentence]) -> dict[str, dict[str, float]]:
    """Entity-level (exact span and type) precision, recall and F1, overall and per type."""
    gold: set[tuple[int, int, int, str]] = set()
    pred: set[tuple[int, int, int, str]] = set()
    k = 0
    for block in blocks(sentences):
        predicted = tagger.tag_document([tokens_from_words(words) for words, _ in block])
        for (_, tags), guess in zip(block, predicted, strict=True):
            gold |= {(k, *span) for span in entity_spans(tags)}
            pred |= {(k, *span) for span in entity_spans(guess)}
            k += 1
    types = sorted({g[3] for g in gold} | {p[3] for p in pred})
    scores = {"overall": _prf(gold, pred)}
    for etype in types:
        scores[etype] = _prf({g for g in gold if g[3] == etype}, {p for p in pred if p[3] == etype})
    return scores


def _prf(gold: set, pred: set) -> dict[str, float]:
    hits = len(gold & pred)
    p = hits / len(pred) if pred else 0.0
    r = hits / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(100 * p, 2),
        "recall": round(100 * r, 2),
        "f1": round(100 * f, 2),
        "gold": len(gold),
    }


def tag_counts(sentences: Sequence[Sentence]) -> Counter[str]:
    """How often each tag occurs: a quick check that the right file was read."""
    return Counter(tag for _, tags in sentences for tag in tags)
