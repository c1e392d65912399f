"""A sentence opened by كما carries on the previous sentence's subject: invented sentences."""

import datetime as dt

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


def test_the_dropped_subject_of_a_kama_sentence_is_the_previous_speaker() -> None:
    got = parties(
        "واستقبل الرئيس الروسي فلاديمير بوتين وفدا تجاريا في موسكو اليوم. كما أشاد بجهود رجب طيب أردوغان في الوساطة.",
        "praise",
    )
    assert got == [["Recep Tayyip Erdogan", "Vladimir Putin"]]


def test_a_kama_sentence_with_its_own_subject_keeps_it() -> None:
    """ "كما دعا البيان": the subject follows the verb, nothing is carried over."""
    got = parties(
        "واستقبل الرئيس الروسي فلاديمير بوتين وفدا تجاريا في موسكو اليوم. كما دعا البيان رجب طيب أردوغان إلى زيارة روسيا.",
        "request",
    )
    assert all("Vladimir Putin" not in p for p in got)
