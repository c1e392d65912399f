"""NIL ids: one unknown person spelled differently by two outlets is one entity; two people are two."""

import functools

import pytest

from rasd.nlp.catalog import load_catalog
from rasd.nlp.link import nil_distinct
from rasd.nlp.link import nil_key as _nil_key
from rasd.nlp.titles import title_words


@functools.cache
def _distinct() -> dict[str, str]:
    return dict(nil_distinct(load_catalog()))


def nil_key(type_: str, text: str) -> str:
    return _nil_key(type_, text, _distinct(), title_words("name"))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("بيزشكيان", "بزشكيان"),  # long vowel written or not
        ("مسعود بازشكيان", "مسعود بيزشكيان"),
        ("أحمد المومني", "احمد مومني"),  # hamza, article
        ("عبد الرحمن الشمري", "عبدالرحمن الشمرى"),  # عبد joined, ى/ي
        ("غريغوري كاراسين", "جريجوري كاراسين"),  # G written غ or ج
        ("مسعود پزشكيان", "مسعود بزشكيان"),  # Persian پ
        ("السيد علي خامنئي", "علي خامنئي"),  # a title the NER kept
        ("دميتري مدفيديف", "ديمتري ميدفيديف"),
        ("سيرجي لافروف", "سيرغي لافروف"),
    ],
)
def test_spelling_variants_share_a_key(one: str, other: str) -> None:
    assert nil_key("PER", one) == nil_key("PER", other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("محمد علي", "محمود علي"),  # one skeleton, two names
        ("حسن نصر", "حسين نصر"),
        ("سعد الحريري", "سعيد الحريري"),
        ("سامي الخطيب", "أحمد الخطيب"),
        ("نوري المالكي", "نوري مالك"),  # a nisba ي is part of the name
        ("جمال خليل", "جميل خليل"),
    ],
)
def test_different_people_do_not_share_a_key(one: str, other: str) -> None:
    assert nil_key("PER", one) != nil_key("PER", other)


def test_other_types_keep_their_folded_text() -> None:
    assert nil_key("ORG", "وزارة الداخلية") != nil_key("ORG", "وزير الداخلية")
