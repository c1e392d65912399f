"""rasd/lang/memo.py: a memo computes a missing key once and empties itself when full."""

from __future__ import annotations

from rasd.lang.memo import Memo


def test_a_key_is_computed_once() -> None:
    calls: list[str] = []

    def upper(word: str) -> str:
        calls.append(word)
        return word.upper()

    memo = Memo(upper, size=10)
    assert [memo["a"], memo["b"], memo["a"]] == ["A", "B", "A"]
    assert calls == ["a", "b"]


def test_a_full_memo_starts_afresh() -> None:
    memo = Memo(len, size=2)
    memo["a"], memo["bb"], memo["ccc"]
    assert dict(memo) == {"ccc": 3}
