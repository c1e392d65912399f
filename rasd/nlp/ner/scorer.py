"""CRFsuite's Viterbi tagging redone on arrays: the same model, the same arithmetic, the same tags.

`pycrfsuite.Tagger.tag` wants every token as a list of attribute strings; building those strings
and having CRFsuite look each one up again cost most of the NER stage. `CrfScorer` reads the
model's weights exactly (the binary file's doubles: `Tagger.info()` only has them rounded to six
decimals) and tags a whole document at once:

- a token's attributes become row numbers of a weight matrix (attributes the model lacks have none,
  as CRFsuite drops them);
- a word's own attributes (bias, word, stem, affixes, cues …; `FeatureExtractor.word`) are summed
  once per distinct word, in their order, into a "prefix" row; the sentence-level attributes
  (neighbours, bigrams, gazetteer labels …; as `FeatureExtractor._sentence` lists them) are added
  after it, one row at a time, in their order;
- Viterbi runs over all sentences of the document together, step by step.

CRFsuite computes a state score as 0 + w₁ + w₂ + … in the order of the item's attributes and keeps
the first best predecessor (strict `<`) in Viterbi; both are done here in the same order with the
same IEEE doubles, so the tags are identical, not merely close (tests/nlp/test_ner_scorer.py
compares them with CRFsuite's on real text).
"""

from __future__ import annotations

import struct
from collections.abc import Collection, Sequence
from pathlib import Path

import numpy as np
import pycrfsuite

from rasd.errors import DataFileError
from rasd.nlp.ner.features import FeatureExtractor, WordInfo

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_FEATURE = struct.Struct("<IIId")
_STATE, _TRANSITION = 0, 1
_PREFIX_ROWS = 4096  # first size of the per-word prefix matrix (doubled as needed)


#: (labels, attribute → row, state weights [attributes + 1 × labels], transitions [labels × labels])
Weights = tuple[list[str], dict[str, int], np.ndarray, np.ndarray]
#: (labels, transitions) of one model: what decoding needs besides the state scores
Chain = tuple[list[str], np.ndarray]


def merge_weights(first: Weights, second: Weights) -> Weights:
    """Two models' weights as one attribute table: the first model's label columns, then the second's.

    One `CrfScorer` over it builds both models' state scores in one pass over the words (a second
    NER pass reads the same attributes as the first). The first model's columns are its sums
    exactly: attributes only the second has add +0.0. The transitions are left zero: decode each
    model's columns with its own `Chain`."""
    labels1, rows1, weights1, _ = first
    labels2, rows2, weights2, _ = second
    names = [*rows1, *(a for a in rows2 if a not in rows1)]
    rows = {a: k for k, a in enumerate(names)}
    n1 = len(labels1)
    weights = np.zeros((len(names) + 1, n1 + len(labels2)))
    weights[[rows[a] for a in rows1], :n1] = weights1[list(rows1.values())]
    weights[[rows[a] for a in rows2], n1:] = weights2[list(rows2.values())]
    both = len(labels1) + len(labels2)
    return [*labels1, *labels2], rows, weights, np.zeros((both, both))


