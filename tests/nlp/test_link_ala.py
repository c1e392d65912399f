"""The preposition على folds to the name علي: a catalog person "علي X" read in "على X" is linked only
with evidence it is the name (`StoryLinker._preposition_read_as_name`), through the whole entity
stage (`find_entities`) on invented sentences."""

from collections.abc import Callable

Linked = Callable[..., dict[str, list[str]]]  # the conftest's `linked` fixture

ZINATI = "Ali Muhammad Miftah Al-Zinati"
LAARAYEDH = "Ali Laarayedh"


def test_a_title_before_makes_ala_the_name(linked: Linked) -> None:
    got = linked("واستقبل الوزير على الزناتي وفدا من رجال الأعمال في مكتبه أمس.")
    assert got.get(ZINATI) == ["على الزناتي"]


def test_a_rare_word_spelled_as_the_catalog_makes_ala_the_name(linked: Linked) -> None:
    got = linked("وصرح على الزناتي بأن المشروع سيكتمل خلال العام المقبل.")
    assert got.get(ZINATI) == ["على الزناتي"]


def test_the_preposition_before_a_near_spelling_is_no_name(linked: Linked) -> None:
    got = linked("ووافقت الشركة على العرض المقدم من المستثمرين بعد أسبوع من المفاوضات.")
    assert LAARAYEDH not in got


def test_the_name_written_with_ya_elsewhere_lets_ala_in(linked: Linked) -> None:
    got = linked("وقال علي العريض إن الحكومة مستعدة. وأضاف على العريض أن الحوار مستمر.")
    assert got.get(LAARAYEDH) == ["علي العريض", "على العريض"]


def test_the_preposition_before_a_common_word_of_a_name_is_no_name(linked: Linked) -> None:
    got = linked("ولم يتفوق أحد على زيدان في عدد الأهداف هذا الموسم.")
    assert "Ali Zeidan" not in got


def test_a_two_word_title_before_makes_ala_the_name(linked: Linked) -> None:
    got = linked("وأكد المرشد الأعلى على خامنئي أن بلاده لن تتراجع.")
    assert "على خامنئي" in got.get("Ali Khamenei", [])
