"""Quote speakers on invented news sentences: roles, unnamed sources, objects and continuations."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.events.quotes import find_quotes, load_quote_verbs
from rasd.nlp.entities import EntityResources, find_entities, load_entity_resources
from rasd.records import LinkedEntity, Mention
from rasd.settings import Settings

PUBLISHED = dt.date(2024, 6, 1)
PUTIN, PESKOV, LAVROV, KREMLIN = "per:vladimir-putin", "per:dmitry-peskov", "per:sergey-lavrov", "KREMLIN"

VERBS = load_quote_verbs()  # what the pipeline keeps in Resources.quotes


@pytest.fixture(scope="module")
def res() -> EntityResources:
    return load_entity_resources()


def speakers(text: str, res: EntityResources) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in find_quotes(text, find_entities(text, PUBLISHED, res), VERBS)]


def test_a_bare_title_is_the_person_the_story_gave_it(res):
    text = "استقبل أردوغان وزير الخارجية الروسي سيرغي لافروف في أنقرة. وأكد وزير الخارجية أن العلاقات قوية."
    assert speakers(text, res) == [(LAVROV, "العلاقات قوية")]


def test_a_title_in_apposition_binds_the_name_before_it(res):
    text = "التقى أردوغان أمس سيرغي لافروف، وزير الخارجية، في أنقرة. وقال الوزير إن الزيارة مهمة جدا."
    assert speakers(text, res) == [(LAVROV, "الزيارة مهمة جدا")]


def test_a_name_in_quotation_marks_can_speak(res):
    assert speakers('وأكد "بوتين" أن "العلاقات مع تركيا جيدة جدا".', res) == [
        (PUTIN, "العلاقات مع تركيا جيدة جدا")
    ]


def test_an_unnamed_subject_before_the_verb(res):
    text = 'وقال بيسكوف إن الزيارة مهمة. لكن مسؤولا روسيا، تحدث للصحفيين، قال: "لا علم لنا بهذه الخطة".'
    assert speakers(text, res)[1] == (None, "لا علم لنا بهذه الخطة")


def test_a_continuation_of_an_unnamed_source_has_no_speaker(res):
    text = (
        "وقال بيسكوف إن الكرملين مستعد للحوار. وقال مصدر مطلع إن الزيارة ستتم قريبا. "
        'وأضاف أن "الموعد لم يحدد بعد".'
    )
    assert [s for s, _ in speakers(text, res)] == [PESKOV, None, None]


def test_a_participle_takes_the_sentence_subject(res):
    text = 'نفى مصدر روسي أن يكون بوتين قد التقى أردوغان، مؤكدا أن "هذه الأنباء غير صحيحة تماما".'
    assert speakers(text, res)[-1] == (None, "هذه الأنباء غير صحيحة تماما")


@pytest.mark.parametrize(
    "text",
    [
        'وقال بوتين إن العلاقات جيدة. وأضاف خلال مؤتمر صحفي مع نظيره التركي رجب طيب أردوغان أن "المحادثات كانت مفيدة".',
        "وقال بوتين إن العلاقات جيدة. وأكد للرئيس التركي رجب طيب أردوغان أن الحوار مستمر دائما.",
    ],
)
def test_a_name_after_a_preposition_and_a_title_is_an_object(res, text):
    assert [s for s, _ in speakers(text, res)] == [PUTIN, PUTIN]


def test_the_subject_is_not_inside_the_reported_clause(res):
    text = 'وقال بيسكوف إن الكرملين مستعد. وذكر أنه أبلغ أردوغان بأن "روسيا مستعدة للحوار الشامل".'
    assert [s for s, _ in speakers(text, res)] == [PESKOV, PESKOV]


def test_an_unknown_subject_does_not_take_the_last_speaker(res):
    text = "وقال بيسكوف إن الزيارة مهمة. وأكدت الوزارة أن الاتفاق لم يوقع بعد."
    assert [s for s, _ in speakers(text, res)] == [PESKOV, None]


def test_the_statement_goes_on_for_its_issuer(res):
    text = 'وقال الكرملين في بيان إن الزيارة مهمة. وأضاف البيان أن "الموعد سيحدد لاحقا عبر القنوات".'
    assert [s for s, _ in speakers(text, res)] == [KREMLIN, KREMLIN]


def test_the_subject_of_the_sentence_before_a_full_stop(res):
    text = 'وصل بوتين إلى أنقرة مساء أمس.\nوفي المؤتمر، أكد أن "العلاقات مع تركيا قوية ومتينة".'
    assert speakers(text, res) == [(PUTIN, "العلاقات مع تركيا قوية ومتينة")]


def test_akmal_continues_the_speaker(res):
    text = 'وقال بوتين: "نحن مستعدون للحوار". وأكمل: "لن نتراجع عن مواقفنا أبدا".'
    assert [s for s, _ in speakers(text, res)] == [PUTIN, PUTIN]


@pytest.mark.parametrize(
    "text",
    [
        "وقال بيان للكرملين إن الزيارة ستتم في موعدها.",
        "وذكر بيان صادر عن الكرملين أن الزيارة ستتم في موعدها.",
        "وأفاد بيان مشترك للكرملين بأن الزيارة ستتم في موعدها.",
    ],
)
def test_a_statement_speaks_for_its_issuer(res, text):
    assert speakers(text, res) == [(KREMLIN, "الزيارة ستتم في موعدها")]


def test_a_statement_with_no_issuer_has_no_speaker(res):
    assert speakers("وقال بيان نشر مساء اليوم إن الزيارة ستتم في موعدها.", res) == [
        (None, "الزيارة ستتم في موعدها")
    ]


def test_a_place_far_from_the_statement_noun_is_not_its_issuer(res):
    assert speakers("وقال بيان نشر في موسكو إن الزيارة ستتم في موعدها.", res) == [
        (None, "الزيارة ستتم في موعدها")
    ]


@pytest.mark.parametrize(
    "frame",
    ["ويقول بوتين إن", "وتقول روسيا إن", "وكشف بوتين أن", "وأبان بوتين أن", "ونوه بوتين بأن"],
)
def test_present_tense_and_revealing_verbs_report_speech(res, frame):
    found = speakers(f"{frame} الزيارة ستتم في موعدها.", res)
    assert found == [(PUTIN if "بوتين" in frame else "RU", "الزيارة ستتم في موعدها")]


def test_a_present_tense_verb_of_unnamed_sources_has_no_speaker(res):
    assert speakers("وتقول مصادر مطلعة إن الزيارة ستتم في موعدها.", res) == [(None, "الزيارة ستتم في موعدها")]


def test_revealing_something_is_no_quote(res):
    assert speakers("وكشف بوتين عن خطة جديدة للتعاون الاقتصادي مع تركيا.", res) == []


def test_what_an_agency_reports_is_no_quote(res):
    text = (
        "وقالت وكالة الأناضول إن الزيارة ستتم في موعدها. وأضافت الوكالة أن الرئيسين سيعقدان مؤتمرا صحفيا. "
        "ونقلت وكالة الأناضول عن بيسكوف قوله إن الكرملين مستعد للحوار."
    )
    assert speakers(text, res) == [(PESKOV, "الكرملين مستعد للحوار")]


def test_an_agency_report_is_a_quote_when_asked(res):
    import dataclasses

    from rasd.settings import Settings

    text = "وقالت وكالة الأناضول إن الزيارة ستتم في موعدها."
    windows = dataclasses.replace(Settings().quote_windows(), media=True)
    found = find_quotes(text, find_entities(text, PUBLISHED, res), VERBS, windows=windows)
    assert [q.text for q in found] == ["الزيارة ستتم في موعدها"] and found[0].speaker is not None


@pytest.mark.parametrize(
    "text",
    [
        "وقالت صحيفة محلية إن الزيارة ستتم في موعدها.",
        "وأفادت قناة إخبارية بأن الزيارة ستتم في موعدها. وأضافت أن الرئيسين سيعقدان مؤتمرا صحفيا.",
    ],
)
def test_a_medium_named_by_its_noun_reports_no_quote(res, text):
    assert speakers(text, res) == []


def test_a_medium_after_the_subject_is_not_the_subject(res):
    assert speakers("وقال بوتين لصحيفة محلية إن الزيارة ستتم في موعدها.", res) == [
        (PUTIN, "الزيارة ستتم في موعدها")
    ]


def test_a_participle_of_explaining_reports_speech(res):
    text = "وأشاد بوتين بالعلاقات مع تركيا، مبينا أن الزيارة ستتم في موعدها."
    assert speakers(text, res) == [(PUTIN, "الزيارة ستتم في موعدها")]


def test_between_is_no_speech_verb(res):
    """بيّن (explained) is left out: its folded form is بين (between), which would cut reported speech."""
    text = "وقال بوتين إن العلاقات بين البلدين جيدة جدا."
    assert speakers(text, res) == [(PUTIN, "العلاقات بين البلدين جيدة جدا")]


def test_a_continuation_follows_the_subject_of_a_speech_verb_without_a_quote(res):
    text = (
        "وقال لافروف إن الزيارة مهمة جدا. ومن جانبه، أعرب بوتين عن سعادته بالزيارة. "
        "وأضاف أن التعاون الاقتصادي سيتوسع قريبا."
    )
    assert speakers(text, res) == [
        (LAVROV, "الزيارة مهمة جدا"),
        (PUTIN, "التعاون الاقتصادي سيتوسع قريبا"),
    ]


def test_a_continuation_keeps_its_speaker_over_an_unnamed_subject(res):
    text = "وقال لافروف إن الزيارة مهمة جدا. وأعربت الأوساط عن ارتياحها. وأضاف أن التعاون سيتوسع قريبا."
    assert speakers(text, res)[1] == (LAVROV, "التعاون سيتوسع قريبا")


def test_a_spokesman_on_behalf_of_a_name_is_not_that_name(res):
    text = "وقال بيسكوف، المتحدث باسم بوتين، إن الزيارة مهمة. وأضاف المتحدث أن الوفد سيصل غدا صباحا."
    assert speakers(text, res) == [(PESKOV, "الزيارة مهمة"), (PESKOV, "الوفد سيصل غدا صباحا")]


@pytest.mark.parametrize(
    "text",
    [
        "وذكرت وكالة الأناضول، نقلا عن ثلاثة مصادر، أن الزيارة ستتم في موعدها.",
        "ونقلت وكالة الأناضول عن مصادر مطلعة أن الزيارة ستتم في موعدها.",
    ],
)
def test_a_relayed_unnamed_source_is_nobody_not_the_relay(res, text):
    assert speakers(text, res) == [(None, "الزيارة ستتم في موعدها")]


def test_a_state_opening_the_sentence_before_speaks_for_its_statement(res):
    text = "قررت روسيا استدعاء سفيرها للتشاور. وأوضح البيان أن الخطوة جاءت ردا على التصريحات."
    assert speakers(text, res) == [("RU", "الخطوة جاءت ردا على التصريحات")]


def test_a_place_that_is_not_the_subject_before_is_no_speaker(res):
    text = "وصل الوفد إلى موسكو صباح اليوم. وأوضح البيان أن الزيارة جاءت ردا على الدعوة."
    assert speakers(text, res) == [(None, "الزيارة جاءت ردا على الدعوة")]


def test_a_statement_of_an_unknown_issuer_is_not_a_name_further_on(res):
    text = "وذكر بلاغ للديوان صادر عقب زيارة بوتين إلى أنقرة أن الزيارة كانت ناجحة."
    assert speakers(text, res) == [(None, "الزيارة كانت ناجحة")]


def test_a_final_communique_speaks_for_no_single_party(res):
    text = "وقال بوتين إن القمة ناجحة. وأكد البيان الختامي أن الدول ستتعاون في مكافحة الإرهاب."
    assert speakers(text, res)[1] == (None, "الدول ستتعاون في مكافحة الإرهاب")


def test_an_unlinked_subject_in_construct_is_no_older_speaker(res):
    text = "وقال بوتين إن الهجوم مدان. بينما أكدت مجموعات الإغاثة أن الضحايا كانوا من المدنيين."
    assert speakers(text, res)[1] == (None, "الضحايا كانوا من المدنيين")


@pytest.mark.parametrize(
    "text",
    [
        "وقال بوتين إن العلاقات جيدة. وأكد خلال اللقاء أن الحوار مستمر دائما.",
        "وقال بوتين إن العلاقات جيدة. وأكد للرئيس التركي أن الحوار مستمر دائما.",
    ],
)
def test_an_adverb_or_an_addressee_after_the_verb_is_no_subject(res, text):
    assert speakers(text, res)[1] == (PUTIN, "الحوار مستمر دائما")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال المتحدث باسم الكرملين دميتري بيسكوف إن الزيارة مهمة جدا.", PESKOV),
        ("وقال المتحدث باسم الكرملين، دميتري بيسكوف، إن الزيارة مهمة جدا.", PESKOV),
        ("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الزيارة مهمة جدا.", "per:antonio-guterres"),
        ("ونقلت وكالة تاس عن المتحدث باسم الكرملين دميتري بيسكوف قوله إن الزيارة مهمة جدا.", PESKOV),
    ],
)
def test_a_name_after_a_title_holding_a_body_is_its_holder(res, text, speaker):
    """The body inside the title (باسم الكرملين، للأمم المتحدة) does not make the name an object."""
    assert speakers(text, res) == [(speaker, "الزيارة مهمة جدا")]


def test_a_title_alone_speaks_for_the_body_it_names(res):
    assert speakers("وقال المتحدث باسم الكرملين إن الزيارة مهمة جدا.", res) == [(KREMLIN, "الزيارة مهمة جدا")]


@pytest.mark.parametrize(
    "frame",
    [
        "وأكد خلال لقائه مع المتحدث باسم الكرملين دميتري بيسكوف أن",
        "وأكد للأمين العام للأمم المتحدة أنطونيو غوتيريش أن",
        "وأكد خلال لقائه مع وزير خارجية تركيا هاكان فيدان أن",
    ],
)
def test_the_holder_of_a_title_after_a_preposition_is_an_object(res, frame):
    text = f"وقال بوتين إن العلاقات جيدة. {frame} الحوار مستمر دائما."
    assert [s for s, _ in speakers(text, res)] == [PUTIN, PUTIN]


@pytest.mark.parametrize(
    "text",
    [
        'وأضاف بوتين أن أردوغان يسعى إلى الاستقرار في المنطقة، وقال: "نحن مستعدون للحوار مع الجميع".',
        "وأكد بوتين أن أردوغان يسعى إلى الاستقرار في المنطقة، وأوضح أن الحوار سيستمر بين البلدين.",
    ],
)
def test_a_verb_joined_after_a_comma_goes_on_with_the_reporting_subject(res, text):
    """Not with a name inside the reported clause before it (أردوغان)."""
    assert [s for s, _ in speakers(text, res)] == [PUTIN, PUTIN]


def test_a_verb_joined_inside_a_reported_clause_keeps_its_subject(res):
    text = "وذكرت وكالة تاس أن بوتين وصل إلى أنقرة وقال إن الحوار سيستمر بين البلدين."
    assert speakers(text, res) == [(PUTIN, "الحوار سيستمر بين البلدين")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"الزيارة مهمة جدا للبلدين"، على حد تعبير بوتين.', PUTIN),
        ('وقال بوتين إن العلاقات جيدة. "الزيارة مهمة جدا للبلدين"، على حد قوله.', PUTIN),
        ('"الزيارة مهمة جدا للبلدين"، حسب ما أعلن الكرملين.', KREMLIN),
        ('"الزيارة مهمة جدا للبلدين"، وفق ما قال بوتين.', PUTIN),
    ],
)
def test_a_speaker_named_after_the_quote(res, text, speaker):
    assert speakers(text, res)[-1] == (speaker, "الزيارة مهمة جدا للبلدين")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وأصدر الكرملين بيانا جاء فيه: "الزيارة مهمة جدا للبلدين".', KREMLIN),
        ("وقال بوتين إن العلاقات جيدة. وورد في بيان الكرملين أن الزيارة مهمة جدا للبلدين.", KREMLIN),
        (
            "وقال بوتين إن العلاقات جيدة. وأضاف البيان الصادر عن الكرملين أن الزيارة مهمة جدا للبلدين.",
            KREMLIN,
        ),
    ],
)
def test_what_a_statement_says_is_its_issuers(res, text, speaker):
    assert speakers(text, res)[-1] == (speaker, "الزيارة مهمة جدا للبلدين")


@pytest.mark.parametrize(
    "text",
    [
        "وقال بوتين إن العلاقات جيدة. وقال مسؤولو الكرملين إن الزيارة مهمة جدا للبلدين.",
        "وقال بوتين إن العلاقات جيدة. لكن مسؤولي الكرملين يقولون إن الزيارة مهمة جدا للبلدين.",
        'وقال بوتين إن العلاقات جيدة. وبحسب مصدر حكومي، فإن لافروف سيزور أنقرة لبحث "الزيارة مهمة جدا للبلدين".',
    ],
)
def test_officials_of_a_body_are_an_unnamed_source(res, text):
    assert speakers(text, res)[-1] == (None, "الزيارة مهمة جدا للبلدين")


def test_a_source_with_fa_inna_is_the_nearer_frame(res):
    text = 'وقال مسؤول روسي وبحسب لافروف، فإن الاتفاق "سيضمن الاستقرار على حدود البلدين".'
    assert speakers(text, res) == [(LAVROV, "سيضمن الاستقرار على حدود البلدين")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ورفضت روسيا استقبال الوفد الذي أرسله أردوغان وقالت إن الزيارة مهمة جدا للبلدين.", "RU"),
        ("ورفض الكرملين استقبال الوفد الذي أرسله أردوغان، وقال إن الزيارة مهمة جدا للبلدين.", KREMLIN),
    ],
)
def test_a_joined_verb_takes_the_subject_after_the_opening_verb(res, text, speaker):
    """Not a person named later in the sentence (أردوغان)."""
    assert speakers(text, res) == [(speaker, "الزيارة مهمة جدا للبلدين")]


def test_a_dateline_is_no_opening_subject(res):
    text = 'موسكو: أوضح بيسكوف أن الزيارة مهمة. وقال: "الزيارة مهمة جدا للبلدين".'
    assert [s for s, _ in speakers(text, res)] == [PESKOV, PESKOV]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأعلنت مسؤولة أمريكية مطلعة على المباحثات أن الزيارة مهمة جدا.", None),
        ("وقال مسؤول كبير في إدارة الرئيس بوتين إن الزيارة مهمة جدا.", None),
        ("وقال بوتين إن العلاقات جيدة. وقال أحد الشهود إن الزيارة مهمة جدا.", None),
        ("وقال مسؤول الملف النووي الإيراني علي باقري كني إن الزيارة مهمة جدا.", "per:ali-bagheri-kani"),
    ],
)
def test_an_official_is_unnamed_unless_his_title_names_him(res, text, speaker):
    assert speakers(text, res)[-1] == (speaker, "الزيارة مهمة جدا")


def test_a_joined_verb_of_another_gender_keeps_the_clause_subject(res):
    """وأكد (masculine) cannot share the subject of وأكدت روسيا: it goes on inside the reported clause."""
    text = 'وأكدت روسيا أن أردوغان اتصل ببوتين، وأكد له أن "الحوار سيستمر بين البلدين دائما".'
    assert speakers(text, res)[-1] == ("per:recep-tayyip-erdogan", "الحوار سيستمر بين البلدين دائما")


def test_a_definite_head_noun_is_the_body_named_with_it(res):
    text = (
        "التقى لافروف وفدا من حركة حماس في الدوحة أمس. "
        'وقالت الحركة، في بيان، إن "الوفد بحث العلاقات الثنائية مع الجانب الروسي".'
    )
    assert speakers(text, res) == [("HAMAS", "الوفد بحث العلاقات الثنائية مع الجانب الروسي")]


def test_a_head_noun_with_its_own_adjective_is_another_body(res):
    text = 'هنأ حزب الله الشعب اللبناني. وقال الحزب الحاكم إن "الانتخابات ستجري في موعدها المحدد".'
    assert [s for s, _ in speakers(text, res)] == [None]


def test_a_faa_il_participle_continues_the_speaker(res):
    text = "وأكد بيسكوف أن بوتين سيزور أنقرة الشهر المقبل، لافتا إلى أن الموعد لم يحدد بعد."
    assert [s for s, _ in speakers(text, res)] == [PESKOV, PESKOV]


def test_a_family_name_after_the_verb_is_the_person_named_in_full(res):
    text = (
        "وقال رئيس البرلمان احمد بن محمد الجروان في بيان اليوم إن الوضع مستقر. "
        'وأكد الجروان "وقوف البرلمان خلف حق الشعب في استرداد شرعيته".'
    )
    found = speakers(text, res)
    assert found[0][0] is not None and [s for s, _ in found] == [found[0][0]] * 2


def test_a_speakerless_verb_goes_on_with_the_subject_of_the_sentence_before(res):
    text = (
        "وقال بوتين إن العلاقات مع تركيا جيدة. واستقبل أردوغان وفدا روسيا في أنقرة أمس. "
        'وقال إن "الزيارة مهمة جدا للبلدين الجارين".'
    )
    assert [s for s, _ in speakers(text, res)] == [PUTIN, "per:recep-tayyip-erdogan"]


def test_a_subject_before_the_last_speaker_does_not_take_over(res):
    text = (
        "واستقبل أردوغان وفدا روسيا في أنقرة أمس. وقال بوتين إن العلاقات مع تركيا جيدة. "
        'وأضاف أن "الزيارة مهمة جدا للبلدين الجارين".'
    )
    assert [s for s, _ in speakers(text, res)] == [PUTIN, PUTIN]


def _person(pid: str, text: str, names: list[str], nil: bool = True) -> LinkedEntity:
    mentions = tuple(Mention(i, i + len(n), n, "PER", "crf") for n in names for i in [text.rindex(n)])
    return LinkedEntity(pid, "PER", pid, names[0], mentions, nil=nil)


def test_a_shortened_name_left_as_another_person_speaks_as_the_full_name():
    text = 'التقى الأمير عبدالعزيز بن صقر الوفد. وقال بن صقر إن "المملكة سباقة في مكافحة الإرهاب دائما".'
    full = _person("nil:full", text, ["عبدالعزيز بن صقر"])
    short = _person("nil:short", text, ["بن صقر"])
    assert [q.speaker for q in find_quotes(text, (full, short), VERBS)] == ["nil:full"]


def test_a_catalog_person_is_not_taken_for_a_namesake_with_a_longer_name():
    text = 'التقت إيفانكا ترامب الوفد. وقال ترامب إن "العلاقات بين البلدين في أفضل حالاتها".'
    ivanka = _person("nil:ivanka", text, ["إيفانكا ترامب"])
    trump = _person("per:donald-trump", text, ["ترامب"], nil=False)
    assert [q.speaker for q in find_quotes(text, (ivanka, trump), VERBS)] == ["per:donald-trump"]


def test_a_ministry_title_is_not_its_minister(res):
    text = (
        "استقبل وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني في الرياض. "
        'وقال المتحدث باسم وزارة الخارجية إن "اللقاء تناول العلاقات الثنائية بين البلدين".'
    )
    assert [s for s, _ in speakers(text, res)] == [None]


@pytest.mark.parametrize(
    "second",
    [
        '"نقف مع الشعب اليمني في استرداد شرعيته كاملة"، قال الجروان.',
        'وأكد "الجروان" أن "البرلمان يقف مع الشعب اليمني في استرداد شرعيته".',
    ],
)
def test_a_family_name_in_quotation_marks_or_after_the_quote_still_speaks(res, second):
    text = (
        "وقال رئيس البرلمان احمد بن محمد الجروان في بيان اليوم إن الوضع مستقر. "
        "وقال بوتين إن روسيا تتابع الوضع عن كثب. " + second
    )
    found = [s for s, _ in speakers(text, res)]
    assert found[0] is not None and found == [found[0], PUTIN, found[0]]


def _body(bid: str, text: str, name: str) -> LinkedEntity:
    """A body named once in `text` (its first occurrence), as the linker would give it."""
    i = text.index(name)
    return LinkedEntity(bid, "ORG", bid, name, (Mention(i, i + len(name), name, "ORG", "crf"),), nil=False)


@pytest.mark.parametrize(
    "text",
    [
        "وطالب الأهالي الحكومة اليمنية بالتدخل، وأكدوا أن الوضع في القرية خطير جدا.",
        "وانتقد السكان الحكومة اليمنية أمس. وقالوا إن الخدمات غائبة منذ شهور طويلة.",
    ],
)
def test_a_plural_verb_does_not_continue_one_body_named_before(text):
    gov = _body("GOV", text, "الحكومة اليمنية")
    assert [q.speaker for q in find_quotes(text, (gov,), VERBS)] == [None]


def test_a_plural_verb_continues_a_plural_subject_in_construct():
    text = "وأكد مقاتلو الحركة أن القائد بخير. وأضافوا أن الشائعات عن موته كاذبة تماما."
    group = _body("GROUP", text, "الحركة")
    assert [q.speaker for q in find_quotes(text, (group,), VERBS)] == ["GROUP", "GROUP"]


@pytest.mark.parametrize(
    "text",
    [
        "ورحب الوزير بتدخل الحكومة اليمنية، وأكد أن الوضع سيتحسن قريبا.",
        "وأكد الوزير دعم دعوة الحكومة اليمنية، مشددا على أن الوضع خطير جدا.",
        "وأشاد الوزير بدعوة الحكومة اليمنية. وقال إن الحوار هو الحل الوحيد.",
    ],
)
def test_a_body_in_a_genitive_is_no_speaker(text):
    gov = _body("GOV", text, "الحكومة اليمنية")
    assert [q.speaker for q in find_quotes(text, (gov,), VERBS)] == [None]


def test_a_company_named_after_its_noun_still_speaks():
    text = "وقالت أيرلندا إنها لم تخالف القانون، وشركة أبل تقول إنها لم تتلق أي دعم."
    apple = _body("APPLE", text, "أبل")
    assert [q.speaker for q in find_quotes(text, (apple,), VERBS)][-1] == "APPLE"


def test_a_participle_after_an_unnamed_source_that_framed_no_quote(res):
    text = (
        "وقال بيسكوف إن الكرملين مستعد للحوار. "
        "وفي سياق متصل أكد مصدر أمني وصول تعزيزات إلى المدينة، مبينا أن المعارك مستمرة في الأحياء الشرقية."
    )
    assert speakers(text, res) == [
        (PESKOV, "الكرملين مستعد للحوار"),
        (None, "المعارك مستمرة في الأحياء الشرقية"),
    ]


def test_unnamed_diplomats_are_no_one_we_know(res):
    text = 'وقال بيسكوف إن الكرملين مستعد للحوار. وقال دبلوماسي غربي "نستعد لتصويت صعب في المجلس".'
    assert [s for s, _ in speakers(text, res)] == [PESKOV, None]


def test_an_unnamed_spokesman_and_what_continues_him(res):
    text = (
        "وقال بيسكوف إن الكرملين مستعد للحوار. وقال متحدث باسم الشرطة إن المحتجين غادروا الساحة. "
        "وأضاف أن الطرق فتحت من جديد."
    )
    assert [s for s, _ in speakers(text, res)] == [PESKOV, None, None]


def test_a_spokesman_named_after_his_title_speaks(res):
    text = "وقال متحدث باسم الكرملين دميتري بيسكوف إن الزيارة مهمة جدا."
    assert speakers(text, res) == [(PESKOV, "الزيارة مهمة جدا")]


def test_a_person_in_the_genitive_of_a_title_is_not_its_holder(res):
    text = "وقال بيسكوف إن الكرملين مستعد للحوار. وقال مستشار بوتين إن الزيارة مهمة جدا."
    assert [s for s, _ in speakers(text, res)][1] != PUTIN


def test_a_participle_before_a_colon_names_no_one_after_it(res):
    text = 'وقال بيسكوف إن الكرملين مستعد للحوار، مضيفا: روسيا "ستدعم كل شركائها في المنطقة".'
    assert [s for s, _ in speakers(text, res)] == [PESKOV, PESKOV]


def test_a_body_after_an_unnamed_definite_subject_is_the_object(res):
    text = 'ودعت السلطات المحلية الأمم المتحدة إلى "التحرك العاجل لوقف الاعتداءات المتكررة".'
    assert speakers(text, res) == [(None, "التحرك العاجل لوقف الاعتداءات المتكررة")]


def test_a_body_held_by_the_title_still_speaks(res):
    text = "وقال المتحدث باسم الكرملين إن الزيارة مهمة جدا للطرفين."
    assert speakers(text, res) == [(KREMLIN, "الزيارة مهمة جدا للطرفين")]


def test_a_participle_after_reported_speech_is_the_reporting_verbs_subject(res):
    # the reported clause is cut by نقل (a relay word) and gives no quote; the participle still speaks for
    # the subject of وقال, not for the country named inside the clause
    text = (
        "التقى الرئيس السوداني عمر البشير وزير الخارجية اليمني رياض ياسين في الخرطوم. "
        "وقال ياسين إنه نقل شكر اليمن للحكومة السودانية، مضيفاً “هذا موقف رائد نثمنه ونقدره”."
    )
    assert speakers(text, res)[-1] == ("per:riad-yassin", "هذا موقف رائد نثمنه ونقدره")


def test_a_participle_after_an_unnamed_sources_clause_has_no_speaker(res):
    text = (
        "وقال بيسكوف إن الكرملين مستعد للحوار. "
        'وقال مصدر مطلع إنه نقل رسالة بوتين إلى أنقرة، مؤكدا "أن الرد سيصل قريبا جدا".'
    )
    assert speakers(text, res)[-1] == (None, "أن الرد سيصل قريبا جدا")


def test_a_title_before_a_name_after_a_comma_binds_it(res):
    # apposition with a comma and a courtesy title inside the name's mention: المفتي is that person
    text = (
        "أدان مفتي مصر، الدكتور شوقي علام، الهجوم على المسجد. "
        "وأكد المفتي، في بيان له أمس، أن «الإرهابيين لا يراعون حرمة المساجد أبدا»."
    )
    ents = find_entities(text, PUBLISHED, res)
    allam = next(e.id for e in ents if any("علام" in m.text for m in e.mentions))
    assert [(q.speaker, q.text) for q in find_quotes(text, ents, VERBS)] == [
        (allam, "الإرهابيين لا يراعون حرمة المساجد أبدا")
    ]


def test_a_verbal_noun_after_a_verb_is_its_object_not_a_verb(res):
    # شكر after نقل is "thanks", the object: اليمن is not the subject of a speech verb here
    text = (
        "وقال لافروف إن الزيارة ناجحة جدا. "
        "وقال إنه نقل شكر اليمن للحكومة السودانية، مضيفا “هذا موقف رائد نثمنه ونقدره”."
    )
    assert speakers(text, res)[-1] == (LAVROV, "هذا موقف رائد نثمنه ونقدره")


def test_an_honorific_pronoun_is_the_person_introduced_with_that_honorific(res):
    # سموه is the person the story introduced as صاحب السمو, not the king named later in a formula
    text = (
        "تفقد صاحب السمو الملكي الأمير سعود بن نايف أمير المنطقة الشرقية المصابين. "
        "ونقل سموه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز. "
        "وأكد سموه أن الزيارة جاءت بتكليف من الملك."
    )
    ents = find_entities(text, PUBLISHED, res)
    saud = next(e.id for e in ents if any("سعود بن نايف" in m.text for m in e.mentions))
    assert [(q.speaker, q.text) for q in find_quotes(text, ents, VERBS)] == [
        (saud, "الزيارة جاءت بتكليف من الملك")
    ]


@pytest.mark.parametrize("honorific", ["", "الأستاذ "])
def test_a_title_before_a_lineage_binds_the_family_name_the_linker_marked(honorific):
    """وزير الخارجية [الأستاذ] سالم بن حمد المهيري: the linker marked only المهيري; the title is still
    his, so the bare title later is his, not the foreign minister's named in between."""
    text = (
        f"أجرى وزير الخارجية {honorific}سالم بن حمد المهيري مباحثات مع وزير الخارجية البرتغالي جواو سيلفا. "
        'وقال وزير الخارجية في تصريح صحفي: "المباحثات كانت مثمرة وبناءة جدا".'
    )
    home = _person("nil:home", text, ["المهيري"])
    guest = LinkedEntity(
        "nil:guest",
        "PER",
        "nil:guest",
        "جواو سيلفا",
        tuple(
            Mention(i, i + len(n), n, "PER", "crf")
            for n in ("وزير الخارجية البرتغالي", "جواو سيلفا")
            for i in [text.index(n)]
        ),
    )
    assert [q.speaker for q in find_quotes(text, (home, guest), VERBS)] == ["nil:home"]