def read_weights(path: Path, crf: pycrfsuite.Tagger) -> Weights:
    """(labels, attribute → row, state weights [attributes × labels], transitions [labels × labels]).

    The weights come from the model file's feature table (CRFsuite's `crf1dm` format: type, source,
    destination, double). The names come from `crf.info()`, whose features are listed in the same
    order as the table; each pairing is checked against the rounded weight printed there.
    """
    data = path.read_bytes()
    try:
        magic, _, kind, _, _, n_labels, n_attrs, off_features, *_ = _HEADER.unpack_from(data, 0)
        chunk, _, n_features = _CHUNK.unpack_from(data, off_features)
    except struct.error as exc:
        raise DataFileError(f"{path}: not a CRFsuite model: {exc}") from exc
    if magic != b"lCRF" or kind != b"FOMC" or chunk != b"FEAT":
        raise DataFileError(f"{path}: not a CRFsuite CRF1d model")
    features = [
        _FEATURE.unpack_from(data, off_features + _CHUNK.size + k * _FEATURE.size) for k in range(n_features)
    ]
    labels = list(crf.labels())
    if len(labels) != n_labels:
        raise DataFileError(f"{path}: {n_labels} labels in the file, {len(labels)} in the tagger")
    info = crf.info()
    state = [f for f in features if f[0] == _STATE]
    transitions = [f for f in features if f[0] == _TRANSITION]
    if len(state) != len(info.state_features) or len(transitions) != len(info.transitions):
        raise DataFileError(f"{path}: the feature table does not match the model's dump")
    rows: dict[str, int] = {}
    weights = np.zeros((n_attrs + 1, n_labels))  # the last row stays zero: padding
    for (_, src, dst, weight), ((attr, label), shown) in zip(state, info.state_features.items(), strict=True):
        if labels[dst] != label or abs(weight - shown) > 1e-6 or rows.setdefault(attr, src) != src:
            raise DataFileError(f"{path}: state feature {attr!r} → {label} does not match the dump")
        weights[src, dst] = weight
    trans = np.zeros((n_labels, n_labels))
    for (_, src, dst, weight), ((a, b), shown) in zip(transitions, info.transitions.items(), strict=True):
        if labels[src] != a or labels[dst] != b or abs(weight - shown) > 1e-6:
            raise DataFileError(f"{path}: transition {a} → {b} does not match the dump")
        trans[src, dst] = weight
    return labels, rows, weights, trans


_SHARED: dict[tuple, tuple] = {}


def _shared(value: tuple) -> tuple:
    """One copy of a small tuple that many memoised words hold (a few hundred distinct values)."""
    return _SHARED.setdefault(value, value)


class _Word:
    """A distinct word as the scorer sees it: its prefix row, what it gives its neighbours, its keys."""

    __slots__ = (
        "around", "bigram", "cues", "dn", "dp", "evidence", "fq_after", "fq_before", "key", "prefix",
        "sh_after", "sh_before", "stem",
    )  # fmt: skip

    def __init__(self, prefix: int, around: tuple[tuple[int, ...], ...], info: WordInfo, norm: str) -> None:
        self.prefix = prefix
        self.around = around
        # up to 200,000 words are kept: the memo's own key stands for the key and stem equal to it,
        # and tuples that recur (cue kinds, bigram flags) are shared, not one copy per word
        self.key = norm if info.key == norm else info.key
        self.stem = self.key if info.stem == self.key else info.stem
        self.cues = _shared(info.cues)
        self.evidence = len(info.stem) >= 3 and info.stem.isalpha()  # `_evidence` counts its stem
        self.dp = _shared(tuple(f"dp={k}" for k in info.cues))  # what it tells the stem after it
        self.dn = _shared(tuple(f"dn={k}" for k in info.cues))  # … and the stem before it
        # set by CrfScorer: its rows as the left/right neighbour's fq-1/fq+1/sh-1/sh+1 attribute,
        # and which bigram attributes (b-=x|y, b+=x|y) it can be part of
        self.fq_before = self.fq_after = self.sh_before = self.sh_after = None
        self.bigram = (False, False, False, False)


