"""Cross-document clustering of event reports."""

import datetime as dt

from rasd.pipeline import analyze_paths
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
