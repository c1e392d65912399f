"""A threat names the act it threatens with (هدد بالرد); a danger to security is no threat (invented
sentences)."""

from .analyzed import parties


def test_threatening_to_respond_is_a_threat() -> None:
    got = parties("هدد رجب طيب أردوغان ، اليوم ، بالرد على أي هجوم من روسيا.", "threaten")
    assert got and "Recep Tayyip Erdogan" in got[0]


def test_what_endangers_a_region_is_no_threat() -> None:
    got = parties("وقال رجب طيب أردوغان إن الهجمات على سوريا تهدد أمن المنطقة واستقرارها.", "threaten")
    assert got == []


def test_a_danger_told_by_a_noun_is_no_threat() -> None:
    got = parties("وأكدت روسيا أن هذا التصعيد يشكل تهديدا مباشرا للسلام في المنطقة.", "threaten")
    assert got == []
