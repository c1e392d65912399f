"""Agreements, signings and aid told the way Arabic news tells them: an agreement sought is no event,
one announced or reached before is; a signing in a headline's present tense or with an indefinite
accusative document (بروتوكولاً) is a signing."""

from .analyzed import events


def _kinds(text: str, kind: str) -> list[tuple[str, list[str]]]:
    return [(status, people) for type_, status, people, _ in events(text) if type_ == kind]


def test_an_agreement_sought_is_no_event() -> None:
    assert not _kinds("واجتمع ممثلو مصر والأردن في عمان بهدف التوصل إلى اتفاق بشأن الحدود.", "agree")
    assert not _kinds("ومن المتوقع التوصل إلى اتفاق بين مصر والأردن بشأن الحدود.", "agree")


def test_an_agreement_announced_or_reached_before_is_one() -> None:
    assert _kinds("وأعلنت مصر والأردن التوصل إلى اتفاق بشأن الحدود.", "agree") == [
        ("occurred", ["Egypt", "Jordan"])
    ]
    got = _kinds("وعاد التبادل التجاري بعد التوصل إلى اتفاق بين مصر والأردن.", "agree")
    assert got == [("occurred", ["Egypt", "Jordan"])]


def test_a_purpose_lam_keeps_the_aim() -> None:
    assert not _kinds("وأعلنت مصر والأردن بدء محادثات للتوصل إلى اتفاق بشأن الحدود.", "agree")


def test_a_headline_present_signing_is_a_signing() -> None:
    assert _kinds("مصر والأردن توقعان اتفاقية للتعاون في مجال الطاقة", "sign") == [
        ("occurred", ["Egypt", "Jordan"])
    ]
    assert _kinds("السعودية توقع مذكرة تفاهم مع الأردن", "sign") == [("occurred", ["Jordan", "Saudi Arabia"])]


def test_expecting_is_no_signing() -> None:
    assert not _kinds("وتوقع وزير الخارجية الأردني أيمن الصفدي أن تنمو التجارة مع مصر.", "sign")


def test_an_accusative_document_is_signed() -> None:
    got = _kinds("ووقعت مصر والأردن أمس بروتوكولاً للتعاون في مجال الطاقة.", "sign")
    assert got == [("occurred", ["Egypt", "Jordan"])]


def test_giving_aid_is_aid() -> None:
    got = _kinds("وقدمت الحكومة السعودية 200 طن من المساعدات الإنسانية لألبانيا.", "aid")
    assert got and {"Albania", "Saudi Arabia"} <= set(got[0][1])
    assert _kinds("وقدمت الصين معونات بقيمة مليون دولار لمصر.", "aid")


def test_giving_thanks_is_no_aid() -> None:
    assert not _kinds("وقدم وزير الخارجية الأردني أيمن الصفدي الشكر لمصر على جهودها.", "aid")
    assert not _kinds("وتقدمت مصر بطلب إلى الأمم المتحدة.", "aid")


def test_aid_with_no_place_is_given_in_the_recipient_state() -> None:
    got = [e for e in events("وقدمت السعودية مساعدات غذائية لليمن بقيمة مليون دولار.") if e[0] == "aid"]
    assert got and got[0][3] == "Yemen"
    got = [e for e in events("وأرسلت الإمارات مساعدات طبية إلى السودان عبر مطار الخرطوم.") if e[0] == "aid"]
    assert got and got[0][3] != "United Arab Emirates"


def test_a_hoped_partnership_stays_a_planned_agreement() -> None:
    text = "وأعرب الرئيس الإيراني مسعود بزشكيان للرئيس الروسي فلاديمير بوتين عن أمله في الشراكة الاستراتيجية."
    assert [status for status, _ in _kinds(text, "agree")] == ["planned"]


def test_a_signing_to_come_is_no_agreement_yet() -> None:
    text = "وقال الرئيس المصري عبد الفتاح السيسي إن مصر والأردن ستوقعان على الاتفاق الأسبوع المقبل."
    assert not _kinds(text, "agree")


def test_giving_to_help_names_no_aid() -> None:
    assert not _kinds("وأشاد بالدعم الذي تقدمه السعودية لمساعدة الشعب اليمني.", "aid")
