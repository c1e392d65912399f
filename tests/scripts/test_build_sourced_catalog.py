"""scripts/build_sourced_catalog.py: cabinet portfolios to roles, and how new ministers enter the catalog.

Every entry here is composed for the test (names, ids and dates are made up).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from script_module import load_script

from rasd.nlp.catalog import load_catalog

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_sourced_catalog.py"


@pytest.fixture(scope="module")
def build():
    return load_script(SCRIPT)


@pytest.mark.parametrize(
    ("repo", "label", "role"),
    [
        ("iraq-ministers", "Minister of Interior", "interior_minister"),
        ("lebanon", "Minister of the Interior and Municipalities", "interior_minister"),
        (
            "jordan-ministers",
            "Minister of Energy and Mineral Resources",
            "energy_minister",
        ),  # first portfolio
        ("libya", "Minister of Economy & Trade", "economy_minister"),
        ("kuwait-ministers", "Minister of Awqaf and Islamic Affairs", "awqaf_minister"),
        # the longest listed portfolio wins: not the information minister
        (
            "iran-ministers",
            "Minister of Information and Communications Technology",
            "communications_minister",
        ),
        # a repository's own row wins over the every-list one
        ("algeria-cabinet", "Minister of Communications", "information_minister"),
        ("egypt-ministers", "Minister of Communications", "communications_minister"),
        ("yemen", "Deputy Prime Minister", "deputy_prime_minister"),
        # junior posts, portfolios not listed, a word that only starts like one
        ("sudan", "Minister of State for Interior", None),
        ("israel-ministers", "Deputy Minister of Health", None),
        ("yemen", "Minister of Parliament and Shura Affairs", None),
        ("algeria-cabinet", "Minister of Energy Transition and Renewable Energy", None),
        # outside the Arab League, Iran, Turkey and Israel only heads, foreign and defence ministers
        # and the offices OFFICIALS_OF names for a list
        ("us-cabinet", "Minister of Finance", None),
        ("united-kingdom-cabinet", "Minister of Health", None),
        ("united-kingdom-cabinet", "Chancellor of the Exchequer", "finance_minister"),
        ("united-kingdom-cabinet", "Deputy Prime Minister", "deputy_prime_minister"),
        # offices below the top, in every list; ambassadors only where AMBASSADOR_LISTS says
        ("syria", "Chief of the General Staff", "chief_of_general_staff"),
        ("israel-ministers", "Deputy Minister of Foreign Affairs", "deputy_foreign_minister"),
        ("saudi-ministers", "ambassador to Egypt", "ambassador"),
        ("saudi-ministers", "ambassador to the United Nations", "un_ambassador"),
        ("france-cabinet", "ambassador to Egypt", None),
    ],
)
def test_portfolio_labels_map_to_roles(build, repo, label, role):
    found = build._role(repo, label)
    assert (found[0] if found else None) == role


def test_every_portfolio_role_has_arabic_titles(build):
    roles = load_catalog().roles
    assert build.portfolio_roles() <= roles
    assert {
        "interior_minister",
        "finance_minister",
        "oil_minister",
        "awqaf_minister",
    } <= build.portfolio_roles()


def _term(build, qid, name_en, name_ar, role, start, end="", of="JO"):
    return build.Term(qid, name_en, name_ar, role, of, start, end, "ep/jordan-ministers")


#: A catalog person whose name words are the common given names the composed ministers have (عمر "age",
#: كريم "generous", محمد): the real catalog has them, so they are no new common word (`new_common_word`).
GIVEN_NAMES = {"id": "per:omar-karim", "name_en": "Omar Karim", "name_ar": "عمر كريم محمد", "source": "hand"}


def _merge(build, terms, people=(), common=lambda name: False):
    lines = [json.dumps(p, ensure_ascii=False) for p in people]
    merger = build.Merger(lines, {"ep/jordan-ministers": "2022-07-23"}, common)
    merger.run(terms)
    return {p["id"]: p for p in merger.people}, merger.log


def test_a_new_minister_gets_no_alias_but_the_sourced_name(build):
    """A family name that is a common word (الأمين) never becomes a name of its own."""
    terms = [_term(build, "Q999000001", "Salim Al-Amin", "سليم الأمين", "interior_minister", "2019-01-05")]
    people, _ = _merge(build, terms)
    person = people["per:salim-al-amin"]
    assert person["name_ar"] == "سليم الأمين" and "aliases_ar" not in person and person["qid"] == "Q999000001"


def test_the_catalog_does_not_read_a_common_family_name_as_the_minister(build, tmp_path, monkeypatch):
    """Loaded into the catalog, the composed minister is found by his full name only."""
    from rasd.nlp import catalog as catalog_module

    terms = [_term(build, "Q999000001", "Salim Al-Amin", "سليم الأمين", "interior_minister", "2019-01-05")]
    people, _ = _merge(build, terms)
    real = catalog_module._numbered_jsonl

    def with_minister(name, required):
        rows = real(name, required)
        if name == "people.jsonl":
            rows.append(("entities/people.jsonl:0", people["per:salim-al-amin"]))
        return rows

    monkeypatch.setattr(catalog_module, "_numbered_jsonl", with_minister)
    catalog = load_catalog()
    assert [e.id for e in catalog.by_name("سليم الأمين")] == ["per:salim-al-amin"]
    assert "per:salim-al-amin" not in {e.id for e in catalog.by_name("الأمين")}
    assert ("الامين", "per:salim-al-amin") not in set(catalog.surface_forms())


def test_a_name_that_reads_as_common_words_is_left_out(build):
    terms = [_term(build, "Q999000002", "Ali Alawi", "علي علاوي", "finance_minister", "2020-05-07")]
    people, log = _merge(build, terms, common=build.common_reader())
    assert not [p for p in people.values() if p.get("qid") == "Q999000002"]
    assert any(line.startswith("common words: Q999000002") for line in log)
    assert not build.common_reader()("سليم الزبيداني")


@pytest.mark.parametrize(
    ("name", "common"),
    [
        ("علي علاوي", True),  # على أعلى
        ("سيف بن زايد", False),  # a lineage word inside: a chain ordinary text never writes
        ("حمادي ولد أميمو", False),
        ("حمد آل الشيخ", False),
        ("حسبو محمد عبد الرحمن", False),  # four words: longer than the skeleton index reads
        ("بن علي", True),  # the lineage word opens the name: not inside it
    ],
)
def test_a_lineage_chain_or_a_long_name_never_reads_as_common_words(build, name, common):
    assert build.common_reader()(name) is common


def test_an_open_portfolio_term_ends_at_the_snapshot(build):
    """No later holder is known: the term ends where the source's knowledge does, not open-ended."""
    terms = [_term(build, "Q999000003", "Karim Haddadin", "كريم الحدادين", "finance_minister", "2021-03-07")]
    people, _ = _merge(build, terms, people=[GIVEN_NAMES])
    (office,) = people["per:karim-haddadin"]["offices"]
    assert office["end"] == "2022-07-23" and "snapshot" in office["note"]


