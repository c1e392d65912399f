"""Trigger vocabulary of Arabic news (rasd/data/events/triggers.tsv): the inflections and verbs added in
the h-triggers round, one composed sentence per family, and participles that need a subject before
them (requirements.tsv `subject`)."""

import pytest

from .analyzed import events


def _types(text: str) -> dict[str, list[str]]:
    return {kind: people for kind, _, people, _ in events(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وثمنوا الرئيس المصري عبد الفتاح السيسي والرئيس الأمريكي دونالد ترامب جهود السلام.", "praise"),
        ("وامتدح الرئيس المصري عبد الفتاح السيسي جهود الرئيس الأمريكي دونالد ترامب.", "praise"),
        ("وتثمن مصر جهود الرئيس الأمريكي دونالد ترامب لوقف الحرب.", "praise"),
        (
            "واستهجن الرئيس المصري عبد الفتاح السيسي تصريحات رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
            "criticize",
        ),
        ("وانتقدوا الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء الإسرائيلي بنيامين نتنياهو.", "criticize"),
        ("والتمس الرئيس المصري عبد الفتاح السيسي من الرئيس الأمريكي دونالد ترامب وقف الحرب.", "request"),
        ("وتباحث الرئيس المصري عبد الفتاح السيسي مع الرئيس الأمريكي دونالد ترامب في القاهرة.", "meet"),
        (
            "وكان الرئيس المصري عبد الفتاح السيسي والعاهل الأردني عبد الله الثاني قد استقبلا الرئيس الأمريكي"
            " دونالد ترامب في القاهرة.",
            "meet",
        ),
        ("واتصل الرئيس المصري عبد الفتاح السيسي بالرئيس الأمريكي دونالد ترامب.", "call"),
        (
            "وكان الرئيس المصري عبد الفتاح السيسي قد حل ضيفا على الرئيس الأمريكي دونالد ترامب في واشنطن.",
            "visit",
        ),
        ("وتوعدت إيران إسرائيل برد قاس.", "threaten"),
    ],
)
def test_a_news_verb_opens_its_event(text: str, kind: str) -> None:
    assert kind in _types(text)


def test_a_praise_participle_takes_the_clause_subject() -> None:
    text = "وأكد الرئيس المصري عبد الفتاح السيسي ضرورة السلام، مشيدا بدور الرئيس الأمريكي دونالد ترامب."
    assert _types(text)["praise"] == ["Abdel Fattah el-Sisi", "Donald Trump"]


def test_a_condemning_participle_after_a_statement() -> None:
    text = "وأكد وزير الخارجية السعودي فيصل بن فرحان موقف المملكة، منددا بالهجمات الإسرائيلية."
    assert "Faisal bin Farhan" in _types(text)["criticize"]


def test_a_participle_with_no_one_named_before_it_is_no_event() -> None:
    text = "وأكد أن عملية إعادة الأمل لليمن ثمرة حقيقية، مثمنا دور القوات المسلحة."
    assert "praise" not in _types(text)


def test_thanks_after_a_light_verb_is_praise() -> None:
    text = "وتوجه الرئيس المصري عبد الفتاح السيسي بالشكر للرئيس الأمريكي دونالد ترامب على جهوده."
    assert _types(text)["praise"] == ["Abdel Fattah el-Sisi", "Donald Trump"]


def test_a_plural_signing_needs_a_document() -> None:
    assert "sign" in _types(
        "ووقعوا الرئيس المصري عبد الفتاح السيسي والرئيس الأمريكي دونالد ترامب اتفاقية تعاون."
    )
    assert "sign" not in _types("ووقعوا في فخ الرئيس الأمريكي دونالد ترامب.")


def test_a_dual_arrival_at_a_place_is_a_visit() -> None:
    text = "وكان الرئيس المصري عبد الفتاح السيسي والعاهل الأردني عبد الله الثاني قد وصلا إلى واشنطن أمس."
    assert _types(text)["visit"] == ["Abdel Fattah el-Sisi", "Abdullah II"]


def test_up_to_a_number_is_no_arrival() -> None:
    assert "visit" not in _types("واتفق الرئيس المصري عبد الفتاح السيسي على هدنة لمدة تصل إلى عشرة أيام.")


def test_gratitude_of_two_is_praise() -> None:
    text = (
        "وأعرب الرئيس المصري عبد الفتاح السيسي والعاهل الأردني عبد الله الثاني عن امتنانهما للرئيس الأمريكي"
        " دونالد ترامب."
    )
    assert "Donald Trump" in _types(text)["praise"]


def test_expressed_rejection_is_criticism() -> None:
    text = "وأعرب الرئيس المصري عبد الفتاح السيسي عن رفضه لتصريحات رئيس الوزراء الإسرائيلي بنيامين نتنياهو."
    assert "Benjamin Netanyahu" in _types(text)["criticize"]


def test_here_is_no_congratulation() -> None:
    """هنا ("here") folds like هنأ ("congratulated"): as written, without the hamza, it opens nothing."""
    text = "وقال رجب طيب أردوغان إن فلاديمير بوتين موجود هنا منذ أمس.\n"
    assert not [e for e in events(text) if e[0] == "praise"]


def test_a_congratulation_with_its_hamza_and_marks_is_one() -> None:
    text = "وهنّأ رجب طيب أردوغان فلاديمير بوتين بفوزه في الانتخابات.\n"
    assert [e for e in events(text) if e[0] == "praise"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير الخارجية السعودي فيصل بن فرحان إن المملكة وشعبها يدينون الهجوم على المسجد.",
        "وقال وزير الخارجية السعودي فيصل بن فرحان إن السعوديين جميعا يستنكرون الهجوم على المسجد.",
        "وقال وزير الخارجية السعودي فيصل بن فرحان إن القادة العرب ينددون بالهجوم على المسجد.",
    ],
)
def test_a_plural_present_condemnation_is_the_speakers(text: str) -> None:
    assert "Faisal bin Farhan" in _types(text)["criticize"]