def test_a_lineage_across_a_comma_is_not_the_name_of_the_title_before_it():
    """وزير الخارجية، سالم بن حمد المهيري …: a comma before the lineage ends the title's reach as before
    (only a comma right before the mention is apposition)."""
    text = (
        "التقى وزير الخارجية البرتغالي جواو سيلفا في لشبونة، وأجرى مباحثات مع سالم بن حمد المهيري أمس. "
        'وقال وزير الخارجية في تصريح صحفي: "المباحثات كانت مثمرة وبناءة جدا".'
    )
    home = _person("nil:home", text, ["المهيري"])
    guest = _person("nil:guest", text, ["وزير الخارجية البرتغالي جواو سيلفا"])
    assert [q.speaker for q in find_quotes(text, (home, guest), VERBS)] == ["nil:guest"]


def test_a_state_after_a_marked_participle_is_the_one_called_on(res):
    """داعياً طهران إلى "…": the participle's subject is the sentence's (here no entity), and the state
    after it is its object; before, the state right after it was taken as the speaker."""
    text = 'وأكد المتحدث أن المملكة لن تسمح بالتدخل، داعيا طهران إلى "الكف عن التدخل في شؤون المنطقة".'
    assert "IR" not in [s for s, _ in speakers(text, res)]


@pytest.mark.parametrize("obj", ["واشنطن", "الغرب"])
def test_a_marked_participle_speaks_for_its_sentence_subject(res, obj):
    """داعياً X إلى "…": X, the one called on, does not make the participle speakerless; it goes on with
    the subject of its sentence's verb (a definite object such as الغرب once gave None)."""
    text = f'وأكد بوتين أن روسيا لن تسمح لأحد بالعبث في المنطقة، داعيا {obj} إلى "ألا تختبر قوتنا أبدا".'
    assert speakers(text, res) == [(PUTIN, "ألا تختبر قوتنا أبدا")]