def test_deputy_prime_minister_does_not_end_a_portfolio(build):
    """Held beside a portfolio: the later deputy premiership neither ends the portfolio nor is ended by
    another deputy's term."""
    terms = [
        _term(
            build,
            "Q999000004",
            "Nadim Saqqaf",
            "نديم السقاف",
            "interior_minister",
            "2018-01-01",
            "2020-12-31",
        ),
        _term(build, "Q999000004", "Nadim Saqqaf", "نديم السقاف", "deputy_prime_minister", "2019-06-01"),
        _term(build, "Q999000005", "Rami Qudah", "رامي القضاة", "deputy_prime_minister", "2020-02-01"),
    ]
    people, _ = _merge(build, terms)
    offices = {o["role"]: o for o in people["per:nadim-saqqaf"]["offices"]}
    assert offices["interior_minister"]["end"] == "2020-12-31"
    assert offices["deputy_prime_minister"]["end"] == "2022-07-23"


def test_a_minister_with_only_an_arabic_label_gets_the_romanized_name(build):
    """Wikidata has no English label: the English name is the one rasd gives an unknown person."""
    from rasd.nlp.romanize import romanize

    terms = [_term(build, "Q999000006", "", "سليم الحدادين", "health_minister", "2019-02-01", "2020-10-12")]
    people, log = _merge(build, terms)
    (person,) = [p for p in people.values() if p.get("qid") == "Q999000006"]
    assert person["name_en"] == romanize("سليم الحدادين") and "romanized" in person["note"]
    assert any(line.startswith("romanized: Q999000006") for line in log)


