"""A statement's text given after a colon that announces it (وفيما يلي نصه:), on invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.events.quotes import find_quotes, load_quote_verbs
from rasd.nlp.entities import EntityResources, find_entities, load_entity_resources

PUBLISHED = dt.date(2024, 6, 1)
PUTIN, KREMLIN = "per:vladimir-putin", "KREMLIN"

VERBS = load_quote_verbs()


@pytest.fixture(scope="module")
def res() -> EntityResources:
    return load_entity_resources()


def quotes(text: str, res: EntityResources) -> list[tuple[str | None, str, bool]]:
    return [
        (q.speaker, q.text, q.direct) for q in find_quotes(text, find_entities(text, PUBLISHED, res), VERBS)
    ]


def test_the_text_after_nassuhu_is_the_issuers_quote(res):
    text = (
        "وصل وفد تركي إلى موسكو. وأصدر الكرملين اليوم بيانا بشأن الزيارة فيما يلي نصه:\n"
        "تتطلع روسيا إلى تعاون أوسع مع شركائها في المنطقة.\n"
        "وسيبحث الجانبان ملفات الطاقة والتجارة خلال الأيام المقبلة."
    )
    [(speaker, said, direct)] = quotes(text, res)
    assert speaker == KREMLIN and direct
    assert said.startswith("تتطلع روسيا") and said.endswith("خلال الأيام المقبلة")


def test_kattali_counts_only_after_a_statement_noun(res):
    statement = "وجاء بيان الكرملين كالتالي:\nتتطلع روسيا إلى تعاون أوسع مع شركائها في المنطقة."
    assert [s for s, _, _ in quotes(statement, res)] == [KREMLIN]
    results = "وزار بوتين المعرض وجاءت نتائج المسابقة كالتالي:\nالمركز الأول للفريق الروسي في السباق الطويل."
    assert quotes(results, res) == []


def test_the_issuer_named_after_the_statement_noun(res):
    text = "جاء ذلك في بيان أصدره الكرملين أمس وهذا نصه:\n«يرحب الرئيس بالوفد التركي ويتمنى له إقامة طيبة»."
    assert quotes(text, res) == [(KREMLIN, "يرحب الرئيس بالوفد التركي ويتمنى له إقامة طيبة", True)]


def test_a_joint_statement_or_an_unnamed_issuer_gives_no_quote(res):
    joint = "وصدر بيان مشترك عن الكرملين فيما يلي نصه:\nيتفق الجانبان على تعزيز التعاون في مجالات عديدة."
    assert quotes(joint, res) == []
    nobody = "وصدر بيان أمس فيما يلي نصه:\nيتفق الجانبان على تعزيز التعاون في مجالات عديدة."
    assert quotes(nobody, res) == []


def test_the_text_stops_where_the_reporter_frames_again(res):
    text = (
        "وأصدر الكرملين بيانا فيما يلي نصه:\n"
        "تتطلع روسيا إلى تعاون أوسع مع شركائها في المنطقة.\n"
        "وقال بوتين إن الزيارة ناجحة جدا."
    )
    assert quotes(text, res) == [
        (KREMLIN, "تتطلع روسيا إلى تعاون أوسع مع شركائها في المنطقة", True),
        (PUTIN, "الزيارة ناجحة جدا", False),
    ]