def test_a_participle_after_a_subject_that_names_no_one_has_no_speaker(res):
    """وأضاف المواطن …، قائلاً: the participle shares a subject that names no entity: None, not the
    speaker before it."""
    text = (
        'وقال بوتين إن "المحادثات كانت مثمرة للغاية مع الجانب التركي". '
        'وأضاف المواطن في حينها قائلاً: "المياه وصلت للطريق العام وكونت بحيرات كبيرة".'
    )
    assert [s for s, _ in speakers(text, res)] == [PUTIN, None]


@pytest.mark.parametrize(
    "title",
    ["المبعوث الأممي إلى اليمن", "رئيس بعثة الأمم المتحدة في ليبيا"],
)
def test_a_title_holding_a_place_after_ila_or_fi_is_its_holders(res, title):
    """المبعوث الأممي إلى اليمن فلان: إلى/في before a place inside a title do not make the name an object."""
    text = f"وقال {title} أنطونيو غوتيريش إن المحادثات مستمرة في جنيف."
    assert [s for s, _ in speakers(text, res)] == ["per:antonio-guterres"]


def test_a_name_after_a_place_with_no_title_stays_an_object(res):
    text = "وقال بوتين بعد وصوله إلى تركيا أردوغان إن المحادثات مستمرة في جنيف."
    assert [s for s, _ in speakers(text, res)] == [PUTIN]


