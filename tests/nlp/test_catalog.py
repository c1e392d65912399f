"""The entity catalog: its files validate, and its lookups give the seeds' entities and office holders."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from rasd.errors import DataFileError
from rasd.lang.normalize import fold
from rasd.nlp.catalog import Catalog, feminine, load_catalog, name_key, strip_article
from rasd.resources import data_path

ROOT = Path(__file__).resolve().parents[2]


def first(catalog: Catalog, text: str) -> str:
    found = catalog.by_name(text)
    assert found, f"nothing named {text!r}"
    return found[0].name_en


def test_counts_per_kind(catalog: Catalog) -> None:
    kinds = Counter(e.kind for e in catalog)
    assert kinds["country"] + kinds["territory"] >= 240
    assert kinds["city"] + kinds["capital"] >= 1000
    assert kinds["capital"] >= 190
    assert kinds["person"] >= 300
    assert kinds["organisation"] + kinds["institution"] + kinds["group"] + kinds["forum"] >= 80
    assert kinds["agency"] + kinds["outlet"] >= 60
    assert len(catalog) == sum(kinds.values())


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("فلاديمير بوتين", "Vladimir Putin"),
        ("فلادیمیر بوتین", "Vladimir Putin"),
        ("مسعود بزشكيان", "Masoud Pezeshkian"),
        ("مسعود بيزشكيان", "Masoud Pezeshkian"),
        ("مسعود بازشكيان", "Masoud Pezeshkian"),
        ("بيزشكيان", "Masoud Pezeshkian"),
        ("إبراهيم رئيسي", "Ebrahim Raisi"),
        ("محمد مخبر", "Mohammad Mokhber"),
        ("سعيد جليلى", "Saeed Jalili"),
        ("رجيب أردوغان", "Recep Tayyip Erdogan"),
        ("أردوغان", "Recep Tayyip Erdogan"),
        ("دميتري بيسكوف", "Dmitry Peskov"),
        ("ديمتري بيسكوف", "Dmitry Peskov"),
        ("ترامب", "Donald Trump"),
        ("كامالا هاريس", "Kamala Harris"),
        ("زيلينسكي", "Volodymyr Zelensky"),
        ("روسيا", "Russia"),
        ("ايران", "Iran"),
        ("تركيا", "Turkey"),
        ("عشق آباد", "Ashgabat"),
        ("عشق أباد", "Ashgabat"),
        ("أستانا", "Astana"),
        ("سوتشي", "Sochi"),
        ("سمرقند", "Samarkand"),
        ("قره باغ", "Nagorno-Karabakh"),
        ("بحر قزوين", "Caspian Sea"),
        ("إسرائيل", "Israel"),
        ("النظام الصهيوني", "Israel"),
        ("دونباس", "Donbas"),
        ("كريمنشوك", "Kremenchuk"),
        ("سوريا", "Syria"),
        ("سورية", "Syria"),
        ("الولايات المتحدة", "United States"),
        ("الاتحاد الأوروبي", "European Union"),
        ("البريكس", "BRICS"),
        ("مجموعة بريكس", "BRICS"),
        ("منظمة شنجهاي للتعاون", "Shanghai Cooperation Organisation"),
        ("مجموعة السبع", "Group of Seven"),
        ("الأمم المتحدة", "United Nations"),
        ("حزب الله", "Hezbollah"),
        ("الكرملين", "Kremlin"),
        ("تاس", "TASS"),
        ("الوكالة العربية السورية للأنباء", "SANA"),
        ("CNN", "CNN"),
        ("نادي فالداي", "Valdai Discussion Club"),
        ("عين ليبيا", "Ain Libya"),
        ("موسكو", "Moscow"),
    ],
)
def test_seed_names_link(catalog: Catalog, text: str, canonical: str) -> None:
    assert first(catalog, text) == canonical


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Massoud Pezeshkian", "Masoud Pezeshkian"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("erdogan", "Recep Tayyip Erdogan"),
        ("Dmitri Peskov", "Dmitry Peskov"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("SCO", "Shanghai Cooperation Organisation"),
        ("G7", "Group of Seven"),
        ("Karabakh", "Nagorno-Karabakh"),
        ("Nagorno Karabakh", "Nagorno-Karabakh"),
        ("Türkiye", "Turkey"),
    ],
)
def test_english_aliases(catalog: Catalog, text: str, canonical: str) -> None:
    assert first(catalog, text) == canonical


def test_seeds_file_when_present(catalog: Catalog, shared: Path) -> None:
    yaml = pytest.importorskip("yaml")
    seeds = yaml.safe_load((shared / "gold" / "seeds.yaml").read_text(encoding="utf-8"))
    metonyms = {("Russia", "موسكو"), ("Iran", "طهران")}  # capitals link to the city; the seeds accept both
    for canonical, forms in seeds["entities"].items():
        for form in forms:
            if (canonical, form) not in metonyms:
                assert first(catalog, form) == canonical, form
    for canonical, forms in seeds["aliases_en"].items():
        for form in forms:
            assert canonical in {e.name_en for e in catalog.by_name(form)}, form


def test_ambiguous_names_keep_a_default_order(catalog: Catalog) -> None:
    assert [e.id for e in catalog.by_name("الشرق الأوسط")] == ["loc:middle-east", "ASHARQ_ALAWSAT"]
    assert [e.kind for e in catalog.by_name("الجزائر")] == ["country", "capital"]
    assert catalog.by_name("كرملين")[0].id == "KREMLIN"  # article stripped on both sides
    assert catalog.by_name("كيف") == ()  # a Persian spelling of Kyiv that folds to "how" is dropped
    assert catalog.by_name("المدينة") == ()


@pytest.mark.parametrize(
    ("role", "of", "day", "expected", "acting"),
    [
        ("president", "IR", "2023-09-26", "Ebrahim Raisi", False),
        ("president", "IR", "2022-06-29", "Ebrahim Raisi", False),
        ("president", "IR", "2024-07-03", "Mohammad Mokhber", True),
        ("president", "IR", "2024-10-11", "Masoud Pezeshkian", False),
        ("president", "RU", "2024-10-11", "Vladimir Putin", False),
        ("president", "RU", "2010-01-01", "Dmitry Medvedev", False),
        ("president", "US", "2024-11-07", "Joe Biden", False),
        ("president", "US", "2025-06-01", "Donald Trump", False),
        ("president", "TR", "2024-07-03", "Recep Tayyip Erdogan", False),
        ("kremlin_spokesperson", "RU", "2024-07-03", "Dmitry Peskov", False),
        ("foreign_minister", "IR", "2024-10-11", "Abbas Araghchi", False),
        ("supreme_leader", "IR", "2024-10-11", "Ali Khamenei", False),
        ("secretary_general", "UN", "2024-10-11", "António Guterres", False),
        ("prime_minister", "IL", "2024-10-11", "Benjamin Netanyahu", False),
    ],
)
def test_holders(catalog: Catalog, role: str, of: str, day: str, expected: str, acting: bool) -> None:
    on = dt.date.fromisoformat(day)
    found = catalog.holders(role, of, on)
    assert [e.name_en for e in found] == [expected]
    office = next(
        o
        for o in found[0].offices
        if (o.role, o.of) == (role, of) and o.start <= on and (o.end is None or on <= o.end)
    )
    assert office.acting is acting


def test_handover_day_returns_both_newest_first(catalog: Catalog) -> None:
    found = catalog.holders("president", "IR", dt.date(2024, 7, 28))
    assert [e.name_en for e in found] == ["Masoud Pezeshkian", "Mohammad Mokhber"]
    assert catalog.holders("president", "IR", dt.date(1900, 1, 1)) == ()


@pytest.mark.parametrize(
    ("adjective", "state"),
    [
        ("الروسي", "Russia"),
        ("الروسية", "Russia"),
        ("روسي", "Russia"),
        ("الإيراني", "Iran"),
        ("الايرانية", "Iran"),
        ("التركي", "Turkey"),
        ("الأمريكي", "United States"),
        ("الأميركية", "United States"),
        ("الكورية الجنوبية", "South Korea"),
    ],
)
def test_state_for_adjective(catalog: Catalog, adjective: str, state: str) -> None:
    found = catalog.state_for_adjective(adjective)
    assert found is not None and found.name_en == state
    assert found.id in dict(catalog.adjective_forms()).values()


def test_state_for_unknown_adjective(catalog: Catalog) -> None:
    assert catalog.state_for_adjective("المالي") is None  # "financial", not Mali


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("الكورية", "الجنوبية"),
        ("الكوري", "الشمالي"),
        ("الحكومة", "الروسية"),
        ("كوريا", "الجنوبية"),
        ("ـــ", "الروسي"),  # a first word that folds to nothing
        ("North", "Korean"),
        ("الكوري", "Korean"),
    ],
)
def test_state_for_pair_is_the_adjective_of_the_two_words(catalog: Catalog, first: str, second: str) -> None:
    assert catalog.state_for_pair(first, second) == catalog.state_for_adjective(f"{first} {second}")


def test_feminine_and_article() -> None:
    assert feminine("الكوري الجنوبي") == "الكورية الجنوبية"
    assert strip_article("البريكس") == "بريكس"
    assert strip_article("ألمانيا") == "ألمانيا"
    assert name_key("Erdoğan") == name_key("ERDOGAN")


def test_surface_forms_are_folded_and_point_to_entities(catalog: Catalog) -> None:
    forms = list(catalog.surface_forms())
    assert len(forms) == len(set(forms)) > 5000
    assert all(form == " ".join(fold(form).split()) and entity_id in catalog for form, entity_id in forms)
    pairs = set(forms)
    ashgabat = catalog.by_name("Ashgabat")[0].id
    assert (fold("عشق آباد"), ashgabat) in pairs
    assert ("CNN", "CNN") in pairs
    assert all(entity_id != "RU" for form, entity_id in forms if form == fold("موسكو"))


def test_role_titles(catalog: Catalog) -> None:
    spokes = catalog.role_titles("kremlin_spokesperson")
    assert any(t.title_ar == "المتحدث باسم الكرملين" and t.of == "RU" for t in spokes)
    acting = [t for t in catalog.role_titles("president") if t.acting]
    assert any(t.title_ar == "القائم بأعمال الرئيس" and "adjective" in t.attach for t in acting)
    used = {o.role for e in catalog for o in e.offices}
    assert used <= catalog.roles


def test_people_offices_are_ordered(catalog: Catalog) -> None:
    for entity in catalog:
        for office in entity.offices:
            assert office.start is None or office.end is None or office.start <= office.end
            assert office.of in catalog


@pytest.fixture
def broken(tmp_path, monkeypatch) -> Path:
    """A copy of the entities folder that the loader reads instead of the packaged one."""
    shutil.copytree(data_path("entities"), tmp_path / "data" / "entities")
    monkeypatch.setattr("rasd.resources.data_path", lambda rel: tmp_path / "data" / rel)
    return tmp_path / "data" / "entities"


def _append(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    return len(text.splitlines()) + 1


@pytest.mark.parametrize(
    ("office", "message"),
    [
        ({"role": "grand_vizier", "of": "IR", "start": "2020-01-01", "end": None}, "unknown role"),
        ({"role": "president", "of": "IR", "start": "2020-13-01", "end": None}, "not a real date"),
        ({"role": "president", "of": "IR", "start": "2020-1-1", "end": None}, "ISO"),
        ({"role": "president", "of": "IR", "start": "2021-01-01", "end": "2020-01-01"}, "ends before"),
        ({"role": "president", "of": "ATLANTIS", "start": "2020-01-01", "end": None}, "unknown id"),
    ],
)
def test_broken_people_file_names_file_and_line(broken: Path, office: dict, message: str) -> None:
    person = {"id": "per:test-person", "name_en": "Test Person", "name_ar": "شخص", "offices": [office]}
    line = _append(broken / "people.jsonl", json.dumps(person, ensure_ascii=False))
    with pytest.raises(DataFileError, match=rf"entities/people\.jsonl:{line}: .*{message}"):
        load_catalog()


def test_duplicate_id_names_both_places(broken: Path) -> None:
    line = _append(broken / "places.tsv", "RU\tregion\tRussia again\tروسيا")
    with pytest.raises(DataFileError, match=rf"entities/places\.tsv:{line}: a place has an id loc:"):
        load_catalog()
    (broken / "places.tsv").write_text(
        (broken / "places.tsv")
        .read_text(encoding="utf-8")
        .replace("RU\tregion\tRussia again", "loc:x\tregion\tX")
    )
    org = {"id": "loc:x", "kind": "forum", "name_en": "X", "name_ar": "س"}
    line = _append(broken / "organisations.jsonl", json.dumps(org, ensure_ascii=False))
    with pytest.raises(
        DataFileError, match=rf"organisations\.jsonl:{line}: duplicate id loc:x \(first at .*places"
    ):
        load_catalog()


def test_broken_tsv_rows(broken: Path) -> None:
    line = _append(broken / "roles.tsv", "president\tالرئيس\tsideways")
    with pytest.raises(DataFileError, match=rf"entities/roles\.tsv:{line}: attach"):
        load_catalog()


def test_unknown_override_id(broken: Path) -> None:
    line = _append(broken / "overrides.tsv", "gn:0\tNowhere")
    with pytest.raises(DataFileError, match=rf"entities/overrides\.tsv:{line}: no generated"):
        load_catalog()
