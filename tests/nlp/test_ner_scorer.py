"""The array scorer tags exactly as CRFsuite does with the same model and attribute strings."""

from __future__ import annotations

import pytest

from rasd.lang.clitics import stacks
from rasd.lang.tokens import tokenize
from rasd.nlp.ner import NerTagger
from rasd.nlp.ner.features import MIN_STEM, proclitics
from rasd.nlp.ner.scorer import read_weights
from rasd.nlp.ner.tagger import sentence_chunks
from rasd.resources import data_path


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger()


def _crfsuite_tags(tagger: NerTagger, sentences) -> list[list[str]]:
    """The reference: attribute strings from the extractor, tagged by pycrfsuite."""
    hits = [tagger.gazetteer(s) for s in sentences] if tagger.gazetteer is not None else None
    xseqs = tagger.extractor.document([[t.norm for t in s] for s in sentences], hits)
    return [tagger._crf.tag(x) if x else [] for x in xseqs]


def test_scorer_tags_the_demo_pages_as_crfsuite_does(tagger: NerTagger) -> None:
    pages = sorted(data_path("demo/pages").glob("*.txt"))
    assert pages
    for page in pages:
        try:
            text = page.read_text(encoding="utf-8")
        except UnicodeDecodeError:  # the demo has pages in legacy encodings on purpose
            continue
        sentences = list(sentence_chunks(text, tokenize(text)))
        hits = [tagger.gazetteer(s) for s in sentences]
        got = tagger.scorer.tag_document([[t.norm for t in s] for s in sentences], hits)
        assert got == _crfsuite_tags(tagger, sentences), page.name


def test_scorer_handles_edges(tagger: NerTagger) -> None:
    assert tagger.scorer.tag_document([]) == []
    assert tagger.scorer.tag_document([[]]) == [[]]
    sentences = [tokenize("بوتين ."), tokenize("قال"), tokenize("وقال الرئيس الروسي فلاديمير بوتين في موسكو")]
    hits = [tagger.gazetteer(s) for s in sentences]
    assert tagger.scorer.tag_document([[t.norm for t in s] for s in sentences], hits) == _crfsuite_tags(
        tagger, sentences
    )


def test_weights_are_the_model_files_exact_doubles(tagger: NerTagger) -> None:
    labels, rows, weights, trans = read_weights(data_path("models/ner.crfsuite"), tagger._crf)
    assert labels == list(tagger._crf.labels())
    info = tagger._crf.info()
    assert set(rows) == {a for a, _ in info.state_features}
    for (attr, label), shown in list(info.state_features.items())[:500]:
        assert abs(weights[rows[attr], labels.index(label)] - shown) <= 1e-6
    assert not weights[-1].any()  # the padding row
    for (a, b), shown in info.transitions.items():
        assert abs(trans[labels.index(a), labels.index(b)] - shown) <= 1e-6


@pytest.mark.parametrize("word", ["والرئيس", "بالرياض", "للأمم", "لل", "وبوش", "ال", "فلل", "الا", "x", ""])
def test_proclitics_lists_what_the_prefix_loop_found(word: str) -> None:
    expected = [p for p in stacks() if word.startswith(p) and len(word) - len(p) >= MIN_STEM]
    assert proclitics(word) == expected


def test_memoised_words_share_their_strings_and_small_tuples(tagger: NerTagger) -> None:
    """Up to 200,000 words are kept: each must not hold copies of its key, stem or flag tuples."""
    norms = [t.norm for t in tokenize("وقال الرئيس فلاديمير بوتين في موسكو 2015 Putin")]
    tagger.scorer.tag_document([norms])
    words = [tagger.scorer._words[n] for n in norms]
    # the memo's own key object: another test may have memoised the word first, from another string
    keys = {k: k for k in tagger.scorer._words}
    for norm, word in zip(norms, words, strict=True):
        if word.key == norm:
            assert word.key is keys[norm]
        if word.stem == word.key:
            assert word.stem is word.key
    flags = {}
    for word in words:
        assert flags.setdefault(word.bigram, word.bigram) is word.bigram
