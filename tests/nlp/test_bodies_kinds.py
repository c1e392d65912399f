"""Every common kind of state body in Arab news is a body of bodies.tsv, named with its state."""

from collections.abc import Callable

import pytest

Linked = Callable[..., dict[str, list[str]]]  # the conftest's `linked` fixture


@pytest.mark.parametrize(
    ("text", "body", "mention"),
    [
        (
            "وأفاد بيان صادر عن مجلس السيادة السوداني بأن المباحثات تناولت الأزمة.",
            "Sovereignty Council of Sudan",
            "مجلس السيادة السوداني",
        ),
        (
            "وقال مجلس السيادة الانتقالي السوداني إن الوفد وصل.",
            "Sovereignty Council of Sudan",
            "مجلس السيادة الانتقالي السوداني",
        ),
        (
            "وأعلنت وزارة النقل المصرية أن الميناء مفتوح.",
            "Egyptian Ministry of Transport",
            "وزارة النقل المصرية",
        ),
        (
            "وقالت وزارة الصحة اللبنانية إن الحالات تراجعت.",
            "Lebanese Ministry of Health",
            "وزارة الصحة اللبنانية",
        ),
        ("وأكدت وزارة داخلية الكويت أن الحدود مغلقة.", "Kuwaiti Ministry of Interior", "وزارة داخلية الكويت"),
        (
            "وأعلن الديوان الملكي السعودي وفاة الأمير.",
            "Royal Court of Saudi Arabia",
            "الديوان الملكي السعودي",
        ),
        ("وأقر مجلس الأمة الكويتي القانون.", "National Assembly of Kuwait", "مجلس الأمة الكويتي"),
        (
            "وأعلنت وزارة الإسكان السعودية عن مشروع جديد.",
            "Saudi Ministry of Housing",
            "وزارة الإسكان السعودية",
        ),
        (
            "وقالت وزارة الكهرباء العراقية إن الإنتاج ارتفع.",
            "Iraqi Ministry of Electricity",
            "وزارة الكهرباء العراقية",
        ),
        (
            "وأعلنت وزارة الحج والعمرة السعودية بدء الموسم.",
            "Saudi Ministry of Hajj and Umrah",
            "وزارة الحج والعمرة السعودية",
        ),
        (
            "وقالت وزارة الخارجية والهجرة المصرية إن الوفد وصل.",
            "Egyptian Ministry of Foreign Affairs",
            "وزارة الخارجية والهجرة المصرية",
        ),
        (
            "وقالت القوات المسلحة الأردنية إن الطائرة سقطت.",
            "Jordanian Armed Forces",
            "القوات المسلحة الأردنية",
        ),
    ],
)
def test_a_kind_of_state_body_is_named_with_its_state(
    linked: Linked, text: str, body: str, mention: str
) -> None:
    assert linked(text).get(body) == [mention]


def test_the_head_of_a_body_is_a_role_not_the_body(linked: Linked) -> None:
    got = linked("وقال رئيس مجلس السيادة السوداني إن الجيش سيحسم المعركة.")
    assert not any("Sovereignty Council" in name for name in got)
