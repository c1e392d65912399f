"""The tolerances of `compatible`, on hand-built reports."""

import dataclasses
import datetime as dt
import itertools

from rasd.kb.cluster import Clustering, Report, cluster_reports, lede_stems
from rasd.settings import Settings

LOOSE = Settings().clustering()
STRICT = Clustering()


def meet(
    key: str, people: set[str], states: set[str], location: str | None = None, state: str | None = None
) -> Report:
    """An undated meeting report."""
    return Report(
        key=key,
        type="meet",
        status="occurred",
        date=None,
        published=None,
        people=frozenset(people),
        parties=frozenset(people | states),
        location=location,
        location_state=state,
    )


def together(reports: list[Report], c: Clustering) -> bool:
    return len(set(cluster_reports(reports, c).values())) == 1


def test_an_outlet_naming_a_third_person_of_the_same_parties_reports_the_same_meeting() -> None:
    two = meet("a:0", {"per:haitham", "per:abdollahian"}, {"IR", "OM"})
    three = meet("b:0", {"per:haitham", "per:abdollahian", "per:raisi"}, {"IR", "OM"})
    assert together([two, three], LOOSE)
    assert not together([two, three], STRICT)


def test_a_third_person_of_another_party_or_two_more_people_keep_reports_apart() -> None:
    two = meet("a:0", {"per:x", "per:y"}, {"IR", "OM"})
    assert not together([two, meet("b:0", {"per:x", "per:y", "per:z"}, {"IR", "OM", "SA"})], LOOSE)
    assert not together([two, meet("b:0", {"per:x", "per:y", "per:z", "per:w"}, {"IR", "OM"})], LOOSE)
    assert not together([two, meet("b:0", {"per:x", "per:z"}, {"IR", "OM"})], LOOSE)  # not nested


def test_a_venue_and_a_city_of_one_state_agree_for_the_same_two_people() -> None:
    people = {"per:shoukry", "per:mekdad"}
    airport = meet("a:0", people, {"EG", "SY"}, "loc:damascus-airport", "SY")
    city = meet("b:0", people, {"EG", "SY"}, "gn:170654", "SY")
    assert together([airport, city], LOOSE)
    assert not together([airport, city], STRICT)
    abroad = meet("c:0", people, {"EG", "SY"}, "gn:323786", "TR")
    assert not together([airport, abroad], LOOSE)
    one = meet("d:0", {"per:shoukry"}, {"EG", "SY"}, "gn:170654", "SY")
    alone = meet("e:0", {"per:shoukry"}, {"EG", "SY"}, "loc:damascus-airport", "SY")
    assert not together([one, alone], LOOSE)  # one person in common: the place still tells


def test_the_tolerances_give_the_same_clusters_in_any_order() -> None:
    reports = [
        meet("a:0", {"per:x", "per:y"}, {"IR", "OM"}, "gn:1", "OM"),
        meet("b:0", {"per:x", "per:y", "per:z"}, {"IR", "OM"}, "loc:palace", "OM"),
        meet("c:0", {"per:x", "per:z"}, {"IR", "OM"}),
        meet("d:0", {"per:x", "per:y"}, {"IR", "OM"}, "gn:2", "SA"),
    ]
    first = cluster_reports(reports, LOOSE)
    for order in itertools.permutations(reports):
        assert cluster_reports(list(order), LOOSE) == first


def test_the_host_named_by_one_outlet_only_is_the_state_the_visit_is_in() -> None:
    guest = meet("a:0", {"per:mbs"}, {"SA"}, "KW", "KW")
    hosted = meet("b:0", {"per:mbs", "per:emir"}, {"SA", "KW"}, "KW", "KW")
    assert together([guest, hosted], LOOSE)
    unplaced = meet("c:0", {"per:mbs"}, {"SA"})
    assert not together([unplaced, hosted], LOOSE)  # nothing says Kuwait is a party to it


