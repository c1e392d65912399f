"""The tolerances of `compatible`, on hand-built reports."""

import dataclasses
import datetime as dt
import itertools

from rasd.kb.cluster import Clustering, Report, cluster_reports
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