def test_a_year_end_stops_at_the_next_holders_start(build):
    """The source ends one term in "2019" and starts the next on 2019-06-24: the first ends the day
    before, and the second is no clash."""
    terms = [
        _term(
            build, "Q999000007", "Fadi Nabulsi", "فادي النابلسي", "interior_minister", "2016-01-30", "2019"
        ),
        _term(
            build,
            "Q999000008",
            "Ziad Tarawneh",
            "زياد الطراونة",
            "interior_minister",
            "2019-06-24",
            "2020-05-06",
        ),
    ]
    people, log = _merge(build, terms)
    (first,) = people["per:fadi-nabulsi"]["offices"]
    assert first["end"] == "2019-06-23" and "Ziad Tarawneh" in first["note"]
    assert people["per:ziad-tarawneh"]["offices"][0]["start"] == "2019-06-24"
    assert not [line for line in log if line.startswith("CLASH")]


def test_a_new_person_whose_every_term_clashes_is_not_added(build):
    """A one-holder office another holder has then: the term is left out, and so is the person."""
    terms = [
        _term(
            build, "Q999000009", "Omar Kilani", "عمر الكيلاني", "finance_minister", "2015-01-01", "2018-12-31"
        ),
        _term(
            build, "Q999000010", "Hani Zoubi", "هاني الزعبي", "finance_minister", "2016-03-01", "2016-09-30"
        ),
    ]
    people, log = _merge(build, terms, people=[GIVEN_NAMES])
    assert "per:hani-zoubi" not in people and "per:omar-kilani" in people
    assert any(line.startswith("not added, no office left: Q999000010") for line in log)


def _merge_hand(build, terms, hand_names, common=lambda name: False):
    merger = build.Merger([], {"ep/jordan-ministers": "2022-07-23"}, common, hand_names=hand_names)
    merger.run(terms)
    return {p["id"]: p for p in merger.people}, merger.log


def test_a_source_without_an_arabic_label_takes_the_hand_name(build):
    """No Arabic label in the source: names_ar.tsv names the minister, and the entry says so."""
    terms = [_term(build, "Q999000011", "Nabil Qudah", "", "water_minister", "2020-10-12", "2021-03-07")]
    people, log = _merge_hand(build, terms, {"Q999000011": ("نبيل القضاة", ["نبيل سالم القضاة"])})
    person = people["per:nabil-qudah"]
    assert person["name_ar"] == "نبيل القضاة" and person["aliases_ar"] == ["نبيل سالم القضاة"]
    assert person["note"] == build.HAND_NAME_NOTE
    assert person["offices"][0]["source"] == "ep/jordan-ministers"
    # without the hand row the person is still left out, as before
    people, log = _merge_hand(build, terms, {})
    assert "per:nabil-qudah" not in people and any(line.startswith("missing Arabic name") for line in log)


def test_a_hand_name_never_overrides_the_sources_arabic_label(build):
    terms = [_term(build, "Q999000012", "Rami Khatib", "رامي القطامين", "trade_minister", "2020-10-12")]
    people, _ = _merge_hand(build, terms, {"Q999000012": ("رامي قطامين", [])})
    assert people["per:rami-khatib"]["name_ar"] == "رامي القطامين" and "note" not in people["per:rami-khatib"]


