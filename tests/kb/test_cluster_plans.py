"""A planned and an occurred report of one event are one cluster (`Clustering.plans_come_true`)."""

import dataclasses
import datetime as dt
import itertools

from rasd.kb.cluster import Clustering, Report, cluster_reports, reconcile
from rasd.settings import Settings

LOOSE = Settings().clustering()
STRICT = dataclasses.replace(LOOSE, plans_come_true=False)
DAY = dt.date(2025, 12, 22)


def visit(key: str, status: str, date: dt.date | None = None, published: dt.date | None = None) -> Report:
    """A report of the Saudi foreign minister's visit to Muscat."""
    people = frozenset({"per:faisal-bin-farhan", "per:badr-albusaidi"})
    return Report(
        key=key,
        type="meet",
        status=status,
        date=date,
        published=published,
        people=people,
        parties=people | {"SA", "OM"},
        location="gn:287286",
        location_state="OM",
    )


def together(reports: list[Report], c: Clustering) -> bool:
    return len(set(cluster_reports(reports, c).values())) == 1


def test_a_plan_and_its_deed_undated_are_one_event() -> None:
    plan, deed = visit("a:0", "planned"), visit("b:0", "occurred")
    assert together([plan, deed], LOOSE)
    assert not together([plan, deed], STRICT)


def test_the_plans_stated_date_is_the_deeds_date() -> None:
    plan = visit("a:0", "planned", DAY, DAY - dt.timedelta(days=1))
    assert together([plan, visit("b:0", "occurred", DAY, DAY)], LOOSE)
    assert together([plan, visit("b:0", "occurred", DAY + dt.timedelta(days=1))], LOOSE)  # the tolerance
    assert not together([plan, visit("b:0", "occurred", DAY + dt.timedelta(days=5))], LOOSE)


def test_an_undated_report_is_published_before_a_plan_and_after_a_deed() -> None:
    deed = visit("a:0", "occurred", DAY, DAY)
    assert together([deed, visit("b:0", "planned", published=DAY - dt.timedelta(days=30))], LOOSE)
    assert not together([deed, visit("b:0", "planned", published=DAY + dt.timedelta(days=3))], LOOSE)
    plan = visit("c:0", "planned", DAY)
    assert together([plan, visit("d:0", "occurred", published=DAY + dt.timedelta(days=3))], LOOSE)
    assert not together([plan, visit("d:0", "occurred", published=DAY - dt.timedelta(days=3))], LOOSE)


def test_an_undated_plan_is_published_before_an_undated_deed() -> None:
    before = visit("a:0", "planned", published=DAY - dt.timedelta(days=1))
    after = visit("b:0", "occurred", published=DAY + dt.timedelta(days=1))
    assert together([before, after], LOOSE)
    late = visit("c:0", "planned", published=DAY + dt.timedelta(days=5))
    assert not together([late, after], LOOSE)


def test_a_denial_never_joins_a_deed_or_a_plan() -> None:
    denied = visit("a:0", "denied")
    assert not together([denied, visit("b:0", "occurred")], LOOSE)
    assert not together([denied, visit("b:0", "planned")], LOOSE)


def test_plans_and_deeds_cluster_the_same_in_any_order() -> None:
    reports = [
        visit("a:0", "planned", published=DAY - dt.timedelta(days=2)),
        visit("b:0", "occurred", DAY, DAY),
        visit("c:0", "occurred"),
        visit("d:0", "planned", DAY + dt.timedelta(days=90)),  # another visit
        visit("e:0", "denied"),
    ]
    first = cluster_reports(reports, LOOSE)
    assert first["a:0"] == first["b:0"] != first["d:0"]
    assert first["c:0"] not in (first["a:0"], first["d:0"])  # an undated deed of either visit: apart
    for order in itertools.permutations(reports):
        assert cluster_reports(list(order), LOOSE) == first


def test_a_cluster_with_a_deed_has_occurred() -> None:
    assert reconcile([visit("a:0", "planned"), visit("b:0", "occurred")], ()).status == "occurred"
    assert reconcile([visit("a:0", "planned")], ()).status == "planned"
