"""A condemnation's parties leave out the one it consoles or writes to (معربا عن تضامنه مع …، في برقية
إلى …): no one condemns them (rasd.events.extract._without_consoled, consoled_cues.txt; invented
sentences)."""

from .analyzed import parties


def test_the_one_told_of_solidarity_is_not_condemned() -> None:
    text = "أدان البرلمان العربي التفجير الذي استهدف مسجدا في أبها، معربا عن تضامنه مع الملك سلمان بن عبدالعزيز.\n"
    assert parties(text, "criticize") == [["Arab Parliament"]]


def test_the_addressee_of_a_cable_is_not_condemned() -> None:
    text = (
        "وأدان الملك عبدالله الثاني التفجير، وعبر في برقية بعث بها إلى أخيه الملك سلمان بن عبدالعزيز "
        "عن استنكاره الشديد لهذه الأفعال.\n"
    )
    assert parties(text, "criticize") == [["Abdullah II"]]


def test_the_condemned_named_plainly_stays() -> None:
    text = "وأدان الملك عبدالله الثاني الاعتداءات الإسرائيلية، معربا عن تضامنه مع الشعب الفلسطيني.\n"
    got = parties(text, "criticize")
    assert got and {"Abdullah II", "Israel"} <= set(got[0])
