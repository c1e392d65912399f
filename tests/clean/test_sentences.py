"""Sentence splitting: one small Arabic case per rule, the offsets property, and the PUD floor."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from rasd.clean.sentences import QUOTE_MAX_CHARS, load_abbreviations, split_sentences
from rasd.records import Span

ABBREVIATIONS = load_abbreviations()  # what the pipeline keeps in CleanLexicon.abbreviations


def sentences(text: str, **kwargs: bool) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, ABBREVIATIONS, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic and Latin marks, and runs of them
        ("وصل الوفد. بدأ الاجتماع.", ["وصل الوفد.", "بدأ الاجتماع."]),
        ("هل وصل الوفد؟ نعم وصل.", ["هل وصل الوفد؟", "نعم وصل."]),
        ("يا للهول! انهار المبنى.", ["يا للهول!", "انهار المبنى."]),
        ("ماذا حدث؟! لا أحد يعرف.", ["ماذا حدث؟!", "لا أحد يعرف."]),
        ("ماذا حدث?! لا أحد يعرف.", ["ماذا حدث?!", "لا أحد يعرف."]),
        ("انتهى الأمر۔ بدأ غيره.", ["انتهى الأمر۔", "بدأ غيره."]),
        ("انتهى الأمر… ثم عاد.", ["انتهى الأمر… ثم عاد."]),
        ("انتهى الأمر... ثم عاد.", ["انتهى الأمر... ثم عاد."]),
        ("هل انتهى الأمر...؟ لا.", ["هل انتهى الأمر...؟", "لا."]),
        ("الحكومة (!) قررت ذلك.", ["الحكومة (!) قررت ذلك."]),
        ("هل تبقى الحكومة؟ أم تستقيل؟ لا أحد يعرف.", ["هل تبقى الحكومة؟ أم تستقيل؟", "لا أحد يعرف."]),
        # no space after the mark: a boundary only between two Arabic words
        ("انتهى العقد بالتراضي.وكان اللاعب قد احترف.", ["انتهى العقد بالتراضي.", "وكان اللاعب قد احترف."]),
        ("قال لتلفزيون ان.بي.سي إن الاتفاق جيد.", ["قال لتلفزيون ان.بي.سي إن الاتفاق جيد."]),
        # the comma never ends a sentence, ؛ only when asked
        ("وصل الوفد، وبدأ الاجتماع.", ["وصل الوفد، وبدأ الاجتماع."]),
        ("أُجّل الاجتماع؛ إذ لم يكتمل النصاب.", ["أُجّل الاجتماع؛ إذ لم يكتمل النصاب."]),
    ],
)
def test_marks(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_semicolon_can_end_a_sentence() -> None:
    text = "أُجّل الاجتماع؛ إذ لم يكتمل النصاب."
    assert sentences(text, semicolon_ends=True) == ["أُجّل الاجتماع؛", "إذ لم يكتمل النصاب."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عاجل\nوصل الوفد", ["عاجل", "وصل الوفد"]),
        ("وصل الوفد.\n\nبدأ الاجتماع", ["وصل الوفد.", "بدأ الاجتماع"]),
        ("  وصل الوفد \r\n\t بدأ الاجتماع  ", ["وصل الوفد", "بدأ الاجتماع"]),
        ("قال: «نحن\nجاهزون»", ["قال: «نحن", "جاهزون»"]),
        ("وصل الوفد.\n\u200f\n***\n", ["وصل الوفد."]),
        ("", []),
        (" \n \n", []),
    ],
)
def test_line_breaks(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("“", "”"), ("”", "“"), ("«", "»"), ("»", "«"), ("„", "“"), ("‘", "’")],
)
def test_no_split_inside_a_quotation(opening: str, closing: str) -> None:
    text = f"قال الوزير: {opening}نحن جاهزون. سنبدأ غدا{closing}. وأضاف أن الخطة ناجحة."
    assert sentences(text) == [
        f"قال الوزير: {opening}نحن جاهزون. سنبدأ غدا{closing}.",
        "وأضاف أن الخطة ناجحة.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the full stop inside the quotation: the sentence ends after the closing quote
        ('قال: "نحن جاهزون." وأضاف أن الخطة ناجحة.', ['قال: "نحن جاهزون."', "وأضاف أن الخطة ناجحة."]),
        ("قال: «نحن جاهزون؟!» ثم صمت.", ["قال: «نحن جاهزون؟!»", "ثم صمت."]),
        ("قال: «نحن جاهزون...» ثم صمت.", ["قال: «نحن جاهزون...»", "ثم صمت."]),
        # a quote inside a quotation, closed together
        ("قال: \"سألني: 'هل أنت جاهز؟'\". ثم صمت.", ["قال: \"سألني: 'هل أنت جاهز؟'\".", "ثم صمت."]),
        # a quote opened with a proclitic and a quote closed after a space
        (
            'عرض فيلمي "الشتاء" و"الربيع. الجديد". ثم غادر.',
            ['عرض فيلمي "الشتاء" و"الربيع. الجديد".', "ثم غادر."],
        ),
        ('قال إنه "غير راض ". وغادر.', ['قال إنه "غير راض ".', "وغادر."]),
        # unbalanced: never closed, or closed only after another opens
        (
            'وأضاف: "إنها خطوة أولى. وقال الوزير إن الخطة ناجحة.',
            ['وأضاف: "إنها خطوة أولى.', "وقال الوزير إن الخطة ناجحة."],
        ),
        (
            'وأضاف: "إنها خطوة أولى. قالت: "لا نعتقد ذلك". ثم غادرت.',
            ['وأضاف: "إنها خطوة أولى.', 'قالت: "لا نعتقد ذلك".', "ثم غادرت."],
        ),
        # an apostrophe is not a quote
        ("زار O'Brien الرياض. ثم غادر.", ["زار O'Brien الرياض.", "ثم غادر."]),
    ],
)
def test_quotes(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_very_long_quotation_is_split() -> None:
    long = "كلام طويل جدا " * (QUOTE_MAX_CHARS // 14 + 1)
    text = f'قال: "بدأنا العمل. {long}انتهى". ثم غادر.'
    assert sentences(text) == ['قال: "بدأنا العمل.', f'{long}انتهى".', "ثم غادر."]


@pytest.mark.parametrize(
    "text",
    [
        "التقى د. محمد العلي بالوزير.",
        "وحضر الحفل ود. نزار مدني.",
        "برعاية وزير الصحة م. خالد الفالح.",
        "ألقى أ. محمد كلمة.",
        "حضر أ.د. عبدالرحمن اليوبي.",
        "قال أحمد ز. أمين إن الوكالة مستعدة.",
        "راسلونا على ص.ب. 1234 الرياض.",
        "أقر الملك الهدنة عام 512 ق.م. في أثينا.",
        "قال جورج دبليو. بوش إنه مستعد.",
        "نقلت وكالة الأنباء الألمانية (د. ب. أ) الخبر.",
        "قال مسؤول في U.S. Army إن القوات وصلت.",
        "قال Dr. Smith إن الدواء آمن.",
        "ارتفع المؤشر 3.5 في المائة.",
        "وصل الوفد في 12.05.2024 إلى الرياض.",
        "سجل عبر الموقع https://www.moh.gov.sa/ar/Pages?id=1.html قبل الموعد.",
        "راسلوا ali.m@spa.gov.sa للاستفسار.",
        "في الواقع… إنه أمر لا يصدق.",
        "بل هي ناقوس خطر مبكر.. والتداعيات خطيرة.",
        "لم يتم القبض على المجرمين (...) وربما لن يتم.",
    ],
)
def test_marks_that_do_not_end_a_sentence(text: str) -> None:
    assert len(sentences(text)) == 1, sentences(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سجل عبر www.spa.gov.sa. وقال المتحدث", ["سجل عبر www.spa.gov.sa.", "وقال المتحدث"]),
        ("بثت ذلك قناة بي بي سي. وقال المراسل", ["بثت ذلك قناة بي بي سي.", "وقال المراسل"]),
        ("نقلت ذلك وكالة أ ف ب. وقال المراسل", ["نقلت ذلك وكالة أ ف ب.", "وقال المراسل"]),
        ("في عام 1437 هـ. وقال المدير", ["في عام 1437 هـ.", "وقال المدير"]),
        ("في عام 2015 م. وقال المدير", ["في عام 2015 م.", "وقال المدير"]),
        ("بلغ النمو 3.5. وقال المدير", ["بلغ النمو 3.5.", "وقال المدير"]),
        ("وقع في المادة 5. وقال المدير", ["وقع في المادة 5.", "وقال المدير"]),
        ("وفي الأسواق الشعبية.. إلخ. وقال المدير", ["وفي الأسواق الشعبية.. إلخ.", "وقال المدير"]),
    ],
)
def test_abbreviation_like_endings_that_do_end(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. زيادة الرواتب\n2. خفض الأسعار", ["1. زيادة الرواتب", "2. خفض الأسعار"]),
        ("- 3. خفض الأسعار", ["- 3. خفض الأسعار"]),
        ("١. زيادة الرواتب", ["١. زيادة الرواتب"]),
        ("أ. زيادة الرواتب\nب. خفض الأسعار", ["أ. زيادة الرواتب", "ب. خفض الأسعار"]),
    ],
)
def test_numbered_lists(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


FRAGMENTS = [
    "وصل", "الوفد", "د.", "3.5", "«", "»", '"', "“", "”", "'", ".", "...", "…", "؟", "!", "؟!",
    "،", "؛", ":", "(", ")", "\n", "\n\n", " ", "  ", "\u200f", "1.", "www.spa.gov.sa", "U.S.",
    "بي", "سي.", "أم", "هـ.", "2015", "بالتراضي.وكان", "\t", "ـ",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(200))
def test_spans_are_trimmed_ordered_offsets_into_the_original(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(FRAGMENTS) + rng.choice(["", " "]) for _ in range(rng.randint(0, 60)))
    spans = split_sentences(text, ABBREVIATIONS)
    assert all(isinstance(s, Span) for s in spans)
    previous_end = 0
    for span in spans:
        piece = text[span.start : span.end]
        assert previous_end <= span.start < span.end <= len(text)
        assert piece == piece.strip() and "\n" not in piece
        assert any(c.isalnum() for c in piece)
        previous_end = span.end
    covered = {i for s in spans for i in range(s.start, s.end)}
    assert all(i in covered for i, c in enumerate(text) if c.isalnum())


def test_abbreviation_file_parses() -> None:
    entries = load_abbreviations()
    assert {"د.", "م.", "أ.د.", "ص.ب.", "dr."} <= entries
    assert all(e.endswith(".") and " " not in e for e in entries)


def test_pud_boundary_f1_floor(shared: Path) -> None:
    path = shared / "eval/sentences/ud_arabic_pud_docs.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    gold, predicted = set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        gold |= {(doc["doc_id"], s["end"]) for s in doc["sentences"]}
        predicted |= {(doc["doc_id"], s.end) for s in split_sentences(doc["text"], ABBREVIATIONS)}
    hits = len(gold & predicted)
    f1 = 2 * hits / (len(gold) + len(predicted))
    assert f1 >= 0.97


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يمتد الطريق بطول 11.5 كم. وقال المدير", ["يمتد الطريق بطول 11.5 كم.", "وقال المدير"]),
        ("انتهى اللقاء في جو ودي. وقال المدير", ["انتهى اللقاء في جو ودي.", "وقال المدير"]),
    ],
)
def test_words_that_look_like_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