def test_an_epithet_before_a_name_is_a_title_for_it():
    """المخلوع صالح … ونصح المخلوع حلفاءه …، وقال: the epithet stands for the person it titled, not for
    the object after the verb before it."""
    text = (
        "ودعا المخلوع صالح إلى الحوار. ونصح المخلوع حلفاءه الحوثيين بإعطاء أولوية للعمل السياسي "
        'وقال: "من الأفضل للحوثيين أن يعطوا أهمية للعمل السياسي".'
    )
    saleh = _person("nil:saleh", text, ["صالح"])
    allies = LinkedEntity(
        "HOUTHIS",
        "ORG",
        "HOUTHIS",
        "الحوثيين",
        (Mention(text.index("الحوثيين"), text.index("الحوثيين") + 8, "الحوثيين", "ORG", "crf"),),
    )
    assert [q.speaker for q in find_quotes(text, (saleh, allies), VERBS)] == ["nil:saleh"]


@pytest.mark.parametrize(
    "text",
    [
        'ونقلت وكالة الأناضول عن مصدر مسؤول في وزارة الخارجية الروسية قوله: "الزيارة ستتم في موعدها".',
        "ونقلت وكالة تاس عن مسؤول في الكرملين أن الزيارة ستتم في موعدها.",
    ],
)
def test_a_relayed_unnamed_source_of_a_body_is_nobody_not_the_body(res, text):
    """The body after مصدر/مسؤول says where the source works, not who speaks (docs/labelling.md)."""
    assert speakers(text, res) == [(None, "الزيارة ستتم في موعدها")]