def test_an_undated_report_fitting_two_dated_events_joins_the_one_of_its_actors() -> None:
    pair = {"per:x", "per:y"}
    first = dataclasses.replace(meet("a:0", pair, {"IR", "OM"}), date=dt.date(2024, 1, 1))
    crowd = meet("b:0", pair | {"per:z", "per:w"}, {"IR", "OM"})
    later = dataclasses.replace(crowd, date=dt.date(2024, 3, 1))
    undated = meet("c:0", pair, {"IR", "OM"})
    got = cluster_reports([first, later, undated], LOOSE)
    assert got["c:0"] == got["a:0"] != got["b:0"]
    got = cluster_reports([first, later, undated], STRICT)
    assert got["c:0"] not in (got["a:0"], got["b:0"])  # fits both: stays apart


def _with_lede(r: Report, text: str, published: dt.date | None = None) -> Report:
    return dataclasses.replace(r, lede=lede_stems(text, LOOSE), published=published)


STATEMENT_2021 = (
    "أكد وزير الخارجية في تصريح صحفي عقب وصوله إلى العاصمة أن المباحثات تناولت سبل تعزيز التعاون "
    "الاقتصادي والاستثمار المشترك وتنسيق المواقف في المحافل الدولية"
)
STATEMENT_2021_AGAIN = (
    "قال وزير الخارجية في تصريح صحفي لدى وصوله إلى العاصمة إن المباحثات تناولت سبل تعزيز التعاون "
    "الاقتصادي وتنسيق المواقف إزاء القضايا الإقليمية"
)
STATEMENT_2025 = (
    "دعا وزير الخارجية خلال مؤتمر صحفي مشترك إلى وقف فوري لإطلاق النار وفتح المعابر أمام المساعدات "
    "الإنسانية وحماية المدنيين"
)


def test_an_undated_report_joins_only_a_report_whose_lede_shares_its_words() -> None:
    """The same two actors with no date at all: the ledes tell one visit from a meeting years later."""
    people = {"per:x", "per:y"}
    a = _with_lede(meet("a:0", people, {"SA", "OM"}), STATEMENT_2021)
    same = _with_lede(meet("b:0", people, {"SA", "OM"}), STATEMENT_2021_AGAIN)
    other = _with_lede(meet("c:0", people, {"SA", "OM"}), STATEMENT_2025)
    assert together([a, same], LOOSE)
    assert not together([a, other], LOOSE)
    assert together([a, other], dataclasses.replace(LOOSE, lede_shared=0))


def test_ledes_do_not_matter_between_two_dated_reports_or_without_a_lede() -> None:
    people = {"per:x", "per:y"}
    day = dt.date(2025, 12, 22)
    a = _with_lede(meet("a:0", people, {"SA", "OM"}), STATEMENT_2021, day)
    other = _with_lede(meet("c:0", people, {"SA", "OM"}), STATEMENT_2025, day)
    assert together([a, other], LOOSE)
    assert together([a, meet("d:0", people, {"SA", "OM"})], LOOSE)  # no lede: not held to it


def test_a_lede_is_the_content_stems_of_the_opening_words() -> None:
    c = dataclasses.replace(LOOSE, lede_words=3)
    assert lede_stems("وأكد وزير الخارجية في بيان", c) == lede_stems("أكد الوزير خارجية", c)
    assert "بيان" not in lede_stems("وأكد وزير الخارجية في بيان", c)  # beyond the opening words
    assert lede_stems("وأكد وزير الخارجية", dataclasses.replace(c, lede_shared=0)) == ()


def test_the_stop_terms_passed_in_are_the_ones_left_out() -> None:
    """`lede_stems` leaves out the stopword terms its Clustering carries, not a module-level copy."""
    c = dataclasses.replace(STRICT, lede_shared=1, stop_terms=frozenset())
    kept = lede_stems("وأكد وزير الخارجية", c)
    assert kept and lede_stems("وأكد وزير الخارجية", dataclasses.replace(c, stop_terms=frozenset(kept))) == ()
