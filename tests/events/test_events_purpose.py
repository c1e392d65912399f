"""A visit or meeting told as what a trip or an invitation is for is planned (rasd.events.extract
`_purpose`, `light_nouns.txt`), on invented sentences."""

from .analyzed import events


def visits(text: str) -> list[tuple[str, str, list[str], str | None]]:
    return [e for e in events(text) if e[0] == "visit"]


def test_an_invitation_to_carry_out_a_visit_asks_for_a_planned_visit() -> None:
    got = visits("دعا رجب طيب أردوغان في رسالة بعث بها أمس فلاديمير بوتين إلى القيام بزيارة رسمية إلى أنقرة.")
    assert got and all(e[1] == "planned" for e in got)


def test_a_visit_behind_a_verbal_noun_of_doing_is_a_purpose() -> None:
    got = visits("وأعرب فلاديمير بوتين عن تطلعه للقيام بزيارة إلى أنقرة.")
    assert got and got[0][1] == "planned"


def test_a_visit_carried_out_is_done() -> None:
    got = visits("قام فلاديمير بوتين اليوم بزيارة إلى أنقرة.")
    assert got and got[0][1] == "occurred"