def test_a_relayed_titled_name_still_speaks(res):
    text = "ونقلت وكالة تاس عن المتحدث باسم الكرملين دميتري بيسكوف أن الزيارة ستتم في موعدها."
    assert speakers(text, res) == [(PESKOV, "الزيارة ستتم في موعدها")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وأوضح "الكرملين" أن الرئيس سيزور أولا العاصمة التركية ثم ينتقل إلى مدينة أخرى.', KREMLIN),
        ("وأوضح «بوتين» أن الرئيس سيزور أولا العاصمة التركية ثم ينتقل إلى مدينة أخرى.", PUTIN),
    ],
)
def test_a_quoted_name_before_that_frames_reported_speech(res, text, speaker):
    """Outlets put names in quotation marks: those marks are no quote and do not end the verb's frame."""
    assert speakers(text, res) == [(speaker, "الرئيس سيزور أولا العاصمة التركية ثم ينتقل إلى مدينة أخرى")]


@pytest.mark.parametrize("phrase", ["بهذا الخصوص", "بهذه المناسبة", "لهذه الغاية"])
def test_a_prepositional_demonstrative_after_the_verb_is_no_subject(res, phrase):
    text = f"وانتقد بوتين الخطة بشدة. وقال {phrase} إن «هذه محاولة لسرقة نفطنا من قبل جهات أخرى»."
    assert speakers(text, res) == [(PUTIN, "هذه محاولة لسرقة نفطنا من قبل جهات أخرى")]


