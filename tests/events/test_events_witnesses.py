"""Who witnesses, sponsors or mediates a signing is not one of its parties: invented sentences."""

import datetime as dt

import pytest

import rasd

DAY = dt.date(2024, 10, 11)


def parties(text: str, kind: str) -> list[list[str]]:
    """The participants (English names, sorted) of the text's events of one type."""
    doc = rasd.analyze_text(text, published=DAY)
    names = {e.id: e.name_en for s in doc.stories for e in s.entities}
    return [
        sorted(names.get(p, p) for p in e.participants)
        for s in doc.stories
        for e in s.events
        if e.type == kind
    ]


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
