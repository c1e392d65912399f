"""Who witnesses, sponsors or mediates a signing is not one of its parties: invented sentences."""

import pytest

from .analyzed import parties


@pytest.mark.parametrize("cue", ["بحضور", "برعاية", "بوساطة", "وبحضور"])
def test_a_witnessed_signing_has_the_two_signatories(cue: str) -> None:
    got = parties(
        f"ووقع فلاديمير بوتين ورجب طيب أردوغان اليوم اتفاقية للتعاون في مجال الطاقة {cue} الرئيس الأمريكي جو بايدن.",
        "sign",
    )
    assert got == [["Recep Tayyip Erdogan", "Vladimir Putin"]]


def test_a_witness_after_a_comma_is_a_party_again() -> None:
    """The cue governs its own phrase only: a name after the clause ends is read as before."""
    got = parties(
        "ووقع فلاديمير بوتين ورجب طيب أردوغان بحضور وفد رسمي، وجو بايدن اليوم اتفاقية للتعاون في مجال الطاقة.",
        "sign",
    )
    assert got and "Joe Biden" in got[0]


def test_two_parties_stay_when_only_the_witness_is_named_beside_one() -> None:
    """When dropping the witnesses would leave fewer than two parties, the event keeps them all."""
    got = parties("ووقع فلاديمير بوتين اتفاقية للتعاون في مجال الطاقة بحضور رجب طيب أردوغان.", "sign")
    assert got == [["Recep Tayyip Erdogan", "Vladimir Putin"]]