@pytest.mark.parametrize("medium", ["لـ«عكاظ»", "لـ «عكاظ»", 'لـ"سبق"'])
def test_the_medium_spoken_to_is_no_speaker(res, medium):
    """قال لـ«عكاظ»: the outlet after a ل written apart is whom he spoke to; he goes on speaking."""
    text = (
        "قال بوتين إن الزيارة مهمة جدا.\n"
        f"وأضاف {medium} أن التعاون مع الشركات التركية جاء لخبرتها الطويلة.\n"
        "وأضاف «أن الوزارة سوف تقدم كل العون للشركات للبدء في العمل»."
    )
    assert [s for s, _ in speakers(text, res)] == [PUTIN, PUTIN, PUTIN]


def test_the_medium_spoken_to_is_at_most_the_addressee_window(res):
    """Settings.quote_addressee_words bounds the medium's name: at 1, «صحيفة المدينة» (2 words) ends the
    frame of the verb before it as any other quotation mark does, and the reported clause after it is lost."""
    text = (
        "قال بوتين إن الزيارة مهمة جدا.\n"
        "وأضاف لـ«صحيفة المدينة» أن التعاون مع الشركات التركية جاء لخبرتها الطويلة."
    )
    entities = find_entities(text, PUBLISHED, res)
    reported = "التعاون مع الشركات التركية جاء لخبرتها الطويلة"
    default = [(q.speaker, q.text) for q in find_quotes(text, entities, VERBS)]
    narrow = Settings(quote_addressee_words=1).quote_windows()
    assert (PUTIN, reported) in default
    assert reported not in [q.text for q in find_quotes(text, entities, VERBS, windows=narrow)]


