"""The optional NER feature groups (affix4, cluster) and BIOES training, on hand-made words."""

from __future__ import annotations

import pytest
from script_module import load_script

from rasd.errors import DataFileError
from rasd.lang.tokens import tokens_from_words
from rasd.nlp.ner.features import (
    FEATURE_GROUPS,
    CueLexicon,
    FeatureExtractor,
    load_clusters,
    load_cues,
    word_classes,
)
from rasd.nlp.ner.tagger import NerTagger, entity_spans, to_bio, to_bioes
from rasd.nlp.ner.train import TrainConfig, train_model


@pytest.mark.parametrize(
    ("bio", "bioes"),
    [
        (["B-PER", "I-PER", "I-PER", "O"], ["B-PER", "I-PER", "E-PER", "O"]),
        (["B-LOC", "B-LOC", "O", "B-ORG", "I-ORG"], ["S-LOC", "S-LOC", "O", "B-ORG", "E-ORG"]),
        (["O", "I-MISC", "O"], ["O", "S-MISC", "O"]),  # a stray I- starts an entity, as conlleval reads it
        ([], []),
    ],
)
def test_bioes_marks_single_and_last_tokens_and_reads_back(bio: list[str], bioes: list[str]) -> None:
    assert to_bioes(bio) == bioes
    assert entity_spans(to_bio(bioes)) == entity_spans(bio)


def test_affix4_adds_four_letter_affixes_and_stem_prefixes() -> None:
    plain = set(FeatureExtractor(load_cues()).word("والمستشار").own)
    own = set(FeatureExtractor(load_cues(), FEATURE_GROUPS | {"affix4"}).word("والمستشار").own)
    added = own - plain
    assert {"p4=والم", "s4=تشار", "ss4=تشار", "sp2=مس", "sp3=مست", "sp4=مستش"} <= added
    assert not any(f.startswith(("p4=", "sp")) for f in plain)
    # a word without proclitics has no stem prefixes of its own (they would repeat p2-p4)
    assert not any(
        f.startswith("sp")
        for f in FeatureExtractor(load_cues(), FEATURE_GROUPS | {"affix4"}).word("مستشار").own
    )


def test_cluster_features_of_the_word_its_stem_and_its_neighbours() -> None:
    table = {"كاظم": ("3", "17"), "عراقي": ("5", "40")}
    extractor = FeatureExtractor(load_cues(), FEATURE_GROUPS, clusters=table)  # on in the shipped groups
    own = set(extractor.word("لكاظم").own)
    assert {"k0=3", "k1=17", "ks0=3", "ks1=17"} <= own  # the stem's classes stand in for the word's
    feats = extractor.sentence(["التقى", "كاظم", "المسؤول"])
    assert {"k-1.0=3", "k-1.1=17"} <= set(feats[2]) and {"k+1.0=3"} <= set(feats[0])
    assert not any(f.startswith(("k-1.", "k+1.")) for f in feats[1])  # its neighbours are not in the table
    assert word_classes(table, "مجهول", "مجهول") == ()
    off = FeatureExtractor(load_cues(), FEATURE_GROUPS - {"cluster"}, clusters=table)  # a model without it
    assert not any(f.startswith("k0=") for f in off.word("كاظم").own)


