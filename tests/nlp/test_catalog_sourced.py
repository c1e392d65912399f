"""The sourced part of the catalog: offices from Wikidata lists, with their sources recorded."""

from __future__ import annotations

import datetime
import json

import pytest

from rasd import resources
from rasd.errors import DataFileError
from rasd.nlp import catalog as catalog_module
from rasd.nlp.catalog import load_catalog

SOURCED_COLUMNS = ("qid", "name_en", "name_ar", "role", "of", "start", "end", "position", "source")


def _lines(name: str) -> list[str]:
    text = resources.data_path(f"entities/{name}").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _people() -> list[dict]:
    return [json.loads(line) for line in _lines("people.jsonl")]


def test_every_office_and_hand_person_records_its_source():
    keys = {line.split("\t")[0] for line in _lines("sourced/sources.tsv")}
    for person in _people():
        sources = [office.get("source") for office in person.get("offices", [])]
        assert all(s == "hand" or s in keys for s in sources), person["id"]
        if all(s == "hand" for s in sources):
            assert person.get("source") == "hand", person["id"]
        else:
            assert "source" not in person and person.get("qid"), person["id"]


def test_sourced_offices_are_in_offices_tsv():
    rows = [
        dict(zip(SOURCED_COLUMNS, line.split("\t"), strict=True)) for line in _lines("sourced/offices.tsv")
    ]
    listed = {(r["qid"], r["role"], r["of"], r["source"]) for r in rows}
    for person in _people():
        for office in person.get("offices", []):
            if office["source"] != "hand":
                assert (person["qid"], office["role"], office["of"], office["source"]) in listed, person["id"]


def test_sources_tsv_names_repository_commit_and_licence():
    for line in _lines("sourced/sources.tsv"):
        key, repo, commit, path, licence, date = line.split("\t")
        assert key.startswith("ep/") and "/" in repo and len(commit) == 40 and path
        assert licence.startswith("CC0") and len(date) == 10


def test_sourced_holders():
    import datetime as dt

    catalog = load_catalog()
    kuwait = catalog.holders("defense_minister", "KW", dt.date(2021, 1, 1))
    assert [p.qid for p in kuwait] == ["Q96202201"]
    assert catalog.get("per:ali-khamenei").qid == "Q57336"
    assert catalog.get("per:ahmad-nasser-al-mohammad-al-sabah").qid == "Q12179124"  # no duplicate person


def test_unknown_source_is_an_error(monkeypatch):
    real = catalog_module._numbered_jsonl

    def fake(name, required):
        rows = real(name, required)
        if name == "people.jsonl":
            where, row = rows[0]
            rows[0] = (where, {**row, "source": "somewhere"})
        return rows

    monkeypatch.setattr(catalog_module, "_numbered_jsonl", fake)
    with pytest.raises(DataFileError, match="source 'somewhere'"):
        load_catalog()


def test_lebanon_and_libya_are_sourced():
    """The lebanon and libya lists give Wikidata ids and dated terms; the prime ministers Wikidata lists
    as presidents during Lebanon's vacancies (EXCLUDE_TERMS) stay prime ministers only."""
    import datetime as dt

    catalog = load_catalog()
    assert catalog.get("per:najib-mikati").qid == "Q318493"
    libya = catalog.holders("defense_minister", "LY", dt.date(2022, 6, 1))
    assert [p.id for p in libya] == ["per:abdul-hamid-dbeibeh"]
    assert not catalog.holders("president", "LB", dt.date(2015, 6, 1))
    rows = [line.split("\t") for line in _lines("sourced/offices.tsv")]
    assert not [r for r in rows if r[0] == "Q3514836" and r[3] == "president"]


@pytest.mark.parametrize(
    ("state", "on", "holder"),
    [
        ("IR", "2019-06-01", "per:amir-hatami"),  # sourced term, Arabic name by hand
        ("IR", "2024-08-01", "per:mohammad-reza-ashtiani"),  # sourced, ended by hand after the snapshot
        ("IR", "2025-06-01", "per:aziz-nasirzadeh"),  # after the snapshot: hand
        ("EG", "2025-06-01", "per:abdel-mageed-saqr"),
        ("TR", "2017-01-01", "per:fikri-isik"),  # the source's overlapping rows are left out
        ("TR", "2018-01-01", "per:nurettin-canikli"),
        ("IQ", "2023-06-01", "per:thabet-al-abbasi"),
    ],
)
def test_defence_ministers_over_time(state, on, holder):
    import datetime as dt

    catalog = load_catalog()
    assert [p.id for p in catalog.holders("defense_minister", state, dt.date.fromisoformat(on))] == [holder]


def test_a_term_the_source_leaves_open_is_never_a_stale_holder():
    """A sourced term open at the snapshot is closed by hand (or at the snapshot) when it later ended."""
    import datetime as dt

    catalog = load_catalog()
    assert not catalog.holders("defense_minister", "SD", dt.date(2025, 1, 1))
    newest = catalog.holders("defense_minister", "GB", dt.date(2023, 8, 31))[0]
    assert newest.id == "per:grant-shapps"  # the handover day: both, the newer first


