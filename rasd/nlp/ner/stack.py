"""A second CRF pass (stacking): every first-pass feature plus what the first pass concluded.

The first CRF decides each token from a window of ±2 words; a name it tags in one sentence it may
miss in the next. The second pass sees, for each token, the first pass's tag at 0/±1, its marginal
probability mass per entity type, and the labels the first pass gave the same word form (and its
clitic-stripped stem) elsewhere in the document — so a document's own evidence is weighed by a
trained model instead of the fixed rule of `propagate_labels`.

Its training data must carry first-pass outputs as they would look on unseen text, so on train
they come from a k-fold jackknife (`STACK_FOLDS` models, each trained without one contiguous share
of the documents and tagging it). `heldout_trial` measures the idea on a held-out share of train
against the single-pass recipe (docs/ner.md, "Second pass": no robust gain, so it is off).
"""

from __future__ import annotations

import functools
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pycrfsuite

from rasd.lang.tokens import tokens_from_words
from rasd.nlp.ner.features import FeatureExtractor, load_cues, peel
from rasd.nlp.ner.gazetteer import load_catalog_gazetteer

#: first-pass models of the jackknife (the light stacked CRF of feature version 3 used 4 as well)
STACK_FOLDS = 4
#: marginal mass buckets: a type's mass (B- + I-) in fifths, 0..4
_BUCKETS = 5

Sentence = tuple[tuple[str, ...], tuple[str, ...]]
#: type → count, per word form or stem
_Counts = dict[str, dict[str, int]]
#: per sentence, per token: attribute strings
Features = list[list[list[str]]]
#: per sentence: (first-pass tags, per token {type: marginal mass})
FirstPass = list[tuple[list[str], list[dict[str, float]]]]


@functools.lru_cache(maxsize=64)
def _type(tag: str) -> str:
    return tag.partition("-")[2] or "O"


@functools.lru_cache(maxsize=1 << 16)
def _stem(key: str) -> str:
    return peel(key)[1]


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


def document_labels(
    keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> tuple[list[list[str]], _Counts, _Counts]:
    """(stems, first-pass type counts by word form, by stem of ≥3 letters) of a document."""
    by_key: _Counts = {}
    by_stem: _Counts = {}
    stems = [[_stem(k) for k in words] for words in keys]
    for words, sts, labels in zip(keys, stems, tags, strict=True):
        for key, stem, tag in zip(words, sts, labels, strict=True):
            kind = _type(tag)
            counts = by_key.setdefault(key, {})
            counts[kind] = counts.get(kind, 0) + 1
            if len(stem) >= 3:
                counts = by_stem.setdefault(stem, {})
                counts[kind] = counts.get(kind, 0) + 1
    return stems, by_key, by_stem


def word_labels(by_key: _Counts, by_stem: _Counts, key: str, stem: str, tag: str) -> list[str]:
    """The labels the first pass gave the word's other occurrences (form `dk`, stem `ds`)."""
    feats = []
    own = _type(tag)
    for name, table, word in (("dk", by_key, key), ("ds", by_stem, stem)):
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
    return feats


def stack_features(
    keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], masses: Sequence[Sequence[dict[str, float]]]
) -> list[list[list[str]]]:
    """The second pass's own attributes for one document: first-pass tags, marginals, document labels.

    `keys` are the folded lower-cased words of each sentence; `tags` the first pass's BIO tags and
    `masses` its marginal mass per type for each token (`type_masses`).
    """
    stems, by_key, by_stem = document_labels(keys, tags)
    out = []
    for words, sts, labels, mass in zip(keys, stems, tags, masses, strict=True):
        n = len(words)
        rows = []
        for i in range(n):
            tag = labels[i]
            before = labels[i - 1] if i else "^"
            after = labels[i + 1] if i + 1 < n else "$"
            feats = [f"s0={tag}", f"s-1={before}", f"s+1={after}", f"s-1|0={before}|{tag}"]
            for kind, p in sorted(mass[i].items()):
                if p >= 0.05:
                    feats.append(f"m{kind}={min(int(p * _BUCKETS), _BUCKETS - 1)}")
            feats += word_labels(by_key, by_stem, words[i], sts[i], tag)
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


