"""A capital is its city where it is a place, its state where it acts (invented sentences)."""


def test_pressure_on_a_capital_is_on_its_state(linked) -> None:
    got = linked("وفرضت الحكومة عقوبات جديدة على موسكو.")
    assert got.get("Russia") == ["موسكو"]
    assert "Moscow" not in got


def test_a_gathering_named_by_its_host_city(linked) -> None:
    got = linked("ويشارك الزعماء في قمة الرياض ومؤتمر القاهرة.")
    assert got.get("Riyadh") == ["الرياض"]
    assert got.get("Cairo") == ["القاهرة"]


def test_the_seat_of_an_office_below_the_state(linked) -> None:
    got = linked("التقى الوفد ولي عهد أبوظبي ثم عمدة موسكو.")
    assert got.get("Abu Dhabi") == ["أبوظبي"]
    assert got.get("Moscow") == ["موسكو"]
    assert "United Arab Emirates" not in got


def test_a_capital_struck_is_the_city(linked) -> None:
    got = linked("وندد العراق وإيران بالغارات الجوية على طهران، ثم أدان استهداف بغداد بالصواريخ.")
    assert got.get("Tehran") == ["طهران"]
    assert got.get("Baghdad") == ["بغداد"]


def test_a_struck_capital_whose_state_the_story_never_names_stays_the_state(linked) -> None:
    got = linked("وشنت الطائرات غارات جوية على طهران فجر اليوم.")
    assert got.get("Iran") == ["طهران"]  # the attack's victim: events read the parties from the entities


def test_a_capital_that_acts_stays_its_state(linked) -> None:
    got = linked("ورفضت القاهرة الاتهامات، ودعت الرياض الأطراف إلى ضبط النفس.")
    assert got.get("Egypt") == ["القاهرة"]
    assert got.get("Saudi Arabia") == ["الرياض"]


def test_a_capital_visited_after_its_visitor_is_the_city(linked) -> None:
    got = linked("وزار وزير الدفاع الإيطالي أنقرة الأسبوع الماضي.")
    assert got.get("Ankara") == ["أنقرة"]
    assert "Turkey" not in got


def test_another_verb_ends_the_reach_of_a_place_verb(linked) -> None:
    got = linked("وصل الوفد صباحا ثم أعلنت أنقرة موافقتها على الخطة.")
    assert got.get("Turkey") == ["أنقرة"]


def test_a_locative_word_after_a_conjunction_or_a_quotation_mark(linked) -> None:
    got = linked("وفي الدوحة عقد الاجتماع، وهبطت الطائرة في مطار “الملك”في الرياض.")
    assert got.get("Doha") == ["الدوحة"]
    assert got.get("Riyadh") == ["الرياض"]


def test_a_capital_alone_in_brackets_tags_the_report(linked) -> None:
    got = linked("«صحيفة» (مسقط)\nأكدت الوزارة أن المحادثات إيجابية.")
    assert got.get("Muscat") == ["مسقط"]


def test_the_capital_named_by_its_state_adjective(linked) -> None:
    got = linked("ووصل الرئيس مساء أمس إلى العاصمة الجزائرية في زيارة رسمية.")
    assert got.get("Algiers") == ["العاصمة الجزائرية"]
    assert "Algeria" not in got


def test_a_capital_that_shares_its_state_name_after_the_word_capital(linked) -> None:
    got = linked("واستقبله نظيره في مطار دولي بالعاصمة الجزائر مساء الأحد.")
    assert "الجزائر" in got.get("Algiers", [])
    assert "Algeria" not in got


def test_tel_aviv_speaks_for_israel_and_jerusalem_stays_a_city(linked) -> None:
    got = linked("وانتقدت تل أبيب القرار، فيما تتواصل الاقتحامات في القدس المحتلة.")
    assert got.get("Israel") == ["تل أبيب"]
    assert "القدس" in got.get("Jerusalem", []) or "القدس المحتلة" in got.get("Jerusalem", [])


def test_the_adjective_financial_is_no_capital(linked) -> None:
    got = linked("وبحث الجانبان الرقابة المالية والأوضاع الماليّة للقطاع.")
    assert "Maldives" not in got


def test_a_message_to_a_capital_is_to_its_government(linked) -> None:
    got = linked("وبعث الوزير رسالة إلى موسكو، ثم وصل الوفد إلى موسكو مساء.")
    assert got.get("Russia") == ["موسكو"]
    assert got.get("Moscow") == ["موسكو"]