ERDOGAN, KHAMENEI = "per:recep-tayyip-erdogan", "per:ali-khamenei"


@pytest.mark.parametrize("fronted", ["بدوره، يسعى", "ومن جهته، استقبل"])
def test_a_fronted_adverb_before_the_verb_keeps_its_subject(res, fronted):
    """بدوره، يسعى أردوغان … . وقال «…»: the subject after the verb that follows the fronted adverb goes on
    speaking, not the older speaker."""
    text = (
        f"وقال بوتين إن الحوار مهم. {fronted} الرئيس التركي رجب طيب أردوغان الوفد الروسي. "
        "وقال «لا بد من وقف الحرب فورا»."
    )
    assert speakers(text, res)[-1] == (ERDOGAN, "لا بد من وقف الحرب فورا")


def test_a_medium_spoken_to_is_no_title_body(res):
    """وقال قائد قوات محلية لرويترز «…»: Reuters is who he spoke to, not the body of his title (which
    made the quote the agency's report, dropped); the commander is unnamed."""
    text = "وقال قائد قوات محلية لرويترز «نحن نتقدم نحو وسط المدينة الآن»."
    assert speakers(text, res) == [(None, "نحن نتقدم نحو وسط المدينة الآن")]


def test_the_supreme_leader_by_his_title_alone(res):
    """المرشد (role head مرشد) stands for the person the story named with that title."""
    text = "انتقد المرشد الإيراني علي خامنئي الأوروبيين. وكتب المرشد على حسابه أن «الأوروبيين تسببوا بحربين عالميتين»."
    assert speakers(text, res) == [(KHAMENEI, "الأوروبيين تسببوا بحربين عالميتين")]


