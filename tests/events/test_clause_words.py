"""The clause words table (events/clause_words.tsv): every kind is read, folded, and drives its cut."""

from rasd.events.clauses import ClauseWords, load_clause_words, split_clauses
from rasd.lang.normalize import fold


def kinds(text: str) -> list[str]:
    return [c.kind for c in split_clauses(text)]


def test_every_kind_is_read_folded() -> None:
    words = load_clause_words()
    assert fold("إذ") in words.subordinators and "اذ" in words.subordinators
    assert fold("بأنه") in words.that and "قبل" in words.before_that and "الذين" in words.relatives
    assert "منتدي" in words.occasions and "التقي" in words.news_verbs and "يونيو" in words.not_imperfect


def test_a_news_verb_with_an_ending_opens_a_clause_and_a_month_does_not() -> None:
    assert kinds("وصل الوفد إلى المدينة وأعربت الوزيرة عن سرورها") == ["main", "conjunct"]
    assert kinds("وصل الوفد إلى المدينة ويونيو شهر الصيف") == ["main"]


def test_an_occasion_noun_after_during_opens_a_clause_with_or_without_the_article() -> None:
    assert kinds("أعلن الوزير خطته خلال زيارته للمدينة") == ["main", "occasion"]
    assert kinds("أعلن الوزير خطته خلال الاجتماع الأخير") == ["main", "occasion"]
    assert kinds("أعلن الوزير خطته خلال الأسبوع الماضي") == ["main"]


def test_the_clause_words_passed_in_are_the_ones_read() -> None:
    """`split_clauses` cuts at the subordinators of the table it is given, not of a module-level copy."""
    text = "وصل الوزير إلى دمشق حيث التقى نظيره"
    none = ClauseWords(frozenset(), frozenset(), frozenset(), frozenset(), (), frozenset(), ())
    where = ClauseWords(frozenset({"حيث"}), frozenset(), frozenset(), frozenset(), (), frozenset(), ())
    assert [c.kind for c in split_clauses(text, words=none)] == ["main"]
    assert [c.kind for c in split_clauses(text, words=where)] == ["main", "subordinate"]
