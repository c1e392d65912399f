"""Tag tokens with the shipped CRF model and turn the BIO tags into mentions.

Load the model once into a `NerTagger` and keep it: opening the model and the cue lists costs far
more than tagging a story. Tags use rasd's entity types (PER, ORG, LOC, MISC); the CoNLL helpers
translate to and from ANERcorp's `PERS` at the edge.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import pycrfsuite

from rasd.errors import DataFileError
from rasd.lang.clitics import split_word
from rasd.lang.clitics import stacks as clitic_stacks
from rasd.lang.frequency import load_word_frequencies
from rasd.lang.normalize import fold
from rasd.lang.tokens import tokens_from_words, trim_words
from rasd.nlp.catalog import Catalog
from rasd.nlp.ner.features import (
    FEATURE_GROUPS,
    FEATURE_VERSION,
    MIN_STEM,
    CueLexicon,
    FeatureExtractor,
    GazetteerFn,
    load_clusters,
    load_cues,
)
from rasd.nlp.ner.gazetteer import CATALOG, catalog_gazetteer, load_catalog_gazetteer
from rasd.nlp.ner.scorer import Chain, CrfScorer, merge_weights, read_weights
from rasd.nlp.ner.stack import StackRows
from rasd.records import ENTITY_TYPES, Mention, Token
from rasd.resources import data_path, read_model_sidecar

MODEL = "models/ner.crfsuite"
#: A token that ends a sentence: stories are tagged sentence by sentence, as the model was trained.
SENTENCE_END = frozenset({".", "!", "?", "؟"})
#: Sentences of a CoNLL file taken together as one document (the file itself has no document breaks).
DOC_BLOCK = 20
#: `NerTagger(gazetteer=FROM_MODEL)`: use the gazetteer the model's sidecar names (the default).
FROM_MODEL = "model"
TO_ANERCORP = {"PER": "PERS"}
FROM_ANERCORP = {"PERS": "PER"}


def entity_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """[start, end) token spans and types of a BIO sequence; an I- that continues nothing starts one."""
    spans: list[tuple[int, int, str]] = []
    start, etype = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if start >= 0 and (prefix != "I" or kind != etype):
            spans.append((start, i, etype))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            # one "PER" for every mention and entity of a run, not a new string per span
            start, etype = i, sys.intern(kind)
    return spans


def frequencies_for(groups: Collection[str]) -> Mapping[str, float] | None:
    """The word-frequency table when the "freq" feature group is on (loaded once), else None."""
    return load_word_frequencies() if "freq" in groups else None


def clusters_for(groups: Collection[str]) -> Mapping[str, tuple[str, ...]] | None:
    """The word-class table when the "cluster" feature group is on, else None: read by each tagger's
    construction (the pipeline's, once per process, in `load_entity_resources`)."""
    return load_clusters() if "cluster" in groups else None


def to_bioes(tags: Sequence[str]) -> list[str]:
    """BIO → BIOES: a one-token entity is `S-`, the last token of a longer one `E-`.

    Training on BIOES lets the CRF learn where names end, not only where they start."""
    out = list(tags)
    for start, end, etype in entity_spans(tags):
        if end - start == 1:
            out[start] = f"S-{etype}"
        else:
            out[start] = f"B-{etype}"
            out[start + 1 : end] = [f"I-{etype}"] * (end - start - 2) + [f"E-{etype}"]
    return out


def to_bio(tags: Sequence[str]) -> list[str]:
    """BIOES → BIO (`S-` → `B-`, `E-` → `I-`); BIO tags pass unchanged."""
    return [("B" + t[1:]) if t[:2] == "S-" else ("I" + t[1:]) if t[:2] == "E-" else t for t in tags]


#: a document's names by their first word: (the other words, type), longest first
_Names = dict[str, list[tuple[tuple[str, ...], str]]]


def propagate_labels(keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> list[list[str]]:
    """Label consistency within a document: a name tagged once is tagged wherever it recurs untagged.

    `keys` are the folded, lower-cased words of each sentence, `tags` the CRF's BIO tags. Every
    entity the CRF found (≥3 letters) whose words were only ever given one type in the document
    labels the other occurrences of the same words whose tags are all `O` (longest first, the first
    word may carry proclitics: `وبوش` after `بوش`). A span is not relabelled where it would run into
    an entity (`I-` after it).
    """
    found: dict[tuple[str, ...], set[str]] = {}
    for words, labels in zip(keys, tags, strict=True):
        for start, end, etype in entity_spans(labels):
            name = tuple(words[start:end])
            if sum(map(len, name)) >= 3:
                found.setdefault(name, set()).add(etype)
    by_first: _Names = {}
    for name, types in found.items():
        if len(types) == 1:
            by_first.setdefault(name[0], []).append((name[1:], next(iter(types))))
    out = [list(labels) for labels in tags]
    if not by_first:
        return out
    for names in by_first.values():
        names.sort(key=lambda item: (-len(item[0]), item))
    firsts = by_first.keys()
    # the document's words some reading of which starts a known name (each distinct word tried once)
    openers = {w for w in {w for words in keys for w in words} if not firsts.isdisjoint(_readings(w))}
    for words, labels in zip(keys, out, strict=True):
        free = 0  # words before this are part of a name just relabelled
        for i in [i for i, w in enumerate(words) if w in openers]:
            if i < free or labels[i] != "O":
                continue
            size, etype = _known_name(by_first, words, labels, i)
            if size:
                labels[i : i + size] = [f"B-{etype}"] + [f"I-{etype}"] * (size - 1)
                free = i + size
    return out


@functools.cache
def _stack_lengths() -> tuple[tuple[int, ...], frozenset[str]]:
    """The proclitic stacks' lengths (shortest first) and the stacks: a word's prefix of each length
    is one set lookup (a word can start with one stack of a given length only)."""
    found = frozenset(clitic_stacks())
    return tuple(sorted({len(p) for p in found})), found


@functools.lru_cache(maxsize=1 << 16)
def _readings(word: str) -> tuple[str, ...]:
    """The word, then the word less each proclitic prefix that leaves MIN_STEM letters (shortest
    prefix first); memoised: asked for every untagged word of every story."""
    lengths, found = _stack_lengths()
    return (word, *[word[n:] for n in lengths if len(word) - n >= MIN_STEM and word[:n] in found])


def _known_name(
    by_first: dict[str, list[tuple[tuple[str, ...], str]]],
    words: Sequence[str],
    labels: Sequence[str],
    i: int,
) -> tuple[int, str]:
    """(length, type) of the longest known name starting at word `i` over untagged words, or (0, "")."""
    best: tuple[int, str] = (0, "")
    for reading in _readings(words[i]):
        for rest, etype in by_first.get(reading, ()):
            size = len(rest) + 1
            if size <= best[0] or i + size > len(words) or tuple(words[i + 1 : i + size]) != rest:
                continue
            if any(label != "O" for label in labels[i + 1 : i + size]):
                continue
            if i + size < len(labels) and labels[i + size].startswith("I-"):
                continue
            best = (size, etype)
    return best


def model_attributes(crf: pycrfsuite.Tagger) -> frozenset[str]:
    """The attributes an opened model has weights for (about 0.3 s for the shipped model)."""
    return frozenset(attribute for attribute, _ in crf.info().state_features)


def second_path(model: Path) -> Path:
    """Where a model's second pass is kept (`TrainConfig.second_pass`): `ner.second.crfsuite`."""
    return model.with_name(model.stem + ".second" + model.suffix)


def sidecar_path(model: Path) -> Path:
    """Where a model's settings are recorded: `ner.crfsuite` → `ner.json` beside it."""
    return model.with_suffix(".json")


def write_sidecar(model: Path, gazetteer: str | None, settings: dict[str, object]) -> None:
    """Record what a model must be run with: the feature version and the gazetteer (or none)."""
    record = {"feature_version": FEATURE_VERSION, "gazetteer": gazetteer, **settings}
    sidecar_path(model).write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def read_sidecar(model: Path) -> dict[str, object] | None:
    """The model's recorded settings; None if it has no sidecar (an experiment's model)."""
    path = sidecar_path(model)
    if not path.exists():
        return None
    record = read_model_sidecar(path, FEATURE_VERSION, "NER model", "rasd train ner")
    if record.get("gazetteer") not in (None, CATALOG):
        raise DataFileError(f"{path}: unknown gazetteer {record.get('gazetteer')!r}")
    return record


class NerTagger:
    """The CRF model, its feature extractor and the gazetteer it was trained with, loaded once.

    A model with a sidecar (`ner.json` beside `ner.crfsuite`) is checked against it: the feature
    version must match, and by default (`gazetteer=FROM_MODEL`) the gazetteer it names is loaded.
    An explicit gazetteer function (or None) must agree with the sidecar on whether one is used.
    With `propagate` a document's tags are made consistent (`propagate_labels`); None (the default)
    takes the sidecar's `propagate` setting, on unless it says otherwise.
    `catalog`, when given, is the loaded catalog the gazetteer is built from (else it is loaded).
    """

    def __init__(
        self,
        model: Path | None = None,
        cues: CueLexicon | None = None,
        gazetteer: GazetteerFn | str | None = FROM_MODEL,
        groups: frozenset[str] = FEATURE_GROUPS,
        propagate: bool | None = None,
        catalog: Catalog | None = None,
    ) -> None:
        path = model or data_path(MODEL)
        record = read_sidecar(path)
        wanted = record.get("gazetteer") if record is not None else None
        if gazetteer == FROM_MODEL:
            gazetteer = CATALOG if wanted == CATALOG else None
        if gazetteer == CATALOG:
            gazetteer = catalog_gazetteer(catalog) if catalog is not None else load_catalog_gazetteer()
        if isinstance(gazetteer, str):
            raise ValueError(f"unknown gazetteer {gazetteer!r}")
        if record is not None and (gazetteer is not None) != (wanted is not None):
            raise DataFileError(
                f"{path}: the model was trained {'with the ' + str(wanted) if wanted else 'without a'} "
                "gazetteer and must be run the same way"
            )
        self._crf = pycrfsuite.Tagger()
        try:
            self._crf.open(str(path))
        except (OSError, ValueError) as exc:
            raise DataFileError(f"{path}: cannot open the NER model: {exc}") from exc
        unknown = {label.partition("-")[2] for label in self._crf.labels()} - {"", *ENTITY_TYPES}
        if unknown:
            raise DataFileError(f"{path}: the model has unknown entity types {sorted(unknown)}")
        if record is not None and groups == FEATURE_GROUPS and isinstance(record.get("groups"), list):
            groups = frozenset(record["groups"])
        weights = read_weights(path, self._crf)
        self.extractor = FeatureExtractor(
            cues or load_cues(), groups, frequencies_for(groups), clusters_for(groups), known=weights[1]
        )
        #: the model was trained on BIOES tags (`to_bioes`): its tags are read back as BIO
        self.bioes = any(label[:2] in ("S-", "E-") for label in self._crf.labels())
        self.scorer = CrfScorer(weights, self.extractor)
        #: the second pass (`rasd.nlp.ner.stack`), when the sidecar names one: its labels and
        #: transitions, and one scorer over both models' weights (`merge_weights`)
        self.second: Chain | None = None
        self._both: CrfScorer | None = None
        self._stack_rows: StackRows | None = None
        if record is not None and isinstance(name := record.get("second_pass"), str):
            second, second_file = pycrfsuite.Tagger(), path.with_name(name)
            try:
                second.open(str(second_file))
            except (OSError, ValueError) as exc:
                raise DataFileError(f"{second_file}: cannot open the NER second pass: {exc}") from exc
            weights2 = read_weights(second_file, second)
            merged = merge_weights(weights, weights2)
            ex = self.extractor
            both = FeatureExtractor(ex.cues, groups, ex.frequencies, ex.clusters, known=merged[1])
            self._both = CrfScorer(merged, both)
            self.second = (weights2[0], weights2[3])
            self._stack_rows = StackRows(weights[0], merged[1], self._both.pad_row)
        self.gazetteer = gazetteer
        if propagate is None:
            propagate = record is None or record.get("propagate", True) is not False
        self.propagate = propagate

    def tag_tokens(self, tokens: Sequence[Token]) -> list[str]:
        """One BIO tag per token (types PER, ORG, LOC, MISC), tagging them as one sentence."""
        return self.tag_document([tokens])[0]

    def tag_document(self, sentences: Sequence[Sequence[Token]]) -> list[list[str]]:
        """BIO tags for each sentence of one document: a name's other occurrences inform each one."""
        hits = None
        if self.gazetteer is not None:
            document = getattr(self.gazetteer, "document", None)  # all sentences in one pass
            hits = document(sentences) if document else [self.gazetteer(s) for s in sentences]
        norms = [[t.norm for t in s] for s in sentences]
        if self.second is None:
            tags = self.scorer.tag_document(norms, hits)
        else:
            tags = self._two_passes(norms, [[t.norm.lower() for t in s] for s in sentences], hits)
        if self.bioes:
            tags = [to_bio(t) for t in tags]
        if not self.propagate:
            return tags
        return propagate_labels([[t.norm.lower() for t in s] for s in sentences], tags)

    def _two_passes(
        self,
        norms: list[list[str]],
        keys: list[list[str]],
        hits: Sequence[Sequence[Collection[str]] | None] | None,
    ) -> list[list[str]]:
        """The second pass's tags: its own weights on every feature, plus the first pass's tags,
        marginals and document labels (`stack_features`) as further attributes."""
        both, second, stack_rows = self._both, self.second, self._stack_rows
        assert both is not None and second is not None and stack_rows is not None
        lengths, state = both.state_scores(norms, hits)
        first = (self.scorer.labels, self.scorer.transitions)
        n = len(first[0])
        tags = both.viterbi(lengths, state[:, :n], first)
        marginals = both.marginals(lengths, state[:, :n], first)
        state2 = state[:, n:].copy()
        both.add_rows(state2, stack_rows(keys, tags, marginals), slice(n, None))
        return both.viterbi(lengths, state2, second)

    def find_mentions(self, text: str, tokens: Sequence[Token]) -> tuple[Mention, ...]:
        """The named entities of a story, sentence by sentence, as spans of `text`."""
        mentions = []
        chunks = list(sentence_chunks(text, tokens))
        for chunk, tags in zip(chunks, self.tag_document(chunks), strict=True):
            for start, end, etype in entity_spans(tags):
                first, last = chunk[start].start, chunk[end - 1].end
                mentions.append(Mention(first, last, text[first:last], etype, "crf"))
        return tuple(mentions)


def trim_person(m: Mention, not_names: Collection[str], titles: Collection[str] = ()) -> Mention | None:
    """A person's span without a word at either edge that is no name: a verb or noun of the news
    (`not_names`: "وصف عبداللهيان", "الشرع سيزور", "غروندبرغ زيارة"; with a glued و/ف too) or, last, a
    word with a preposition glued before its article ("… عبد اللهيان بالسلطان"): a name's words take
    no preposition. `titles` (`LinkResources.name_titles`) are cut off the start only: "الدكتور التركي"
    is al-Turki, "اللواء ركن حمد" is Hamad, while الأمين or الخليفة may end a name. None when no word
    is left; other types pass unchanged."""
    if m.type != "PER":
        return m

    def no_name(written: str, last: bool) -> bool:
        word = fold(written)
        reading = split_word(word)
        glued = reading.proclitics[:-2] if reading.has_article else reading.proclitics
        bare = reading.stem if reading.proclitics in ("و", "ف") else word  # ووصف, not فيصل
        return (
            word in not_names
            or bare in not_names
            or (last and reading.has_article and any(p in glued for p in "بلك"))
        )

    def title(written: str) -> bool:
        word = fold(written)
        # a hand strip, not `conjunction_readings`: "ود." (and Dr.) must lose its و, and the shared
        # analysis keeps a word whole when what is left is shorter than a word
        return word in titles or (word[:1] in ("و", "ف") and word[1:] in titles)

    kept = trim_words(m.text, lambda w: no_name(w, False) or title(w), lambda w: no_name(w, True))
    if kept is None:
        return None
    start, end = kept
    if m.text[start:end] == m.text.strip():
        return m
    return Mention(m.start + start, m.start + end, m.text[start:end], m.type, m.source)


def sentence_chunks(text: str, tokens: Sequence[Token]) -> Iterator[Sequence[Token]]:
    """Runs of tokens ending at sentence-final punctuation or at a line break in the text."""
    start = 0
    for i, token in enumerate(tokens):
        follows_break = i > start and "\n" in text[tokens[i - 1].end : token.start]
        if follows_break:
            yield tokens[start:i]
            start = i
        if token.text in SENTENCE_END and not (i + 1 < len(tokens) and tokens[i + 1].text in SENTENCE_END):
            yield tokens[start : i + 1]
            start = i + 1
    if start < len(tokens):
        yield tokens[start:]


def load_tagger() -> NerTagger:
    """The shipped model with the shipped cue lists and the catalog gazetteer (`rasd ner`, tests and
    benchmarks; the pipeline builds its own from its catalog): the caller keeps it."""
    return NerTagger()


def tag_conll(lines: Iterable[str], tagger: NerTagger, block: int = DOC_BLOCK) -> Iterator[str]:
    """CONTRACT §2: each token line gets `\\t` + an ANERcorp tag; other lines pass through as blank lines.

    Sentences are tagged `block` at a time, as one document, the way the model was trained.
    """
    sentences: list[list[str]] = [[]]
    layout: list[int | str] = []  # for each line: the index of its sentence, or the separator to write
    for line in lines:
        fields = line.split()
        if fields and fields[0] != "-DOCSTART-":
            sentences[-1].append(fields[0])
            layout.append(len(sentences) - 1)
            continue
        layout.append(line.rstrip("\r\n") if fields else "")
        if sentences[-1]:
            sentences.append([])
    tags: list[list[str]] = []
    for k in range(0, len(sentences), block):
        tags += tagger.tag_document([tokens_from_words(s) for s in sentences[k : k + block]])
    position = [0] * len(sentences)
    for item in layout:
        if isinstance(item, str):
            yield item
            continue
        word, tag = sentences[item][position[item]], tags[item][position[item]]
        position[item] += 1
        yield f"{word}\t{to_anercorp_tag(tag)}"


def to_anercorp_tag(tag: str) -> str:
    """rasd's tag → ANERcorp's (B-PER → B-PERS)."""
    prefix, _, kind = tag.partition("-")
    return f"{prefix}-{TO_ANERCORP.get(kind, kind)}" if kind else tag
