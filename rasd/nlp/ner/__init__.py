"""Named-entity recognition: a CRF trained on ANERcorp, over rasd's ANERcorp-style tokens."""

from rasd.nlp.ner.features import CueLexicon, FeatureExtractor, GazetteerFn, load_cues
from rasd.nlp.ner.tagger import NerTagger, entity_spans, load_tagger, tag_conll

__all__ = [
    "CueLexicon",
    "FeatureExtractor",
    "GazetteerFn",
    "NerTagger",
    "entity_spans",
    "load_cues",
    "load_tagger",
    "tag_conll",
]
