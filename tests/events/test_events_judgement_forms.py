"""Praise, blame and threats told by the plural and present forms of their verbs and a verbal noun with
its pronoun (اتهامه، إعجابه); spellings that tell something else (لن تثني عزائمنا، اتُّهموا بالسرقة، هاجموا
ثكنة) open nothing (invented sentences)."""

from .analyzed import parties


def test_accusing_told_by_a_verbal_noun_with_its_pronoun() -> None:
    got = parties(
        "وقال الرئيس محمود عباس إن التصعيد جاء بعد اتهامه إسرائيل بزرع ألغام على الحدود.", "criticize"
    )
    assert got and {"Mahmoud Abbas", "Israel"} <= set(got[0])


def test_a_plural_verb_of_accusing_criticizes() -> None:
    got = parties("واتهموا إسرائيل بارتكاب جرائم حرب، قال قادة حركة حماس.", "criticize")
    assert got and "Israel" in got[0]


def test_admiration_shown_is_praise_of_who_is_admired() -> None:
    got = parties("وأبدى الرئيس عبد الفتاح السيسي إعجابه بجهود المملكة العربية السعودية.", "praise")
    assert got and {"Abdel Fattah el-Sisi", "Saudi Arabia"} <= set(got[0])


def test_a_plural_vow_with_its_act_threatens() -> None:
    got = parties("وتوعدوا حركة حماس بالرد القاسي، قال قادة الجيش الإسرائيلي.", "threaten")
    assert got


def test_a_plural_verb_that_endangers_is_no_threat() -> None:
    assert parties("وقال رجب طيب أردوغان إن المسلحين يهددون أمن المنطقة واستقرارها.", "threaten") == []


def test_what_will_not_deter_us_praises_no_one() -> None:
    """يثني/تثني praise only with على: "لن تثني عزائمنا" is "will not turn us away"."""
    assert parties("وقال محمد بن نايف إن الحوادث لن تثني عزائمنا في المواجهة.", "praise") == []


def test_praising_with_the_same_spelling_and_ala_is_praise() -> None:
    got = parties("ويثني الرئيس عبد الفتاح السيسي على جهود المملكة العربية السعودية.", "praise")
    assert got and "Abdel Fattah el-Sisi" in got[0]


def test_fighters_who_attacked_a_barracks_criticize_no_one() -> None:
    """Plural and present forms of هاجم tell armed attacks far more often than words (SaudiNewsNet)."""
    text = "وقال الجيش التركي إن مقاتلين من حزب العمال الكردستاني هاجموا ثكنة في إقليم شرناخ."
    assert parties(text, "criticize") == []


def test_men_who_were_accused_accuse_no_one() -> None:
    """اتهموا with بـ right after is the passive (were accused): no one accuses there."""
    assert parties("وقال محمود عباس إن الرجال الخمسة اتهموا بالسرقة في بروكسل.", "criticize") == []


def test_an_accusation_with_its_object_before_ba_criticizes() -> None:
    got = parties("واتهم محمود عباس بعد ذلك إسرائيل بارتكاب جرائم حرب.", "criticize")
    assert got and {"Mahmoud Abbas", "Israel"} <= set(got[0])