def test_a_hand_alias_that_reads_as_common_words_is_dropped(build):
    """The wordfreq rule covers every hand form; a common-looking short name gives way to the long one."""
    common = {"سالم الزيود", "الزيود"}.__contains__  # as if these read as common words
    terms = [_term(build, "Q999000013", "Salem Al-Zyoud", "", "labour_minister", "2020-10-12")]
    people, log = _merge_hand(
        build, terms, {"Q999000013": ("سالم الزيود", ["سالم مهند الزيود", "الزيود"])}, common
    )
    person = people["per:salem-al-zyoud"]
    assert person["name_ar"] == "سالم مهند الزيود" and "aliases_ar" not in person
    assert any(line.startswith("common words, named by an alias: Q999000013") for line in log)


def test_the_hand_names_file_reads_and_rejects_bad_rows(build, tmp_path):
    path = tmp_path / "names_ar.tsv"
    path.write_text("# c\nQ1\tنبيل القضاة\tنبيل سالم القضاة|نبيل\tNabil Qudah\n", encoding="utf-8")
    assert build.read_hand_names(path) == {"Q1": ("نبيل القضاة", ["نبيل سالم القضاة", "نبيل"])}
    path.write_text("Q1\tNabil\t\t\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        build.read_hand_names(path)
    assert build.read_hand_names()  # the shipped file reads


def test_a_hand_name_finds_the_catalog_person_of_another_office(build):
    """The catalog has the man under another state's office (no shared state for find()): the same
    English and hand Arabic names make him the same person; only the Arabic name is a namesake."""
    known = {"id": "per:karel-vos", "name_en": "Karel Vos", "name_ar": "كاريل فوس", "source": "hand"}
    known["offices"] = [{"role": "secretary_general", "of": "NATO", "start": "2024-10-01", "end": None}]
    terms = [
        _term(build, "Q999000014", "Karel Vos", "", "prime_minister", "2015-01-01", "2020-01-01", of="NL")
    ]
    merger = build.Merger(
        [json.dumps(known, ensure_ascii=False)],
        {"ep/jordan-ministers": "2022-07-23"},
        lambda name: False,
        hand_names={"Q999000014": ("كاريل فوس", [])},
    )
    merger.run(terms)
    (person,) = merger.people
    assert person["qid"] == "Q999000014" and {o["of"] for o in person["offices"]} == {"NATO", "NL"}
    other = [
        _term(build, "Q999000015", "Karl Voss", "", "prime_minister", "2015-01-01", "2020-01-01", of="NL")
    ]
    merger = build.Merger(
        [json.dumps(known, ensure_ascii=False)],
        {"ep/jordan-ministers": "2022-07-23"},
        lambda name: False,
        hand_names={"Q999000015": ("كاريل فوس", [])},
    )
    merger.run(other)
    assert len(merger.people) == 1 and any(
        line.startswith("hand name taken: Q999000015") for line in merger.log
    )


def test_a_hand_name_with_a_common_word_no_catalog_name_has_is_left_out(build):
    """The NER reads every catalog name word as a name's evidence: a hand name with a very common word
    (خلف "behind") that no catalog person's name has is not added; a common given name (محمد) is fine."""
    known = {"id": "per:mohammed-x", "name_en": "Mohammed X", "name_ar": "محمد الزعبي", "source": "hand"}
    terms = [
        _term(build, "Q999000016", "Issam Khalaf", "", "transport_minister", "2016-01-01", "2018-01-01"),
        _term(build, "Q999000017", "Mohammed Nusairat", "", "labour_minister", "2016-01-01", "2018-01-01"),
    ]
    merger = build.Merger(
        [json.dumps(known, ensure_ascii=False)],
        {"ep/jordan-ministers": "2022-07-23"},
        lambda name: False,
        hand_names={"Q999000016": ("عصام خلف", []), "Q999000017": ("محمد النصيرات", [])},
    )
    merger.run(terms)
    assert {p["id"] for p in merger.people} == {"per:mohammed-x", "per:mohammed-nusairat"}
    assert any(line.startswith("common name word: Q999000016") for line in merger.log)


def test_the_missing_report_lists_people_without_an_arabic_name_most_wanted_first(build):
    """--missing: who the merge left out for lack of an Arabic name; an Arab League interior minister
    comes before a Jordanian water minister, who comes before a foreign minister elsewhere."""
    terms = [
        _term(
            build, "Q999000020", "Karl Brenner", "", "foreign_minister", "2016-01-01", "2019-01-01", of="AT"
        ),
        _term(build, "Q999000021", "Zaid Hourani", "", "water_minister", "2016-01-01", "2018-01-01"),
        _term(build, "Q999000022", "Fadi Majali", "", "interior_minister", "2017-01-01"),
        _term(build, "Q999000023", "Rami Khatib", "رامي الخطيب", "trade_minister", "2017-01-01"),
    ]
    merger = build.Merger([], {"ep/jordan-ministers": "2022-07-23"}, lambda name: False)
    merger.run(terms)
    rows = [row.split("\t") for row in build.missing_report(merger.missing)]
    assert [r[0] for r in rows] == ["Q999000022", "Q999000021", "Q999000020"]
    assert rows[0] == ["Q999000022", "Fadi Majali", "JO", "interior_minister", "", "0"]
    assert rows[1][4:] == ["2018", "1"] and rows[2][3:] == ["foreign_minister", "2019", "2"]


@pytest.mark.parametrize(
    ("label", "name", "aliases"),
    [
        # a title is no part of the printed name; the label stays an alias
        (
            "Sayyid Fahd bin Omar al Harthi",
            "Fahd bin Omar al Harthi",
            ["Sayyid Fahd bin Omar al Harthi", "Fahd al Harthi"],
        ),
        ("Dr. Nasser K. Al-Zaidi", "Nasser K. Al-Zaidi", ["Dr. Nasser K. Al-Zaidi", "Nasser Al-Zaidi"]),
        # the short form without the father's (and grandfather's) name, before an "Al" family name
        ("Salem bin Khamis bin Ali Al Amri", "Salem bin Khamis bin Ali Al Amri", ["Salem Al Amri"]),
        # not for a ruling house, nor without a family name, nor for a given name that is also a title
        ("Rashid bin Hamad Al Thani", "Rashid bin Hamad Al Thani", []),
        ("Turki bin Fahd", "Turki bin Fahd", []),
        ("Sultan bin Khalid Al-Rawas", "Sultan bin Khalid Al-Rawas", ["Sultan Al-Rawas"]),
        # zero-width characters some labels carry
        ("\u200bHani Al-Sharif\u200b", "Hani Al-Sharif", []),
    ],
)
def test_english_forms_of_an_arab_label(build, label, name, aliases):
    assert build.english_forms(label) == (name, aliases)


def test_the_merge_gives_a_sourced_arab_minister_the_usual_english_forms(build):
    """Only a name that is the source's label, of an Arab League state's office holder, is changed."""
    terms = [
        _term(
            build,
            "Q999000030",
            "Sheikh Fahd bin Omar Al-Harthi",
            "فهد الحارثي",
            "trade_minister",
            "2017-01-01",
        ),
        _term(
            build, "Q999000031", "Karl J. Brenner", "كارل برينر", "foreign_minister", "2017-01-01", of="AT"
        ),
    ]
    hand = {"id": "per:dr-sami", "name_en": "Dr. Sami Haddad", "name_ar": "سامي حداد", "source": "hand"}
    hand["offices"] = [{"role": "health_minister", "of": "JO", "start": "2016-01-01", "end": None}]
    people, _ = _merge(build, terms, [hand])
    person = people["per:sheikh-fahd-bin-omar-al-harthi"]  # the id, made from the label, stays
    assert person["name_en"] == "Fahd bin Omar Al-Harthi"
    assert person["aliases_en"] == ["Sheikh Fahd bin Omar Al-Harthi", "Fahd Al-Harthi"]
    austrian = next(p for p in people.values() if p.get("qid") == "Q999000031")
    assert austrian["name_en"] == "Karl J. Brenner" and "aliases_en" not in austrian
    assert people["per:dr-sami"]["name_en"] == "Dr. Sami Haddad"


def _hand_person() -> dict:
    return {
        "id": "per:fahd-al-waziri",
        "name_en": "Fahd Al-Waziri",
        "name_ar": "فهد الوزيري",
        "source": "hand",
        "note": "interior minister of JO 2019-02-01.. (not recorded as an office: no source)",
    }


def _hand_row(build, of="JO", end=""):
    return build.HandPortfolio(
        "per:fahd-al-waziri", "interior_minister", of, "2019-02-01", end, "en.wikipedia: Fahd Al-Waziri"
    )


def test_a_hand_portfolio_term_fills_a_portfolio_no_list_has(build):
    """The state's list has no interior minister: the hand row becomes a hand office with its reference,
    its open end at the hand list's snapshot, and the entry's stale note goes; a second run is the same."""
    lines = [json.dumps(_hand_person(), ensure_ascii=False)]
    merger = build.Merger(lines, {"ep/jordan-ministers": "2022-07-23"}, lambda name: False)
    merger.run(
        [_term(build, "Q999000010", "Karim Haddadin", "كريم الحدادين", "finance_minister", "2021-03-07")]
    )
    for _ in range(2):
        build.apply_hand_portfolios(merger, [_hand_row(build)], "2024-12-31")
    person = next(p for p in merger.people if p["id"] == "per:fahd-al-waziri")
    (office,) = person["offices"]
    assert (office["start"], office["end"], office["source"]) == ("2019-02-01", "2024-12-31", "hand")
    assert "reference: en.wikipedia: Fahd Al-Waziri" in office["note"] and "snapshot" in office["note"]
    assert "note" not in person


def test_a_hand_portfolio_term_is_refused_where_the_list_has_a_holder(build):
    """One sourced holder of the portfolio, at any time, and the hand row is an error, not a second holder."""
    lines = [json.dumps(_hand_person(), ensure_ascii=False)]
    merger = build.Merger(lines, {"ep/jordan-ministers": "2022-07-23"}, lambda name: False)
    merger.run(
        [
            _term(
                build, "Q999000011", "Salim Al-Amin", "سليم الأمين", "interior_minister", "2010-01-05", "2011"
            )
        ]
    )
    with pytest.raises(SystemExit, match="has holders of interior_minister"):
        build.apply_hand_portfolios(merger, [_hand_row(build)], "2024-12-31")
    with pytest.raises(SystemExit, match="no reference"):
        unreferenced = build.HandPortfolio(
            "per:fahd-al-waziri", "interior_minister", "QA", "2019-02-01", "", ""
        )
        build.apply_hand_portfolios(merger, [unreferenced], "2024-12-31")


def test_the_hand_portfolios_file_reads(build):
    rows = build.read_hand_portfolios()
    assert rows and all(r.reference and r.role.endswith("_minister") for r in rows)


class _FakeReader:
    """Files of made-up lists: (repo, path) -> text; any other file is absent."""

    def __init__(self, files):
        self.files = files

    def read(self, repo, commit, path):
        return self.files.get((repo, path))


def test_the_arabic_label_of_a_bio_json_item_is_read(build):
    """html/raw/bio.json holds the items' own labels: the Arabic one names a person whose query label
    came back in English; without one, the Arabic Wikipedia title (less its disambiguation) does."""
    items = [
        {"id": "Q999000020", "labels": {"en": "Jalal Ruwaishan", "ar": "جلال الرويشان"}, "sitelinks": {}},
        {"id": "Q999000021", "labels": {"en": "Ali Isawi"}, "sitelinks": {"arwiki": "علي العيساوي (وزير)"}},
        {"id": "Q999000022", "labels": {"en": "Mark Smith"}, "sitelinks": {}},
        {"id": "Q999000023", "labels": {"ar": "اسم آخر"}},
    ]
    holders = "position,person,personID,start,end\nMinister of Finance,سالم الحداد,Q999000023,2016,\n"
    reader = _FakeReader(
        {
            ("yemen", build.BIO_JSON): "\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n",
            ("yemen", build.HOLDERS): holders,
        }
    )
    labels = build._arabic_labels(reader)
    assert labels["Q999000020"] == ("جلال الرويشان", f"ep/yemen:{build.BIO_JSON}")
    assert labels["Q999000021"][0] == "علي العيساوي"
    assert "Q999000022" not in labels
    assert labels["Q999000023"] == ("سالم الحداد", "ep/yemen")  # the list's own label comes first


def test_a_sourced_label_with_a_common_word_no_catalog_name_has_is_left_out(build):
    """الأحمر ("red") in a source's label would make every "البحر الأحمر" a name's evidence to the NER;
    a label whose words the catalog's names already have is added."""
    terms = [
        _term(
            build,
            "Q999000024",
            "Ali Ahmar",
            "علي محسن الأحمر",
            "interior_minister",
            "2016-01-01",
            "2018-01-01",
        ),
        _term(
            build,
            "Q999000025",
            "Omar Haddadin",
            "عمر الحدادين",
            "labour_minister",
            "2016-01-01",
            "2018-01-01",
        ),
    ]
    known = {"id": "per:ali-mohsen", "name_en": "Ali Mohsen", "name_ar": "علي محسن", "source": "hand"}
    people, log = _merge(build, terms, people=[known, GIVEN_NAMES])
    assert "per:ali-ahmar" not in people and "per:omar-haddadin" in people
    assert "common name word: Q999000024 علي محسن الأحمر (الاحمر)" in log


def test_a_name_of_two_common_name_words_is_left_out(build):
    """محمد الحسين names many men (and the linker reads محمد حسين as it): not one minister's name; a
    rarer family name (الجيلاتي) is."""
    terms = [
        _term(
            build,
            "Q999000026",
            "Mohammad Hussein",
            "محمد الحسين",
            "finance_minister",
            "2011-01-01",
            "2012-01-01",
        ),
        _term(
            build,
            "Q999000027",
            "Mohammad Jililati",
            "محمد الجيلاتي",
            "labour_minister",
            "2011-01-01",
            "2012-01-01",
        ),
    ]
    people, log = _merge(build, terms, people=[GIVEN_NAMES])
    assert "per:mohammad-hussein" not in people and "per:mohammad-jililati" in people
    assert "two common name words: Q999000026 محمد الحسين" in log


@pytest.mark.parametrize(
    ("label", "mapped"),
    [
        ("Secretary-General of the United Nations", ("secretary_general", "UN")),
        ("Deputy Secretary-General of the United Nations", ("deputy_secretary_general", "UN")),
        ("Speaker of the Arab Parliament", ("speaker", "ARAB-PARLIAMENT")),
        ("Permanent Representative to the United Nations", None),  # of many states: not read
    ],
)
def test_the_world_lists_offices_map_to_bodies(build, label, mapped):
    assert build._role("world", label) == mapped


def test_an_open_ambassador_term_ends_at_the_snapshot_and_ambassadors_share_the_office(build):
    """Two ambassadors of one state at once (several posts) are both kept, and an open term ends where the
    source's knowledge does: no stale ambassador is named for years."""
    terms = [
        _term(build, "Q999000021", "Karim Haddadin", "كريم الحدادين", "ambassador", "2015-01-04", of="SA"),
        _term(
            build,
            "Q999000022",
            "Omar Dabbas",
            "عمر الدباس",
            "ambassador",
            "2016-02-01",
            "2020-01-01",
            of="SA",
        ),
    ]
    people, _ = _merge(build, terms, people=[GIVEN_NAMES])
    (first,) = people["per:karim-haddadin"]["offices"]
    (second,) = people["per:omar-dabbas"]["offices"]
    assert first["end"] == "2022-07-23" and "snapshot" in first["note"]
    assert second["end"] == "2020-01-01"


@pytest.mark.parametrize("role", sorted({"ambassador", "deputy_foreign_minister", "foreign_state_minister"}))
def test_the_offices_below_the_top_have_arabic_titles(build, role):
    assert role in load_catalog().roles
    assert role in build.SNAPSHOT_ENDED and role in build.SHARED_ROLES


def test_a_body_office_of_a_list_maps_to_the_body(build):
    """The US list's CIA directors head the CIA, not the United States."""
    assert build._role("us-cabinet", "Director of the CIA") == ("director_general", "CIA")
    assert build._role("united-kingdom-cabinet", "Minister of State for Middle East and North Africa") == (
        "foreign_state_minister",
        "GB",
    )
