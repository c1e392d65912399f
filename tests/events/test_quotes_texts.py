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


ORDER = (
    "صدر اليوم أمر ملكي فيما يلي نصه:\n"
    "نحن سلمان بن عبدالعزيز آل سعود\n"
    "بناء على المادة السادسة والستين من النظام الأساسي للحكم.\n"
    "ونظرا لعزمنا على السفر حسب تقويم أم القرى، فقد أنبنا ولي العهد في إدارة شؤون الدولة.\n"
    "والله ولي التوفيق\n"
    "سلمان بن عبدالعزيز آل سعود\n"
)


def test_a_signed_text_runs_to_its_signature_and_is_the_signers(res):
    """A royal order whose announcing sentence names no issuer: the text runs past three paragraphs to
    the name alone on its last line (حسب there is no reporter's verb), and is the signer's."""
    [(speaker, said, direct)] = quotes(ORDER + "وغادر الملك جدة مساء اليوم.", res)
    assert speaker == "per:king-salman" and direct
    assert "فقد أنبنا ولي العهد" in said and said.endswith("والله ولي التوفيق")


def test_a_signature_closes_the_inner_letter_not_the_outer_statement(res):
    """بيان فيما يلي نصه: … رسالته الآتي نصها: … the signature: the letter is the signer's; the outer
    statement, whose issuer is not named, gives no quote."""
    text = (
        "صدر بيان بشأن الهدنة فيما يلي نصه:\n"
        "استجابة لطلب الرئيس في رسالته الآتي نصها:\n"
        "أبعث لكم بأطيب تحياتي وأطلب دعم الهدنة الإنسانية في بلادنا.\n"
        "سلمان بن عبدالعزيز آل سعود\n"
        "فقد تقرر أن تبدأ الهدنة الإنسانية مساء الأحد."
    )
    assert quotes(text, res) == [
        ("per:king-salman", "أبعث لكم بأطيب تحياتي وأطلب دعم الهدنة الإنسانية في بلادنا", True)
    ]
