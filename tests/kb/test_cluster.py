"""Cross-document clustering of event reports."""

import datetime as dt

from rasd.kb.cluster import EventClusters, cluster_events
from rasd.pipeline import analyze_paths, iter_analyzed, load_resources
from rasd.records import Document
from rasd.settings import Settings

A = "التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان اليوم في عشق آباد.\nالمصدر: عين ليبيا\nتاريخ النشر: 2024/10/11"
B = "التقى فلاديمير بوتين ومسعود بزشكيان في عشق آباد وبحثا العلاقات الثنائية."
C = "التقى فلاديمير بوتين وإبراهيم رئيسي في عشق آباد.\nتاريخ النشر: 2022/06/29"


def clusters(tmp_path, texts: dict[str, str]) -> dict[str, set[str]]:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = analyze_paths([tmp_path], Settings())
    out: dict[str, set[str]] = {}
    for d in result.documents:
        for s in d.stories:
            for e in s.events:
                if e.type == "meet":
                    out.setdefault(d.source.rsplit("/", 1)[-1], set()).add(e.cluster)
    return out


def test_two_reports_of_one_meeting_share_a_cluster(tmp_path) -> None:
    got = clusters(tmp_path, {"a.txt": A, "b.txt": B, "c.txt": C})
    assert got["a.txt"] == got["b.txt"]
    assert got["a.txt"] != got["c.txt"]


def test_cluster_ids_are_stable(tmp_path) -> None:
    first = clusters(tmp_path, {"a.txt": A, "b.txt": B})
    second = clusters(tmp_path, {"a.txt": A, "b.txt": B})
    assert first == second
    assert dt.date(2024, 10, 11)  # the dated report anchors the cluster


def test_clusters_put_on_one_document_at_a_time_match_the_batch(tmp_path) -> None:
    """`analyze_paths` swaps each document for its clustered copy (EventClusters.apply), freeing the
    old one: the same clusters as `cluster_events` over the unclustered documents."""
    for name, text in {"a.txt": A, "b.txt": B, "c.txt": C}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    resources = load_resources()
    state_of = resources.entities.link.catalog.state_of_place
    raw = [d for batch in iter_analyzed([tmp_path], Settings(), resources=resources) for d in batch]
    docs = [d for d in raw if isinstance(d, Document)]
    assert all(e.cluster is None for d in docs for s in d.stories for e in s.events)
    found = EventClusters.of(docs, state_of)
    one_by_one = [found.apply(d) for d in docs]
    assert tuple(one_by_one) == cluster_events(docs, state_of)
    assert list(analyze_paths([tmp_path], Settings()).documents) == one_by_one
    assert any(e.cluster for d in one_by_one for s in d.stories for e in s.events)
