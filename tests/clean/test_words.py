"""`stems`: content words, one proclitic off, cut to five letters; memoised per stopword list."""

from rasd.clean.words import stems


def test_stems_strip_one_proclitic_and_drop_short_and_stopwords() -> None:
    norm = "والاجتماع في الرياض بين الوزيرين 2024"
    assert stems(norm, frozenset({"بين"})) == {"اجتما", "رياض", "وزيري"}


def test_stems_memo_is_kept_per_stopword_list() -> None:
    norm = "زار الوزير مدينة جدة"
    assert stems(norm, frozenset()) == {"زار", "وزير", "مدينة", "جدة"}
    assert stems(norm, frozenset({"زار"})) == {"وزير", "مدينة", "جدة"}  # not the first list's answer
    assert stems(norm, frozenset()) == {"زار", "وزير", "مدينة", "جدة"}