def test_cluster_table_reads_and_checks_its_width(tmp_path, monkeypatch) -> None:
    (tmp_path / "ner").mkdir()
    path = tmp_path / "ner" / "clusters.tsv"
    monkeypatch.setattr("rasd.resources.data_path", lambda rel: tmp_path / rel)
    path.write_text("# word, classes\nأحمد\t1\t7\nبغداد\t2\t9\n", encoding="utf-8")
    assert load_clusters() == {"احمد": ("1", "7"), "بغداد": ("2", "9")}
    path.write_text("احمد\t1\t7\nبغداد\t2\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="class ids"):
        load_clusters()


def test_a_bioes_model_tags_in_bio(tmp_path) -> None:
    sentences = [
        (("زار", "جون", "سميث", "باريس", "."), ("O", "B-PER", "I-PER", "B-LOC", "O")),
        (("وصل", "بيتر", "براون", "إلى", "لندن", "."), ("O", "B-PER", "I-PER", "O", "B-LOC", "O")),
        (("غادر", "مارك", "روس", "روما", "."), ("O", "B-PER", "I-PER", "B-LOC", "O")),
    ] * 5
    model = tmp_path / "ner.crfsuite"
    groups = FEATURE_GROUPS - {"freq", "gazetteer"}
    train_model(
        sentences, model, TrainConfig(groups=groups, scheme="BIOES", max_iterations=50), gazetteer=None
    )
    tagger = NerTagger(model)
    assert tagger.bioes
    tags = tagger.tag_tokens(tokens_from_words(["زار", "جون", "سميث", "روما", "."]))
    assert tags == ["O", "B-PER", "I-PER", "B-LOC", "O"]
    with pytest.raises(ValueError, match="scheme"):
        train_model(sentences, model, TrainConfig(groups=groups, scheme="IOB1"), gazetteer=None)
    with pytest.raises(ValueError, match="feature groups"):
        train_model(sentences, model, TrainConfig(groups=groups | {"brown"}), gazetteer=None)


def _cluster_script():
    """scripts/build_ner_clusters.py as a module (scripts/ is not a package)."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "build_ner_clusters.py"
    return load_script(path)


def test_cluster_builder_groups_words_of_the_same_contexts() -> None:
    import numpy as np

    script = _cluster_script()
    verbs = {"زيد": "زار", "عمرو": "زار", "خالد": "التقى"}
    days = {"دمشق": "امس", "عمان": "اليوم"}
    docs = [[verbs[name], name, "مدينة", place, days[place]] for name in verbs for place in days]
    words = ["زيد", "عمرو", "خالد", "دمشق", "عمان"]
    contexts = ["زار", "التقى", "مدينة", "امس", "اليوم"]
    counts = script.cooccurrence(docs, words, contexts)
    # زيد: زار at -1 (block 1), مدينة at +1 (block 2); at -2 nothing, at +2 a place, not a context word
    assert counts[0].toarray().ravel().tolist() == [0] * 5 + [2, 0, 0, 0, 0] + [0, 0, 2, 0, 0] + [0] * 5
    weights = script.ppmi(counts).toarray()
    assert (weights >= 0).all() and weights[0].tolist() == weights[1].tolist()  # same contexts, same row
    assert weights[0] @ weights[3] == 0  # a name and a place share no context
    points = np.array([[1, 0], [0.9, 0.1], [1, 0.2], [0.8, 0], [0, 1], [0.1, 0.9], [0, 0.8], [0.2, 1]])
    coarse, fine = script.nested_kmeans(points, [2, 4])
    assert len(set(coarse[:4])) == 1 and len(set(coarse[4:])) == 1 and coarse[0] != coarse[4]
    assert all(f // 2 == c for f, c in zip(fine, coarse, strict=True))  # fine classes nest in coarse ones


def test_cluster_builder_reads_wikiextractor_documents_less_excluded_titles(tmp_path) -> None:
    script = _cluster_script()
    dump = tmp_path / "corpus" / "AA" / "wiki_00"
    dump.parent.mkdir(parents=True)
    dump.write_text(
        '<doc id="1" title="مدينة الزهور" url="u1">\nمدينة الزهور\n\nمدينة الزهور بلدة صغيرة.\n</doc>\n'
        '<doc id="2" title="الحرب الطويلة" url="u2">\nالحرب الطويلة\n\nبدأت الحرب الطويلة قديما.\n</doc>\n',
        encoding="utf-8",
    )
    exclude = tmp_path / "exclude.txt"
    exclude.write_text("# a comment\n\nالحرب الطويله\n", encoding="utf-8")  # matched after fold (ة/ه)
    titles = script.read_titles(exclude)
    assert list(script.texts(dump)) == ["\nمدينة الزهور بلدة صغيرة.\n", "\nبدأت الحرب الطويلة قديما.\n"]
    # a folder is read recursively; the excluded article is left out
    assert list(script.texts(tmp_path / "corpus", titles)) == ["\nمدينة الزهور بلدة صغيرة.\n"]
    assert script.documents(dump, titles) == [["مدينه", "الزهور", "بلده", "صغيره", "."]]


def test_the_shipped_cluster_table_loads_and_groups_capitals() -> None:
    table = load_clusters()
    assert len(table) == 50_000 and all(len(ids) == 3 for ids in table.values())
    # the finest class of one capital holds others: the table was built from real text, not shuffled
    assert table["القاهره"][2] == table["بغداد"][2]


def test_cue_words_of_one_kind_are_folded_and_apart() -> None:
    cues = CueLexicon({"الرئيس": ("title",), "محمد": ("given",), "بن": ("particle", "title")})
    assert cues.words("title") == {"الرئيس", "بن"} and cues.words("given") == {"محمد"}
    assert "الاستاذ" in load_cues().words("title") and "الاستاذ" not in load_cues().words("given")
