"""A definite verbal noun of signing that names its document (التوقيع على اتفاقية …) tells a signing of its
own when none was told before; a future verb after it makes the signing planned; a bare "بعد التوقيع"
names none."""

from .analyzed import of_type


def test_signing_on_a_named_document_is_a_signing() -> None:
    got = of_type("وجرى التوقيع على اتفاقية التعاون الأمني بين مصر والأردن في عمان.", "sign")
    assert [(status, people) for status, people, _ in got] == [("occurred", ["Egypt", "Jordan"])]


def test_signing_on_a_document_before_a_future_verb_is_planned() -> None:
    got = of_type(
        "وأفادت الوكالة أن التوقيع على اتفاقية التجارة بين مصر والأردن سيجري الأسبوع المقبل.", "sign"
    )
    assert [status for status, _, _ in got] == ["planned"]


def test_a_bare_definite_signing_names_none() -> None:
    assert not of_type("وقال وزير الخارجية المصري سامح شكري إن مصر والأردن بدأتا العمل بعد التوقيع.", "sign")


def test_commas_count_no_word_before_the_signed_document() -> None:
    text = "ووقع الجيش السوداني وقوات الدعم السريع، طرفا النزاع، مساء الخميس، في جدة، اتفاقا مبدئيا."
    got = [people for _, people, _ in of_type(text, "sign")]
    assert got == [["Rapid Support Forces", "Sudanese Armed Forces"]]


def test_documents_signed_before_in_a_relative_clause_tell_no_signing() -> None:
    text = "وبحث وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي تنفيذ الاتفاقيات التي تم توقيعها بين البلدين."
    assert not of_type(text, "sign")
    assert of_type("وجرى توقيعها بين مصر والأردن في عمان أمس.", "sign")
