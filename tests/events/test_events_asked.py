"""Who a request names: the one who asks and the one asked, before what is asked (invented sentences)."""

from .analyzed import parties


def test_a_state_named_in_what_is_asked_is_no_party() -> None:
    got = parties("ودعت تركيا روسيا إلى وقف الهجمات على الأراضي السورية.", "request")
    assert got == [["Russia", "Turkey"]]


def test_a_call_on_the_world_with_no_one_named_before_it_is_no_request() -> None:
    """ "وطالب معاليه المجتمع الدولي بـ …": nobody named asks, and the states are the topic."""
    got = parties("وطالب معاليه المجتمع الدولي بحماية المدنيين من الهجمات الإسرائيلية على سوريا.", "request")
    assert got == []


def test_a_name_that_starts_like_a_preposition_is_still_a_party() -> None:
    """بوتين starts like a glued بـ; a name's words never open what is asked."""
    got = parties("ودعا الرئيس الروسي بوتين رجب طيب أردوغان إلى زيارة موسكو.", "request")
    assert got == [["Recep Tayyip Erdogan", "Vladimir Putin"]]


def test_an_adverb_with_a_glued_preposition_does_not_end_the_parties() -> None:
    """ "طالب بشدة روسيا بـ …": بشدة is how he asks, not what; the one asked follows it."""
    got = parties("وطالب رجب طيب أردوغان بشدة روسيا بوقف الهجمات على سوريا.", "request")
    assert got == [["Recep Tayyip Erdogan", "Russia"]]
