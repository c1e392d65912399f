"""A clause opened by حيث happens at the place named right before it (rasd.events.extract)."""

from .analyzed import events


def test_talks_after_haith_are_at_the_place_before_it() -> None:
    """The trip's airport is elsewhere; the talks are where حيث points back to."""
    text = (
        "هبطت طائرة رجب طيب أردوغان في مطار القاهرة الدولي اليوم قادمة من زيارة إلى روسيا "
        "حيث أجرى محادثات مع فلاديمير بوتين.\n"
    )
    meets = [e for e in events(text) if e[0] == "meet"]
    assert meets and meets[0][3] == "Russia"


def test_a_clause_joined_to_the_haith_clause_is_there_too() -> None:
    """ "… حيث أجرى محادثات … واجتمع مع": the second talks, joined by و, share the place."""
    text = (
        "وصل رجب طيب أردوغان إلى مطار القاهرة الدولي اليوم عائدا من روسيا، حيث أجرى مباحثات، "
        "واجتمع مع فلاديمير بوتين.\n"
    )
    meets = [e for e in events(text) if e[0] == "meet"]
    assert meets and all(e[3] == "Russia" for e in meets)


def test_a_visit_keeps_its_own_destination_in_a_haith_clause() -> None:
    """ "… في الأردن، حيث يلتقي …، ويتوجه بعد ذلك إلى دمشق": the trip goes on to Damascus."""
    text = (
        "ويبدأ رجب طيب أردوغان جولته غدا في الأردن، حيث يلتقي الملك عبدالله الثاني، "
        "ويتوجه بعد ذلك إلى دمشق.\n"
    )
    visits = [e for e in events(text) if e[0] == "visit"]
    assert visits and visits[-1][3] == "Damascus"


def test_haith_after_no_place_places_nothing() -> None:
    """حيث after a person (no place before it) lends no place."""
    text = "التقى رجب طيب أردوغان فلاديمير بوتين اليوم، حيث بحثا التعاون بين البلدين.\n"
    meets = [e for e in events(text) if e[0] == "meet"]
    assert meets and meets[0][3] is None
