"""scripts/train_translit.py writes each Arabic name word as most people of its sources do."""

from collections import Counter
from pathlib import Path

import pytest
from script_module import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_translit.py"


@pytest.fixture(scope="module")
def tt():
    return load_script(SCRIPT)


def _pairs(tt, arabic: str, source: str, spellings: dict[str, int]) -> list:
    """Hand-built pairs: a Wikidata pair carries its people count, other sources one pair per vote."""
    if source == tt.WIKIDATA:
        return [tt.Pair(arabic, english, source, count=n) for english, n in spellings.items()]
    return [tt.Pair(arabic, english, source) for english, n in spellings.items() for _ in range(n)]


def test_wikidata_people_decide_a_word_the_dictionary_spells_once(tt) -> None:
    pairs = _pairs(tt, "مهند", "arabnamer", {"mohand": 1})
    pairs += _pairs(tt, "مهند", tt.WIKIDATA, {"muhannad": 7, "mohannad": 5, "mohanad": 2})
    assert tt.build_lexicon(pairs)["مهند"] == "muhannad"
    assert tt.build_lexicon(pairs[:1])["مهند"] == "mohand"  # without Wikidata, the dictionary's


def test_a_dictionary_spelling_is_one_vote_however_many_entries_repeat_it(tt) -> None:
    # the dictionary's entries are generated variants (bin maamar, ben maamar …), not people
    pairs = _pairs(tt, "معمر", "arabnamer", {"maamar": 13, "muammar": 5, "moammar": 5})
    pairs += _pairs(tt, "معمر", "per:a", {"muammar": 1})
    assert tt.build_lexicon(pairs, catalog_votes=1)["معمر"] == "muammar"


def test_wikidata_does_not_overturn_what_the_dictionary_and_catalog_settle(tt) -> None:
    pairs = _pairs(tt, "دين", "arabnamer", {"dean": 1, "din": 1}) + _pairs(tt, "دين", "per:a", {"din": 4})
    pairs += _pairs(tt, "دين", "per:b", {"eddine": 3}) + _pairs(tt, "دين", tt.WIKIDATA, {"dean": 64})
    assert tt.build_lexicon(pairs, catalog_votes=1)["دين"] == "din"  # 5 votes, settled: Wikidata not asked


def test_a_spelling_settles_a_word_with_two_votes_ahead_of_the_rest(tt) -> None:
    assert tt.settled(Counter({"din": 5, "eddine": 3, "dean": 1}))
    assert not tt.settled(Counter({"khader": 1, "khidr": 1}))
    assert not tt.settled(Counter({"mohand": 1}))


def test_unsettled_words_count_the_dictionary_and_wikidata_together(tt) -> None:
    pairs = _pairs(tt, "خضر", "arabnamer", {"khader": 6, "khidr": 5, "khudr": 5, "khadr": 1})
    assert not tt.settled(Counter({"khader": 1, "khidr": 1, "khudr": 1, "khadr": 1}))
    pairs += _pairs(tt, "خضر", tt.WIKIDATA, {"khader": 6, "khidr": 1})
    assert tt.build_lexicon(pairs)["خضر"] == "khader"


def test_a_tie_goes_to_the_spelling_nearest_the_others(tt) -> None:
    assert tt.canonical(Counter({"hayel": 2, "heil": 2, "hayle": 1})) == "hayel"


def test_a_word_only_wikidata_has_needs_two_people_and_most_of_them(tt) -> None:
    one = _pairs(tt, "اوسبورن", tt.WIKIDATA, {"osburn": 1})
    tie = _pairs(tt, "صباغ", tt.WIKIDATA, {"sabbagh": 3, "sebag": 3})
    half = _pairs(tt, "بريم", tt.WIKIDATA, {"prem": 2, "breem": 1, "brehm": 1})
    most = _pairs(tt, "معن", tt.WIKIDATA, {"maan": 2, "maen": 1})
    lexicon = tt.build_lexicon(one + tie + half + most)
    assert not {"اوسبورن", "صباغ", "بريم"} & lexicon.keys()
    assert lexicon["معن"] == "maan"


def test_the_alignment_check_reads_a_doubled_consonant_as_one_letter(tt) -> None:
    def score(letter: str, chunk: str) -> float:  # made up: one English letter per Arabic letter
        return 0.0 if chunk and chunk[0] in {"م": "m", "ه": "h", "ن": "n", "د": "d"}[letter] else -9.0

    def only_consonants(letter: str, chunk: str) -> float:
        return score(letter, chunk) - (len(chunk) - 1) * 4.0  # each extra English letter costs 4

    kept = tt.checked([tt.Pair("مهند", "muhannad", tt.WIKIDATA, count=7)], only_consonants)
    assert [p.english for p in kept] == ["muhannad"]  # as muhanad -3.0 per letter; as itself -4.0
    wrong = tt.checked(
        [tt.Pair("مهند", "of", tt.WIKIDATA), tt.Pair("من", "min", tt.WIKIDATA)], only_consonants
    )
    assert wrong == []  # no alignment; and two letters are too short


def test_a_bare_article_is_no_spelling_of_another_word(tt) -> None:
    assert tt._word_pair("الدين", "el") is None  # عز الدين الشيخ / Ezzeldin El Sheikh, one word off
    assert tt._word_pair("آل", "al") == ("آل", "al")  # the Al of Al Nahyan
    assert tt._word_pair("الهاشمي", "al-hashemi") == ("هاشمي", "hashemi")