class CrfScorer:
    """Tags documents with a CRFsuite model's weights and a `FeatureExtractor`, as CRFsuite would."""

    def __init__(self, weights: Weights, extractor: FeatureExtractor) -> None:
        self.labels, self._rows, self._weights, self._trans = weights
        self._pad = len(self._weights) - 1
        self.extractor = extractor
        self._words: dict[str, _Word] = {}
        self._prefix = np.empty((_PREFIX_ROWS, len(self.labels)))
        groups = extractor.groups
        self._context = "context" in groups
        self._window = "window" in groups
        self._bigram = "bigram" in groups
        self._doc = "doc" in groups
        self._gazetteer = "gazetteer" in groups
        self._extra = "extra" in groups
        self._freq = "freq" in groups and extractor.frequencies is not None
        rows = self._rows
        #: per attribute family, the rows of its values (a value the model lacks is absent)
        self._named = {
            name: {a[len(name) :]: r for a, r in rows.items() if a.startswith(name)}
            for name in ("cw-=", "cw+=", "g0=", "g-1=", "g+1=", "fq-1=", "fq+1=", "sh-1=", "sh+1=", "pos=")
        }
        # the words on either side of "|" in the model's bigram attributes: a bigram of other words
        # cannot be one of them, so its string is never built
        sides: list[set[str]] = [set(), set(), set(), set()]
        for a in rows:
            if a.startswith(("b-=", "b+=")):
                left, right = (0, 1) if a[1] == "-" else (2, 3)
                body = a[3:]
                for k, ch in enumerate(body):
                    if ch == "|":
                        sides[left].add(body[:k])
                        sides[right].add(body[k + 1 :])
        self._bigram_sides = sides

    @property
    def attribute_rows(self) -> dict[str, int]:
        """The model's attribute → weight row (a second pass looks its own attributes up here)."""
        return self._rows

    @property
    def transitions(self) -> np.ndarray:
        """[labels × labels] transition weights."""
        return self._trans

    @property
    def pad_row(self) -> int:
        """The all-zero weight row: an attribute the model lacks."""
        return self._pad

    def add_rows(self, state: np.ndarray, table: np.ndarray, columns: slice = slice(None)) -> None:
        """Add to each token's state scores the weights of its rows (`table`: [tokens × k], pad-filled),
        of the given label columns."""
        weights = self._weights[:, columns]
        for column in table.T:
            state += weights[column]

    def _words_of(self, sentences: Sequence[Sequence[str]]) -> list[list[_Word]]:
        """The scorer's words of a document; the words not met before get their prefix rows together."""
        memo = self._words
        new = {n: None for norms in sentences for n in norms if n not in memo}
        if new:
            if len(memo) + len(new) > self.extractor.memo_size:
                memo.clear()
                new = {n: None for norms in sentences for n in norms}
            self._add_words(list(new))
        return [[memo[n] for n in norms] for norms in sentences]

    def _add_words(self, norms: list[str]) -> None:
        rows, named, sides = self._rows, self._named, self._bigram_sides
        first = len(self._words)
        needed = first + len(norms)
        if needed > len(self._prefix):
            grown = np.empty((max(needed, 2 * len(self._prefix)), len(self.labels)))
            grown[:first] = self._prefix[:first]
            self._prefix = grown
        own: list[list[int]] = []
        bias = [rows["bias"]] if "bias" in rows else []
        extractor = self.extractor
        # this memo is the scorer's own: the extractor's would only hold the same words a second time
        word_info = extractor._word
        if extractor.known is rows:  # the extractor kept only attributes the model has: all are rows

            def row_list(attributes: tuple[str, ...]) -> list[int]:
                return list(map(rows.__getitem__, attributes))
        else:

            def row_list(attributes: tuple[str, ...]) -> list[int]:
                return [rows[a] for a in attributes if a in rows]

        fq_before, fq_after, sh_before, sh_after = (
            named["fq-1="], named["fq+1="], named["sh-1="], named["sh+1="]
        )  # fmt: skip
        side0, side1, side2, side3 = sides
        words = self._words
        for k, norm in enumerate(norms, first):
            info = word_info(norm)
            own.append(bias + row_list(info.own))
            around = tuple([tuple(row_list(feats)) for feats in info.around])
            word = words[norm] = _Word(k, around, info, norm)
            word.fq_before, word.fq_after = fq_before.get(info.freq), fq_after.get(info.freq)
            word.sh_before, word.sh_after = sh_before.get(info.shape), sh_after.get(info.shape)
            key = info.key
            word.bigram = _shared((key in side0, key in side1, key in side2, key in side3))
        # each word's own rows summed one after another, column by column: CRFsuite's order of
        # additions; padding rows are zero and leave the sums as they are
        width = max(map(len, own), default=0)
        table = np.full((len(own), max(width, 1)), self._pad)
        lengths = np.array([len(o) for o in own])
        table[np.arange(table.shape[1]) < lengths[:, None]] = [r for o in own for r in o]
        parts = self._weights[table.T]  # [column, word, label], each column contiguous
        sums = self._prefix[first:needed]
        sums[:] = parts[0]
        for k in range(1, len(parts)):  # in column order, as np.add.accumulate along a row would
            sums += parts[k]

    def _evidence(self, sentences: Sequence[Sequence[_Word]]) -> dict[str, tuple[int, ...]]:
        """`features._evidence` over scorer words, as weight rows."""
        found: dict[str, set[str]] = {}
        repeated: set[str] = set()
        for words in sentences:
            last = len(words) - 1
            for i, w in enumerate(words):
                if not w.evidence:
                    continue
                ev = found.get(w.stem)
                if ev is None:
                    ev = found[w.stem] = set()
                else:
                    repeated.add(w.stem)
                if i:
                    prev = words[i - 1]
                    if prev.dp:
                        ev.update(prev.dp)
                    if prev.key == '"':
                        ev.add("dp=quote")
                if i < last and words[i + 1].dn:
                    ev.update(words[i + 1].dn)
        for stem in repeated:
            found[stem].add("drep")
        rows = self._rows
        return {
            stem: ids
            for stem, ev in found.items()
            if ev and (ids := tuple(rows[f] for f in sorted(ev) if f in rows))
        }

    def tag_document(
        self,
        sentences: Sequence[Sequence[str]],
        hits: Sequence[Sequence[Collection[str]] | None] | None = None,
    ) -> list[list[str]]:
        """BIO tags for the sentences (folded words) of one document, with their gazetteer hits."""
        lengths, state = self.state_scores(sentences, hits)
        return self.viterbi(lengths, state)

    def state_scores(
        self,
        sentences: Sequence[Sequence[str]],
        hits: Sequence[Sequence[Collection[str]] | None] | None = None,
    ) -> tuple[list[int], np.ndarray]:
        """(sentence lengths, [tokens × labels] state scores of all the document's tokens in order).

        A second pass (`rasd.nlp.ner.stack`) adds its own rows to these before decoding."""
        words = self._words_of(sentences)
        evidence = self._evidence(words) if self._doc else {}
        prefix: list[int] = []
        extra: list[int] = []
        counts: list[int] = []
        for k, ws in enumerate(words):
            self._sentence(ws, hits[k] if hits else None, evidence, prefix, extra, counts)
        lengths = [len(ws) for ws in words]
        if not prefix:
            return lengths, np.zeros((0, len(self.labels)))
        return lengths, self._state(prefix, extra, counts)

    def _sentence(
        self,
        words: Sequence[_Word],
        gazetteer_hits: Sequence[Collection[str]] | None,
        evidence: dict[str, tuple[int, ...]],
        prefix: list[int],
        extra: list[int],
        counts: list[int],
    ) -> None:
        """Each token's prefix row, and its other attribute rows in `FeatureExtractor._sentence`'s order."""
        n = len(words)
        named = self._named
        context, bigram, extra_group, freq = self._context, self._bigram, self._extra, self._freq
        cues = [w.cues for w in words]
        window = self._window and any(cues)
        gaz = None
        if gazetteer_hits is not None and self._gazetteer:
            gaz = [sorted(labels) if labels else () for labels in gazetteer_hits]
            g0, gm1, gp1 = named["g0="], named["g-1="], named["g+1="]
        before_edge, after_edge = self._rows.get("w-1=^"), self._rows.get("w+1=$")
        cw_before, cw_after = named["cw-="], named["cw+="]
        fq_first, fq_last = named["fq-1="].get("^"), named["fq+1="].get("$")
        sh_first, sh_last = named["sh-1="].get("^"), named["sh+1="].get("$")
        pos_first, pos_last = named["pos="].get("first"), named["pos="].get("last")
        caret = "^" in self._bigram_sides[0]
        dollar = "$" in self._bigram_sides[3]
        rows = self._rows
        add = extra.append
        last = n - 1
        for i, word in enumerate(words):
            prefix.append(word.prefix)
            start = len(extra)
            prev = words[i - 1] if i else None
            nxt = words[i + 1] if i < last else None
            if context:
                if i >= 2:
                    extra += words[i - 2].around[0]
                if prev is not None:
                    extra += prev.around[1]
                elif before_edge is not None:
                    add(before_edge)
                if nxt is not None:
                    extra += nxt.around[2]
                elif after_edge is not None:
                    add(after_edge)
                if i + 2 < n:
                    extra += words[i + 2].around[3]
            if window:
                # most windows hold no cue word: test the cue tuples (in C) before building a set
                if any(near := cues[i - 3 if i > 3 else 0 : i]):
                    for k in sorted({k for c in near for k in c}):
                        if (r := cw_before.get(k)) is not None:
                            add(r)
                if any(near := cues[i + 1 : i + 4]):
                    for k in sorted({k for c in near for k in c}):
                        if (r := cw_after.get(k)) is not None:
                            add(r)
            if bigram:
                flags = word.bigram
                left = prev.bigram[0] if prev is not None else caret
                if (
                    flags[1]
                    and left
                    and (r := rows.get(f"b-={prev.key if prev is not None else '^'}|{word.key}")) is not None
                ):
                    add(r)
                right = nxt.bigram[3] if nxt is not None else dollar
                if (
                    flags[2]
                    and right
                    and (r := rows.get(f"b+={word.key}|{nxt.key if nxt is not None else '$'}")) is not None
                ):
                    add(r)
            if evidence:
                extra += evidence.get(word.stem, ())
            if gaz is not None:
                for label in gaz[i]:
                    if (r := g0.get(label)) is not None:
                        add(r)
                if extra_group:
                    if i:
                        for label in gaz[i - 1]:
                            if (r := gm1.get(label)) is not None:
                                add(r)
                    if nxt is not None:
                        for label in gaz[i + 1]:
                            if (r := gp1.get(label)) is not None:
                                add(r)
            if freq:
                if (r := prev.fq_before if prev is not None else fq_first) is not None:
                    add(r)
                if (r := nxt.fq_after if nxt is not None else fq_last) is not None:
                    add(r)
            if extra_group:
                if (r := prev.sh_before if prev is not None else sh_first) is not None:
                    add(r)
                if (r := nxt.sh_after if nxt is not None else sh_last) is not None:
                    add(r)
                if i == 0:
                    if pos_first is not None:
                        add(pos_first)
                elif i == last and pos_last is not None:
                    add(pos_last)
            counts.append(len(extra) - start)

    def _state(self, prefix: list[int], extra: list[int], counts: list[int]) -> np.ndarray:
        """[tokens × labels] state scores: each token's prefix row plus its other rows, one by one."""
        state = self._prefix[prefix]
        width = max(counts, default=0)
        if width:
            lengths = np.array(counts)
            table = np.full((len(counts), width), self._pad)
            table[np.arange(width) < lengths[:, None]] = extra
            parts = self._weights[table.T]  # [column, token, label]: each column one contiguous block
            for k in range(width):  # column by column: the same order of additions as CRFsuite
                state += parts[k]
        return state

    def _batch(
        self, lengths: list[int], state: np.ndarray
    ) -> tuple[list[int], np.ndarray, np.ndarray, list[int]]:
        """The non-empty sentences longest first, their sizes, their state scores padded to
        [sentence, step, label], and active[t]: how many sentences (the longest first) reach step t
        (those from active[t + 1] on end at step t; a zero past the last step)."""
        order = sorted((k for k, n in enumerate(lengths) if n), key=lambda k: -lengths[k])
        sizes = np.array([lengths[k] for k in order])
        starts = np.cumsum([0, *lengths])[order]
        longest = int(sizes[0])
        steps = np.arange(longest)
        inside = steps < sizes[:, None]
        scores = np.zeros((len(order), longest, state.shape[1]))
        scores[inside] = state[(starts[:, None] + steps)[inside]]
        active = [*np.searchsorted(-sizes, -steps, side="left").tolist(), 0]
        return order, sizes, scores, active

    def marginals(self, lengths: list[int], state: np.ndarray, chain: Chain | None = None) -> np.ndarray:
        """[tokens × labels] marginal probabilities (forward-backward in log space), tokens in order.

        `chain`: (labels, transitions) of another model whose state columns these are (`merge_weights`)."""
        out = np.zeros_like(state)
        if not len(state):
            return out
        order, sizes, scores, active = self._batch(lengths, state)
        n_sent, longest, _ = scores.shape
        trans = chain[1] if chain is not None else self._trans
        alpha = np.zeros_like(scores)
        alpha[:, 0] = scores[:, 0]
        for t in range(1, longest):
            m = active[t]
            alpha[:m, t] = _logsumexp(alpha[:m, t - 1, :, None] + trans, axis=1) + scores[:m, t]
        beta = np.zeros_like(scores)  # zero at each sentence's last step
        for t in range(longest - 2, -1, -1):
            m = active[t + 1]  # sentences that go on past step t
            beta[:m, t] = _logsumexp(trans + (scores[:m, t + 1] + beta[:m, t + 1])[:, None, :], axis=2)
        ends = sizes - 1
        log_z = _logsumexp(alpha[np.arange(n_sent), ends], axis=1)
        probs = np.exp(alpha + beta - log_z[:, None, None])
        starts = np.cumsum([0, *lengths])
        for row, k in enumerate(order):
            out[starts[k] : starts[k] + lengths[k]] = probs[row, : lengths[k]]
        return out

    def viterbi(self, lengths: list[int], state: np.ndarray, chain: Chain | None = None) -> list[list[str]]:
        """The best label sequence of every sentence (CRFsuite's `crf1dc_viterbi`), all sentences at once."""
        out: list[list[str]] = [[] for _ in lengths]
        if not len(state):
            return out
        order, sizes, scores, active = self._batch(lengths, state)
        n_sent, longest, n_labels = scores.shape
        back = np.zeros((n_sent, longest, n_labels), dtype=np.intp)
        final = np.empty((n_sent, n_labels))
        cur = scores[:, 0].copy()
        final[active[1] :] = cur[active[1] :]
        names, trans = chain if chain is not None else (self.labels, self._trans)
        buf = np.empty((n_sent, n_labels, n_labels))
        maximum = np.maximum.reduce
        for t in range(1, longest):
            m = active[t]
            cand = np.add(cur[:m, :, None], trans, out=buf[:m])  # [sentence, from, to]
            cand.argmax(axis=1, out=back[:m, t])  # the first maximum, as CRFsuite's strict `<`
            cur = maximum(cand, axis=1)  # the ufunc itself: ndarray.max's Python wrapper costs more here
            cur += scores[:m, t]
            done = active[t + 1]
            if done < m:
                final[done:m] = cur[done:m]
        ends = sizes - 1
        labels = np.zeros((n_sent, longest), dtype=np.intp)
        labels[np.arange(n_sent), ends] = final.argmax(axis=1)
        rows = np.arange(n_sent)
        for t in range(longest - 1, 0, -1):
            m = active[t]
            labels[:m, t - 1] = back[rows[:m], t, labels[:m, t]]
        best = labels.tolist()
        for row, k in enumerate(order):
            out[k] = [names[i] for i in best[row][: lengths[k]]]
        return out


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    top = x.max(axis=axis, keepdims=True)
    return np.log(np.exp(x - top).sum(axis=axis)) + np.squeeze(top, axis=axis)
