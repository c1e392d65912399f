"""Every common kind of state body in Arab news is a body of bodies.tsv, named with its state."""

import dataclasses
from collections.abc import Callable

import pytest

from rasd.nlp.entities import EntityResources, find_entities

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


def test_a_body_in_a_named_holders_title_is_named_too(entity_resources: EntityResources) -> None:
    """`Settings.title_body_mention` (on by default; switched on here so the test holds either way)."""
    res = dataclasses.replace(
        entity_resources, link=dataclasses.replace(entity_resources.link, title_bodies=True)
    )
    text = "واستقبل الرئيس في مكتبه أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني أمس."
    got = {e.name_en: [m.text for m in e.mentions] for e in find_entities(text, None, res)}
    assert got.get("Supreme National Security Council of Iran") == ["المجلس الأعلى للأمن القومي الإيراني"]
    assert "أمين المجلس الأعلى للأمن القومي الإيراني" in got["Ali Shamkhani"]  # the title stays his


def test_a_body_in_an_unlinked_title_is_not_named(entity_resources: EntityResources) -> None:
    """With no holder, the body would take the words its head said."""
    res = dataclasses.replace(
        entity_resources, link=dataclasses.replace(entity_resources.link, title_bodies=True)
    )
    found = find_entities("وقال رئيس مجلس السيادة السوداني إن الجيش سيحسم المعركة.", None, res)
    assert not any(e.id.startswith("org:") for e in found)


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("وأدان الأزهر الشريف في بيان الهجوم على المسجد.", "Al-Azhar", "الأزهر الشريف"),
        ("وقال الأزهر، في بيان له، إن العنف مرفوض.", "Al-Azhar", "الأزهر"),
        (
            "ورحبت الهيئة الحكومية للتنمية بوقف إطلاق النار.",
            "Intergovernmental Authority on Development",
            "الهيئة الحكومية للتنمية",
        ),
        ("ودعت منظمة إيغاد الطرفين إلى الحوار.", "Intergovernmental Authority on Development", "منظمة إيغاد"),
        (
            "وأكد الاتحاد البرلماني العربي دعمه للقرار.",
            "Arab Inter-Parliamentary Union",
            "الاتحاد البرلماني العربي",
        ),
        (
            "وقال الائتلاف الوطني لقوى الثورة والمعارضة السورية إن وفده سيزور موسكو.",
            "National Coalition for Syrian Revolutionary and Opposition Forces",
            "الائتلاف الوطني لقوى الثورة والمعارضة السورية",
        ),
        ("وأصدرت دار الإفتاء المصرية فتوى جديدة.", "Dar al-Ifta al-Misriyyah", "دار الإفتاء المصرية"),
    ],
)
def test_a_well_known_institution_is_in_the_catalog(
    linked: Linked, text: str, name: str, mention: str
) -> None:
    assert linked(text).get(name) == [mention]