@pytest.mark.parametrize(
    ("role", "of", "on", "holder"),
    [
        ("foreign_minister", "HR", "2015-06-01", "per:vesna-pusic"),  # EU lists, hand Arabic name
        ("foreign_minister", "ES", "2017-06-01", "per:alfonso-dastis"),
        ("foreign_minister", "AT", "2026-01-01", None),  # ended by hand after the snapshot
        ("regional_governor", "loc:eastern-province", "2015-08-06", "per:saud-bin-nayef-al-saud"),
        ("regional_governor", "loc:makkah-region", "2014-06-01", "per:mishaal-bin-abdullah-al-saud"),
        ("speaker", "IQ", "2016-01-01", "per:salim-al-jabouri"),
        ("speaker", "BH", "2016-01-01", "per:ahmed-al-mulla"),
    ],
)
def test_december_2026_holders(role, of, on, holder):
    import datetime as dt

    found = [p.id for p in load_catalog().holders(role, of, dt.date.fromisoformat(on))]
    assert found == ([holder] if holder else [])


def test_a_son_is_not_his_father_in_the_catalog():
    """سعود بن نايف is the governor, not Nayef bin Abdulaziz; the son's full lineage names the son."""
    catalog = load_catalog()
    assert [e.id for e in catalog.by_name("سعود بن نايف بن عبدالعزيز")] == ["per:saud-bin-nayef-al-saud"]
    assert [e.id for e in catalog.by_name("نايف بن عبدالعزيز")] == ["per:nayef-bin-abdulaziz"]


def test_hand_arabic_names_are_marked_and_sourced():
    """A person named from names_ar.tsv has a sourced office and a Wikidata id: the name is the only hand part."""
    marked = [p for p in _people() if "names_ar.tsv" in (p.get("note") or "")]
    assert len(marked) > 200
    assert all(p.get("qid") and any(o["source"] != "hand" for o in p.get("offices", [])) for p in marked)


@pytest.mark.parametrize(
    ("role", "of", "on", "holder"),
    [
        # later offices of people added for an earlier one (hand terms on a sourced entry)
        ("president", "SS", "2016-01-01", "per:salva-kiir-mayardit"),
        ("defense_minister", "SD", "2017-01-01", "per:ahmed-awad-ibn-auf"),  # a second Wikidata item
        # Saudi Arabia's deputy crown prince, 2014-2017
        ("deputy_crown_prince", "SA", "2014-06-01", "per:muqrin-bin-abdulaziz"),
        ("deputy_crown_prince", "SA", "2015-03-01", "per:muhammad-bin-nayef"),
        ("deputy_crown_prince", "SA", "2016-06-01", "per:mohammed-bin-salman"),
        ("deputy_crown_prince", "SA", "2018-01-01", None),
        # the General Assembly presidents after the list's snapshot close Kőrösi's open term
        ("general_assembly_president", "UN", "2024-01-01", "per:dennis-francis"),
        ("general_assembly_president", "UN", "2025-01-01", "per:philemon-yang"),
        ("general_assembly_president", "UN", "2021-01-01", "per:volkan-bozkır"),  # hand dates kept
        # issue 14, second round: names_ar.tsv gives the Arabic name, the source the term
        ("vice_president", "CN", "2020-01-01", "per:wang-qishan"),
        ("vice_president", "CN", "2024-01-01", None),  # ended by hand after the snapshot
        ("interior_minister", "TR", "2015-06-01", "per:sebahattin-ozturk"),
        ("foreign_minister", "ES", "2019-01-01", "per:josep-borrell"),  # attached to the hand EU entry
    ],
)
def test_issue_14_second_round_holders(role, of, on, holder):
    import datetime as dt

    found = [p.id for p in load_catalog().holders(role, of, dt.date.fromisoformat(on))]
    assert found == ([holder] if holder else [])


@pytest.mark.parametrize(
    ("published", "expected"),
    [(datetime.date(2016, 5, 12), "Mohammed bin Salman"), (datetime.date(2015, 3, 2), "Muhammad bin Nayef")],
)
def test_the_deputy_crown_prince_title_names_the_deputy(published, expected):
    """ولي ولي العهد is its own title: in 2016 it is Mohammed bin Salman, not the crown prince it ends with."""
    from rasd.nlp.entities import find_entities, load_entity_resources

    text = "استقبل ولي ولي العهد السعودي في الرياض اليوم وزير الخارجية البريطاني وبحث معه العلاقات الثنائية."
    found = {
        e.name_en: [m.text for m in e.mentions]
        for e in find_entities(text, published, load_entity_resources())
    }
    assert "ولي ولي العهد السعودي" in found.get(expected, [])
