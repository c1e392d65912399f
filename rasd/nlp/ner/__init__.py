"""Named-entity recognition: a CRF trained on ANERcorp, over rasd's ANERcorp-style tokens."""

from rasd.nlp.ner.features import CueLexicon, FeatureExtractor, GazetteerFn, load_cues
from rasd.nlp.ner.gazetteer import catalog_gazetteer, load_catalog_gazetteer
from rasd.nlp.ner.tagger import NerTagger, entity_spans, load_tagger, tag_conll

__all__ = [
    "CueLexicon",
    "FeatureExtractor",
    "GazetteerFn",
    "NerTagger",
    "catalog_gazetteer",
    "entity_spans",
    "load_catalog_gazetteer",
    "load_cues",
    "load_tagger",
    "tag_conll",
]