class StackRows:
    """`stack_features` as weight rows of a second-pass model, mostly by array lookups (tagging time).

    The attributes of tags and marginal buckets are looked up by label index; the document-label
    attributes are built as strings only for words that occur more than once in the document
    (a word seen once has no other occurrence to learn from)."""

    def __init__(self, first_labels: Sequence[str], rows: dict[str, int], pad: int) -> None:
        self.labels = list(first_labels)
        self.rows = rows
        self.pad = pad
        n = len(self.labels)
        kinds = sorted({_type(y) for y in self.labels})
        self.kinds = kinds
        self.to_kind = np.zeros((n, len(kinds)))
        for j, y in enumerate(self.labels):
            self.to_kind[j, kinds.index(_type(y))] = 1.0

        def row(attribute: str) -> int:
            return rows.get(attribute, pad)

        edge = [*self.labels, "^", "$"]  # index n is "^", n + 1 is "$"
        self.s0 = np.array([row(f"s0={y}") for y in self.labels])
        self.before = np.array([row(f"s-1={y}") for y in edge])
        self.after = np.array([row(f"s+1={y}") for y in edge])
        self.pair = np.array([[row(f"s-1|0={a}|{b}") for b in self.labels] for a in edge])
        self.mass = np.array([[row(f"m{k}={b}") for b in range(_BUCKETS)] for k in kinds])

    def __call__(
        self, keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], marginals: np.ndarray
    ) -> np.ndarray:
        """[tokens × attributes] weight rows (`pad` where none) for a document's tokens in order."""
        index = {y: j for j, y in enumerate(self.labels)}
        n = len(self.labels)
        flat = np.array([index[y] for labels in tags for y in labels], dtype=np.intp)
        first = np.zeros(len(flat), dtype=bool)
        last = np.zeros(len(flat), dtype=bool)
        k = 0
        for labels in tags:
            if labels:
                first[k] = True
                last[k + len(labels) - 1] = True
            k += len(labels)
        before = np.where(first, n, np.roll(flat, 1))
        after = np.where(last, n + 1, np.roll(flat, -1))
        mass = marginals @ self.to_kind  # [tokens × kinds]
        bucket = np.minimum((mass * _BUCKETS).astype(np.intp), _BUCKETS - 1)
        mass_rows = np.where(mass >= 0.05, self.mass[np.arange(len(self.kinds)), bucket], self.pad)
        columns = [
            self.s0[flat],
            self.before[before],
            self.after[after],
            self.pair[before, flat],
            *mass_rows.T,
        ]
        table = np.stack(columns, axis=1) if len(flat) else np.zeros((0, len(columns)), dtype=np.intp)
        extra = self._document(keys, tags)
        if extra:
            width = max(len(r) for r in extra.values())
            more = np.full((len(flat), width), self.pad)
            for token, ids in extra.items():
                more[token, : len(ids)] = ids
            table = np.concatenate([table, more], axis=1)
        return table

    def _document(self, keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> dict[int, list[int]]:
        """Token number → rows of its dk/ds attributes; only a word or stem seen twice has any."""
        stems, by_key, by_stem = document_labels(keys, tags)
        rows, out, k = self.rows, {}, 0
        total_key = {w: sum(c.values()) for w, c in by_key.items()}
        total_stem = {w: sum(c.values()) for w, c in by_stem.items()}
        memo: dict[tuple[str, str, str], list[int]] = {}  # function words recur: one answer each
        for words, sts, labels in zip(keys, stems, tags, strict=True):
            for key, stem, tag in zip(words, sts, labels, strict=True):
                if total_key[key] > 1 or total_stem.get(stem, 0) > 1:
                    ids = memo.get((key, stem, tag))
                    if ids is None:
                        found = word_labels(by_key, by_stem, key, stem, tag)
                        ids = memo[key, stem, tag] = [rows[f] for f in found if f in rows]
                    if ids:
                        out[k] = ids
                k += 1
        return out
