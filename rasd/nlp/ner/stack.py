"""A second CRF pass (stacking): every first-pass feature plus what the first pass concluded.

The first CRF decides each token from a window of ±2 words; a name it tags in one sentence it may
miss in the next. The second pass sees, for each token, the first pass's tag at 0/±1, its marginal
probability mass per entity type, and the labels the first pass gave the same word form (and its
clitic-stripped stem) elsewhere in the document — so a document's own evidence is weighed by a
trained model instead of the fixed rule of `propagate_labels`.

Its training data must carry first-pass outputs as they would look on unseen text, so on train
they come from a k-fold jackknife (`STACK_FOLDS` models, each trained without one contiguous share
of the documents and tagging it). `heldout_trial` measures the idea on a held-out share of train
against the single-pass recipe (docs/ner.md, "Second pass").
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pycrfsuite

from rasd.lang.tokens import tokens_from_words
from rasd.nlp.ner.features import FeatureExtractor, load_cues, peel
from rasd.nlp.ner.gazetteer import load_catalog_gazetteer

#: first-pass models of the jackknife (the light stacked CRF of feature version 3 used 4 as well)
STACK_FOLDS = 4
#: marginal mass buckets: a type's mass (B- + I-) in fifths, 0..4
_BUCKETS = 5

Sentence = tuple[tuple[str, ...], tuple[str, ...]]
#: per sentence, per token: attribute strings
Features = list[list[list[str]]]
#: per sentence: (first-pass tags, per token {type: marginal mass})
FirstPass = list[tuple[list[str], list[dict[str, float]]]]


def _type(tag: str) -> str:
    return tag.partition("-")[2] or "O"


def type_masses(labels: Sequence[str], marginals: Sequence[Sequence[float]]) -> list[dict[str, float]]:
    """Per token, the marginal mass of each type (B- + I-; "O" for outside) from label marginals."""
    kinds = [_type(y) for y in labels]
    out = []
    for row in marginals:
        mass: dict[str, float] = {}
        for kind, p in zip(kinds, row, strict=True):
            mass[kind] = mass.get(kind, 0.0) + p
        out.append(mass)
    return out


def stack_features(
    keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], masses: Sequence[Sequence[dict[str, float]]]
) -> list[list[list[str]]]:
    """The second pass's own attributes for one document: first-pass tags, marginals, document labels.

    `keys` are the folded lower-cased words of each sentence; `tags` the first pass's BIO tags and
    `masses` its marginal mass per type for each token (`type_masses`).
    """
    by_key: dict[str, dict[str, int]] = {}
    by_stem: dict[str, dict[str, int]] = {}
    stems = [[peel(k)[1] for k in words] for words in keys]
    for words, sts, labels in zip(keys, stems, tags, strict=True):
        for key, stem, tag in zip(words, sts, labels, strict=True):
            kind = _type(tag)
            counts = by_key.setdefault(key, {})
            counts[kind] = counts.get(kind, 0) + 1
            if len(stem) >= 3:
                counts = by_stem.setdefault(stem, {})
                counts[kind] = counts.get(kind, 0) + 1
    out = []
    for words, sts, labels, mass in zip(keys, stems, tags, masses, strict=True):
        n = len(words)
        rows = []
        for i in range(n):
            tag = labels[i]
            before = labels[i - 1] if i else "^"
            feats = [
                f"s0={tag}",
                f"s-1={before}",
                f"s+1={labels[i + 1] if i + 1 < n else '$'}",
                f"s-1|0={before}|{tag}",
            ]
            for kind, p in sorted(mass[i].items()):
                if p >= 0.05:
                    feats.append(f"m{kind}={min(int(p * _BUCKETS), _BUCKETS - 1)}")
            own = _type(tag)
            for name, table, word in (("dk", by_key, words[i]), ("ds", by_stem, sts[i])):
                counts = table.get(word)
                if not counts:
                    continue
                # the other occurrences only: this token's own first-pass label is s0 already
                others = {k: v - (k == own) for k, v in counts.items() if v - (k == own) > 0}
                for kind, v in sorted(others.items()):
                    feats.append(f"{name}={kind}")
                    feats.append(f"{name}n={kind}:{min(v, 3)}")
                if others and own == "O" and set(others) != {"O"}:
                    feats.append(f"{name}x=O>" + "+".join(sorted(set(others) - {"O"})))
            rows.append(feats)
        out.append(rows)
    return out


def _blocks(sentences: Sequence[Sentence], size: int = 20) -> list[Sequence[Sentence]]:
    return [sentences[k : k + size] for k in range(0, len(sentences), size)]


class _Data:
    """Base attributes of every block of sentences, computed once."""

    def __init__(
        self, blocks: Sequence[Sequence[Sentence]], extractor: FeatureExtractor, gazetteer: Callable
    ) -> None:
        self.blocks = list(blocks)
        self.keys: list[list[list[str]]] = []
        self.features: list[Features] = []
        for block in self.blocks:
            tokens = [tokens_from_words(words) for words, _ in block]
            hits = [gazetteer(t) for t in tokens]
            self.keys.append([[t.norm.lower() for t in s] for s in tokens])
            self.features.append(extractor.document([[t.norm for t in s] for s in tokens], hits))


def _train(items: Sequence[tuple[list[list[str]], Sequence[str]]], out: Path, params: dict) -> None:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(params)
    for xseq, tags in items:
        trainer.append(xseq, list(tags))
    trainer.train(str(out))


def _first_pass(model: Path, features: Sequence[Features]) -> list[FirstPass]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    labels = list(tagger.labels())
    out = []
    for doc in features:
        found: FirstPass = []
        for xseq in doc:
            if not xseq:
                found.append(([], []))
                continue
            tagger.set(xseq)
            tags = tagger.tag()
            marginals = [[tagger.marginal(y, t) for y in labels] for t in range(len(xseq))]
            found.append((tags, type_masses(labels, marginals)))
        out.append(found)
    return out


def train_second_pass(
    features: Sequence[Features],
    keys: Sequence[Sequence[Sequence[str]]],
    tags: Sequence[Sequence[Sequence[str]]],
    out: Path,
    params: dict,
    work: Path,
) -> None:
    """Fit the second pass on documents' first-pass attributes, keys and gold tags.

    Its first-pass inputs come from a jackknife: each contiguous share of the documents is tagged
    by a first-pass model trained without it (`STACK_FOLDS` models, written to `work`), so that
    they are as wrong as the first pass is on unseen text."""
    n = len(features)
    if n < STACK_FOLDS:
        raise ValueError(f"a second pass needs at least {STACK_FOLDS} documents to jackknife, not {n}")
    cuts = [round(n * f / STACK_FOLDS) for f in range(STACK_FOLDS + 1)]
    first: list[FirstPass] = [[] for _ in range(n)]
    for f in range(STACK_FOLDS):
        lo, hi = cuts[f], cuts[f + 1]
        model = work / f"fold{f}.crfsuite"
        items = [
            (x, t) for d in (*range(lo), *range(hi, n)) for x, t in zip(features[d], tags[d], strict=True)
        ]
        _train(items, model, params)
        for d, found in zip(range(lo, hi), _first_pass(model, features[lo:hi]), strict=True):
            first[d] = found
    items = []
    for base, words, fp, gold in zip(features, keys, first, tags, strict=True):
        joined = _joined(base, stack_features(words, [t for t, _ in fp], [m for _, m in fp]))
        items += list(zip(joined, gold, strict=True))
    _train(items, out, params)


def _joined(base: Features, extra: list[list[list[str]]]) -> Features:
    return [[b + e for b, e in zip(bs, es, strict=True)] for bs, es in zip(base, extra, strict=True)]


def _score(
    gold: Sequence[Sequence[Sequence[str]]], pred: Sequence[Sequence[Sequence[str]]]
) -> dict[str, float]:
    from rasd.nlp.ner.tagger import entity_spans

    g: set = set()
    p: set = set()
    k = 0
    for gdoc, pdoc in zip(gold, pred, strict=True):
        for gs, ps in zip(gdoc, pdoc, strict=True):
            g |= {(k, *s) for s in entity_spans(gs)}
            p |= {(k, *s) for s in entity_spans(ps)}
            k += 1
    scores = {}
    for kind in ("overall", "PER", "LOC", "ORG", "MISC"):
        gg = g if kind == "overall" else {x for x in g if x[3] == kind}
        pp = p if kind == "overall" else {x for x in p if x[3] == kind}
        hits = len(gg & pp)
        pr = hits / len(pp) if pp else 0.0
        rc = hits / len(gg) if gg else 0.0
        scores[kind] = round(100 * 2 * pr * rc / (pr + rc), 2) if pr + rc else 0.0
        if kind == "overall":
            scores["P"], scores["R"] = round(100 * pr, 2), round(100 * rc, 2)
    return scores


def heldout_trial(
    sentences: Sequence[Sentence], start: float, end: float, params: dict, groups: frozenset[str], work: Path
) -> dict[str, object]:
    """Train on all but sentences [start, end) (shares of the file), tag them single-pass and stacked.

    Returns F1 per type of the first pass (the shipped recipe) and of the second, both followed by
    `propagate_labels`, and of the second pass without propagation.
    """
    from rasd.nlp.ner.tagger import clusters_for, frequencies_for, propagate_labels

    began = time.perf_counter()
    a, b = round(len(sentences) * start), round(len(sentences) * end)
    fit, held = list(sentences[:a]) + list(sentences[b:]), list(sentences[a:b])
    extractor = FeatureExtractor(load_cues(), groups, frequencies_for(groups), clusters_for(groups))
    gazetteer = load_catalog_gazetteer()
    train, dev = _Data(_blocks(fit), extractor, gazetteer), _Data(_blocks(held), extractor, gazetteer)
    train_tags = [[tags for _, tags in block] for block in train.blocks]
    gold = [[tags for _, tags in block] for block in dev.blocks]
    full = work / "first.crfsuite"
    _train(
        [
            (x, t)
            for doc, tags in zip(train.features, train_tags, strict=True)
            for x, t in zip(doc, tags, strict=True)
        ],
        full,
        params,
    )
    report: dict[str, object] = {}
    first_dev = _first_pass(full, dev.features)
    plain = [[t for t, _ in doc] for doc in first_dev]
    report["first"] = _score(gold, [propagate_labels(k, t) for k, t in zip(dev.keys, plain, strict=True)])
    report["first_nopropagate"] = _score(gold, plain)
    second = work / "second.crfsuite"
    train_second_pass(train.features, train.keys, train_tags, second, params, work)
    stacked_dev = [
        _joined(base, stack_features(keys, [t for t, _ in fp], [m for _, m in fp]))
        for base, keys, fp in zip(dev.features, dev.keys, first_dev, strict=True)
    ]
    tagger = pycrfsuite.Tagger()
    tagger.open(str(second))
    out = [[tagger.tag(x) for x in doc] for doc in stacked_dev]
    report["second_nopropagate"] = _score(gold, out)
    report["second"] = _score(gold, [propagate_labels(k, t) for k, t in zip(dev.keys, out, strict=True)])
    report["seconds"] = round(time.perf_counter() - began)
    return report


def main(start: float, end: float, out_dir: str | None = None) -> dict[str, object]:
    """One held-out share with the shipped recipe's settings (`TrainConfig()` defaults)."""
    from rasd.nlp.ner.train import DEFAULT_TRAIN, TrainConfig, read_conll

    config = TrainConfig()
    with tempfile.TemporaryDirectory(dir=out_dir) as work:
        return heldout_trial(
            read_conll(DEFAULT_TRAIN), start, end, config.params(), config.groups, Path(work)
        )