def test_the_statement_speaks_for_the_issuer_named_before(res):
    """… وفق بيان للأمم المتحدة. وقال البيان إن …: the definite statement is the one named before, by
    its issuer, not the last person quoted."""
    text = (
        'وقال بيسكوف إن "الزيارة ستكون مفيدة جدا للطرفين". وجاءت الجولة وفق بيان للأمم المتحدة. '
        'وقال البيان إن "الوضع الإنساني خطير جدا في المنطقة".'
    )
    assert speakers(text, res)[-1] == ("UN", "الوضع الإنساني خطير جدا في المنطقة")


def test_a_statement_in_the_speakers_own_words_keeps_the_speaker(res):
    """وقال بيسكوف في بيان اطلعت عليه وكالة تاس …. وأضاف البيان: the statement is Peskov's; the agency
    that read it is not its issuer."""
    text = (
        'وقال بيسكوف في بيان اطلعت عليه وكالة تاس إن "الزيارة مفيدة جدا". '
        'وأضاف البيان أن "الموعد لم يحدد بعد بشكل نهائي".'
    )
    assert speakers(text, res)[-1] == (PESKOV, "الموعد لم يحدد بعد بشكل نهائي")


def test_a_fronted_topic_holds_no_subject(res):
    """وعن الاتحاد الأوروبي، قال: «…»: the topic asked about does not speak; the speaker goes on."""
    text = "وقال بوتين إن الحوار مهم جدا. وعن الاتحاد الأوروبي، قال: «لا نرى أي تقدم حتى الآن»."
    assert speakers(text, res)[-1] == (PUTIN, "لا نرى أي تقدم حتى الآن")


def test_a_clause_after_a_fronted_phrase_keeps_its_subject(res):
    """وفي هذا السياق، أدان لافروف …، مؤكدا أن …: the comma closed the fronted phrase; Lavrov is the
    participle's subject."""
    text = "وفي هذا السياق، أدان لافروف تصريحات الرئيس الأوكراني، مؤكدا أنها تهدف إلى تخريب المفاوضات."
    assert speakers(text, res) == [(LAVROV, "تهدف إلى تخريب المفاوضات")]


def test_an_unnamed_citizen_is_no_one(res):
    """غرد مواطن روسي قائلاً: «…»: a citizen names no one; not the person quoted before."""
    text = "وقال بوتين إن الحوار مهم جدا. وغرد مواطن روسي مقيم في تركيا قائلا: «شكرا لكم على هذا الترحيب الجميل»."
    assert speakers(text, res)[-1] == (None, "شكرا لكم على هذا الترحيب الجميل")
