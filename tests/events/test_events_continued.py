"""A sentence opened by كما carries on the previous sentence's subject: invented sentences."""

from .analyzed import parties


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
