"""The place of an event from its own clause's grammar (rasd.events.extract `_location`)."""

from .analyzed import events


def test_a_glued_waw_before_fi_still_places_the_meeting() -> None:
    """ "وفي الدوحة من المقرر أن يجتمع …": في with a glued و introduces the place as في does."""
    text = "وفي الدوحة من المقرر أن يجتمع فلاديمير بوتين مع رجب طيب أردوغان غدا.\n"
    meets = [e for e in events(text) if e[0] == "meet"]
    assert meets and meets[0][3] == "Doha"


def test_a_governor_is_no_preposition() -> None:
    """والي (a governor) is not read as و + إلى: the city after it is whom he governs, no destination."""
    text = "التقى رجب طيب أردوغان والي الخرطوم اليوم.\n"
    meets = [e for e in events(text) if e[0] == "meet"]
    assert all(e[3] != "Khartoum" for e in meets)


def test_the_object_of_a_visit_verb_is_its_destination() -> None:
    """ "التي تزور مصر … من قبل جماعة في القدس": the state the verb governs, not a later city."""
    text = "استقبل سامح شكري أنالينا بيربوك التي تزور مصر لبحث قضية الصحفي الذي خطفته جماعة مسلحة في القدس.\n"
    visits = [e for e in events(text) if e[0] == "visit"]
    assert visits and all(e[3] == "Egypt" for e in visits)


def test_talks_named_by_their_city_are_held_there() -> None:
    """ "محادثات جدة": a city right after the talks noun is where they are held."""
    text = "وقال رجب طيب أردوغان إن محادثات جدة مع فلاديمير بوتين ستركز على وقف إطلاق النار.\n"
    meets = [e for e in events(text) if e[0] == "meet"]
    assert meets and meets[0][3] == "Jeddah"


def test_talks_of_two_cities_are_no_venue() -> None:
    """ "محادثات دبي وأبوظبي": two cities joined by و are two sides (or two rounds), not one venue."""
    text = "وقال رجب طيب أردوغان إن محادثات دبي وأبوظبي مع فلاديمير بوتين ستستأنف.\n"
    meets = [e for e in events(text) if e[0] == "meet"]
    assert meets and all(e[3] != "Dubai" for e in meets)


def test_the_capital_told_by_its_state_adjective_is_the_place() -> None:
    """ "في العاصمة القطرية" with no name after it is Doha: the place, not the state as a party."""
    text = "ويلتقي جون كيري في العاصمة القطرية غدا نظيره سيرغي لافروف.\n"
    meets = [e for e in events(text) if e[0] == "meet"]
    assert meets and meets[0][3] == "Doha"
