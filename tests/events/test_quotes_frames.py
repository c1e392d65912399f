"""Quote frames on invented news sentences: verbs that frame only quotation marks, two-word frames,
nested reporting, auxiliaries, quotation-mark pairing and terms that are not speech."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.events.quotes import find_headline_quote, find_quotes, load_quote_verbs
from rasd.nlp.entities import EntityResources, find_entities, load_entity_resources
from rasd.records import LinkedEntity

PUBLISHED = dt.date(2024, 6, 1)
PUTIN, ERDOGAN = "per:vladimir-putin", "per:recep-tayyip-erdogan"

VERBS = load_quote_verbs()  # what the pipeline keeps in Resources.quotes


@pytest.fixture(scope="module")
def res() -> EntityResources:
    return load_entity_resources()


def speakers(text: str, res: EntityResources) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in find_quotes(text, find_entities(text, PUBLISHED, res), VERBS)]


def test_marked_verb_forms_load():
    verbs = load_quote_verbs()
    assert verbs.kind("ودعت") == "marked"
    assert verbs.kind("وأعرب") == "marked"
    assert verbs.kind("ووصفتها") == "marked"  # with an object pronoun
    assert verbs.kind("بالقول") == "verb"
    assert verbs.kind("وجاء", "في") == "issued"
    assert verbs.kind("وجاء", "الرئيس") is None  # جاء alone frames nothing


@pytest.mark.parametrize(
    "text",
    [
        'ودعا بوتين إلى "وقف فوري لإطلاق النار في المنطقة".',
        'وأشاد بوتين بـ"الدور المحوري الذي تضطلع به تركيا في المنطقة".',  # glued, but speech
        'بوتين زاد بالقول: "لدينا شراكة طويلة الأمد مع تركيا".',
    ],
)
def test_a_marked_verb_frames_a_quotation(res, text):
    assert [s for s, _ in speakers(text, res)] == [PUTIN]


@pytest.mark.parametrize(
    "text",
    [
        "ودعا بوتين إلى أن تتوقف الحرب في المنطقة فورا.",  # reported, not speech
        "ورحب بوتين بالوفد التركي وهم: أردوغان وفيدان وكالن.",  # a list after a colon
        'واحتفل بوتين بـ"الذكرى الوطنية".',  # a glued short name
    ],
)
def test_a_marked_verb_frames_nothing_else(res, text):
    assert speakers(text, res) == []


def test_a_marked_verb_does_not_cut_reported_speech(res):
    text = "وقال بوتين إن أردوغان دعا إلى وقف الحرب في المنطقة."
    assert speakers(text, res) == [(PUTIN, "أردوغان دعا إلى وقف الحرب في المنطقة")]


def test_fa_inna_frames_reported_speech(res):
    assert speakers("وأضاف بوتين فإن هذه الزيارة تأتي في إطار المشاورات.", res) == [
        (PUTIN, "هذه الزيارة تأتي في إطار المشاورات")
    ]


def test_a_source_with_fa_inna_frames_reported_speech(res):
    assert speakers("وبحسب بوتين، فإن المحادثات ركزت على تنفيذ الهدنة.", res) == [
        (PUTIN, "المحادثات ركزت على تنفيذ الهدنة")
    ]


def test_a_stray_closing_mark_opens_nothing(res):
    text = 'وقال بوتين إن المحادثات ركزت على تنفيذ الهدنة في المنطقة".'
    assert speakers(text, res) == [(PUTIN, "المحادثات ركزت على تنفيذ الهدنة في المنطقة")]


@pytest.mark.parametrize(
    "text",
    [
        "وقال بوتين في موسكو:»نطالب المجتمع الدولي بأن يتحرك فورا لوقف الحرب«.",  # reversed pair
        "وقال بوتين :» إن الجسر الجوي مستمر ضمن خطط معدة لهذا الغرض».",  # after a colon, a space
    ],
)
def test_a_reversed_guillemet_opens_a_quote(res, text):
    found = speakers(text, res)
    assert [s for s, _ in found] == [PUTIN]
    assert found[0][1].split()[1] in ("المجتمع", "الجسر")


def test_a_glued_reversed_guillemet_still_closes(res):
    text = "وقال بوتين إن «المحادثات ركزت على تنفيذ الهدنة في المنطقة» وغادر موسكو»."
    assert speakers(text, res) == [(PUTIN, "المحادثات ركزت على تنفيذ الهدنة في المنطقة")]


def test_a_mark_glued_before_a_stop_closes_and_opens_nothing(res):
    """… واستقرارها". وقال: "…": the stray closer before the stop does not open a quote that runs to the
    next mark (it once made the sentences between them a quote)."""
    text = (
        'وقال بوتين إن "الزيارة تاريخية"، داعيا أن يديم الله على البلاد أمنها واستقرارها". '
        'واستقبل الوفد في الكرملين. وقال: "نثمن العزاء والمواساة من الجميع ونشكركم".'
    )
    found = [q for _, q in speakers(text, res)]
    assert not any("واستقبل" in q for q in found)
    assert "نثمن العزاء والمواساة من الجميع ونشكركم" in found


def test_a_mark_after_anna_opens_a_quote(res):
    text = 'ودعا بوتين إلى "إعلان تحالف سياسي وأمني، مشيرا إلى أنه "لا يوجد ما يمنع ذلك أبدا".'
    found = speakers(text, res)
    assert (PUTIN, "لا يوجد ما يمنع ذلك أبدا") in found
    assert any(q.startswith("إعلان تحالف سياسي وأمني") for _, q in found)


def test_ja_fi_the_statement_continues_its_issuer(res):
    text = 'وأصدر الكرملين بيانا بعد الاتصال. وجاء في البيان: "نحن ندين هذا الهجوم بشدة".'
    assert speakers(text, res) == [("KREMLIN", "نحن ندين هذا الهجوم بشدة")]


def test_ja_fi_a_statement_speaks_for_its_issuer(res):
    text = "وجاء في بيان صدر عن الكرملين أن الحوار مع تركيا مستمر دائما."
    assert speakers(text, res) == [("KREMLIN", "الحوار مع تركيا مستمر دائما")]


def test_nested_reporting_quotes_the_inner_speaker(res):
    text = "ذكرت وكالة الأنباء أن بوتين أكد لأردوغان أن الحوار مستمر دائما."
    assert speakers(text, res) == [(PUTIN, "الحوار مستمر دائما")]


def test_the_subject_after_kana_speaks(res):
    text = "وكان بوتين قال في بيان بشأن زيارة أردوغان إن الحوار مستمر دائما."
    assert speakers(text, res) == [(PUTIN, "الحوار مستمر دائما")]


def test_a_country_right_after_the_verb_is_its_subject(res):
    text = "وقالت تركيا في بيان بشأن زيارة بوتين إن الحوار مستمر دائما."
    assert [s for s, _ in speakers(text, res)] == ["TR"]


@pytest.mark.parametrize(
    "text",
    [
        'ووصف بوتين تركيا بأنها "مركز الحوار الإقليمي".',  # a predicate after بأنها: a term
        'وكشفت الصحيفة نقلا عما سمته "وثيقة استخباراتية أمريكية مسربة" تفاصيل الصفقة.',  # a name
    ],
)
def test_terms_in_quotation_marks_are_not_speech(res, text):
    assert speakers(text, res) == []


def test_the_addressee_of_a_headline_does_not_speak(res):
    title = "ملك البحرين لبوتين: السلام خيارنا الاستراتيجي"
    entities = [_in_title(e) for e in find_entities(title, PUBLISHED, res)]
    quote = find_headline_quote(title, entities)
    assert quote is not None and quote.speaker == "per:hamad-bin-isa-al-khalifa"  # the king, not Putin


def _in_title(entity: LinkedEntity) -> LinkedEntity:
    import dataclasses

    return dataclasses.replace(
        entity, mentions=tuple(dataclasses.replace(m, part="title") for m in entity.mentions)
    )


@pytest.mark.parametrize(
    "text",
    [
        "ستكون مشاركة اللاعب مؤكدة، بعد أن تمكن المدرب من إقناعه بالبقاء في الفريق.",
        "وهو من الرجال الذين صفحوا كتب التاريخ، والذين لا يملك المرء إلا أن يتوقف عند حكمتهم.",
    ],
)
def test_a_conjunction_before_anna_frames_no_speech(res, text):
    assert speakers(text, res) == []


def test_the_frame_looks_past_a_conjunction_to_its_inna(res):
    text = "وقال بوتين بعد أن التقى أردوغان إن المحادثات كانت مفيدة جدا."
    assert speakers(text, res) == [("per:vladimir-putin", "المحادثات كانت مفيدة جدا")]


def test_a_byline_credit_after_a_dash_frames_no_quote(res):
    # متابعة is the feminine participle (وأكدت …، متابعةً: …) and the byline noun "follow-up" after a dash
    byline = "فهد العتيبي- سبق- متابعة: أدان الرئيس الروسي فلاديمير بوتين الهجوم على المسجد بشدة."
    assert speakers(byline, res) == []
    assert speakers("وأكدت الوزيرة أن الزيارة مهمة، متابعة: روسيا تريد السلام مع الجميع.", res)[-1][1] == (
        "روسيا تريد السلام مع الجميع"
    )


def test_a_citation_of_scripture_is_no_quote(res):
    text = "ويقول الله تعالى: {وما آتيناهم من كتب يدرسونها}. وقال بوتين: إن روسيا تريد السلام دائما."
    assert speakers(text, res) == [("per:vladimir-putin", "إن روسيا تريد السلام دائما")]
    assert speakers('وذكّر الخطيب بما قال النبي: "المسلم من سلم المسلمون من لسانه ويده".', res) == []


def test_naql_without_an_about_does_not_end_reported_speech(res):
    # نقل conveys an invitation here: the reported clause runs on; نقلت … عن still relays a speaker
    text = "وذكر لافروف أنه نقل دعوة من الرئيس الروسي فلاديمير بوتين لنظيره لزيارة موسكو."
    assert speakers(text, res) == [
        ("per:sergey-lavrov", "نقل دعوة من الرئيس الروسي فلاديمير بوتين لنظيره لزيارة موسكو")
    ]
    relayed = "وقال لافروف إن الزيارة مهمة، ونقلت وكالة تاس عن بيسكوف قوله إن الكرملين مستعد للحوار."
    assert [s for s, _ in speakers(relayed, res)] == ["per:sergey-lavrov", "per:dmitry-peskov"]


def test_an_after_without_or_in_order_to_is_no_speech(res):
    # (من) دون أن "without", من أجل أن "in order to": subordinators, not the أن of reported speech
    assert (
        speakers("وأطلق مسلح النار على مبنى حكومي من دون أن يسفر ذلك عن إصابات، كما أعلنت السلطات.", res)
        == []
    )
    assert speakers("وشددت الوزيرة على ضرورة دعم الشركات من أجل أن تتطور في إطار البحث.", res) == []


def test_a_reported_clause_with_a_scare_quoted_term_is_reported_speech(res):
    """أكد أن … "term" …: the term is no quote of its own (under `min_loose` words, no colon or إن
    before it), so the clause that holds it is the reported speech, as without the marks."""
    text = 'وأكد بوتين أن المحادثات مع تركيا كانت "مثمرة جدا" وتناولت ملفات المنطقة كلها.'
    found = find_quotes(text, find_entities(text, PUBLISHED, res), VERBS)
    assert [(q.speaker, q.text, q.direct) for q in found] == [
        (PUTIN, 'المحادثات مع تركيا كانت "مثمرة جدا" وتناولت ملفات المنطقة كلها', False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        'وأضاف بوتين أنها "وثيقة شاملة".',  # only the term
        'وأكد بوتين أن هذا الحديث "عبث".',  # the term and two words
    ],
)
def test_a_term_with_a_few_words_around_it_is_no_reported_speech(res, text):
    assert speakers(text, res) == []


def test_a_long_embedded_quote_is_still_the_quote(res):
    text = 'وأكد بوتين أن روسيا "لن تتراجع عن مواقفها في المنطقة مهما حدث" في المرحلة المقبلة.'
    assert speakers(text, res) == [(PUTIN, "لن تتراجع عن مواقفها في المنطقة مهما حدث")]


@pytest.mark.parametrize(
    ("text", "direct"),
    [
        ("وقال بوتين في مؤتمر صحفي: إن بلاده ستواصل الحوار مع تركيا حول ملفات المنطقة.", False),
        ("وقال بوتين في مؤتمر صحفي: نحن نواصل الحوار مع تركيا حول ملفات المنطقة.", True),
    ],
)
def test_speech_after_a_colon_is_reported_when_it_opens_with_inna(res, text, direct):
    """قال …: إن …: the complementizer makes the words reported speech (docs/labelling.md); the
    words themselves after the colon are a direct quote."""
    found = find_quotes(text, find_entities(text, PUBLISHED, res), VERBS)
    assert [(q.speaker, q.direct) for q in found] == [(PUTIN, direct)]


@pytest.mark.parametrize(
    "text",
    [
        'وأكد بوتين أن روسيا تدعم ما سماهم "محور الدول الصديقة في المنطقة كلها".',  # ما سمّاهم "…"
        "وندد بوتين بالهجوم، ودعا إلى وقف دعم «مايسمى استقلال شعب القبائل كله».",  # مايسمى written as one
    ],
)
def test_marks_after_a_form_of_samma_are_a_label(res, text):
    assert [t for _, t in speakers(text, res) if t.startswith(("محور", "مايسمى"))] == []


def test_a_closer_after_a_number_and_a_space_before_a_comma_opens_nothing(res):
    # the ” after 2022 closes the opening sentence; read as an opener it made "إعلان الجزائر …" a quote
    text = "وقال بوتين إن القمة انعقدت في الجزائر يوم 2 نوفمبر 2022” ، وقد اعتمدت إعلان الجزائر بالإجماع."
    found = find_quotes(text, find_entities(text, PUBLISHED, res), VERBS)
    assert [(q.speaker, q.direct) for q in found] == [(PUTIN, False)]  # the reported clause only


def test_a_name_quoted_inside_a_straight_quote_does_not_end_it(res):
    text = 'وقال بوتين إن "الحملة مستمرة في تنفيذ برنامجها الطبي "زينة الحياة" للتكفل بألف عملية ولادة في لبنان".'
    assert speakers(text, res) == [
        (PUTIN, 'الحملة مستمرة في تنفيذ برنامجها الطبي "زينة الحياة" للتكفل بألف عملية ولادة في لبنان')
    ]


def test_two_straight_quotes_in_a_row_stay_two(res):
    text = 'ووصف بوتين الاتفاق بـ "التاريخي" وقال "نحن سعداء جدا بهذا الاتفاق الكبير".'
    assert [t for _, t in speakers(text, res)] == ["نحن سعداء جدا بهذا الاتفاق الكبير"]


def test_a_quoted_speaker_after_an_unclosed_quote_is_no_nested_name(res):
    # the first quote is never closed: "الشقيق" in marks is the next speaker, not a name inside the quote
    text = (
        'وقال بوتين: "توفي شقيقي وهو أحد العاملين في الجهة منذ سنوات. وقال "الشقيق": أخي رجل كبير بالسن '
        'ويعاني من عدة أمراض. وقال إن العقوبة "قتل شبه العمد" كما قال.'
    )
    assert any(t.startswith("أخي رجل كبير") for _, t in speakers(text, res))


def test_a_negated_speech_verb_does_not_end_reported_speech(res):
    # لا يضيف "does not add": no speech verb, so the reported clause runs on to the sentence end
    text = "وذكر بوتين أن هذا الصرح لا يضيف إلى ذاكرة مصر فحسب بل إلى ذاكرة الإنسانية كلها."
    assert speakers(text, res) == [
        (PUTIN, "هذا الصرح لا يضيف إلى ذاكرة مصر فحسب بل إلى ذاكرة الإنسانية كلها")
    ]


def test_a_negation_ending_the_sentence_before_negates_nothing(res):
    text = "ولا يعرف إن كان العلاج يفيد أم لا. وقال بوتين إن المرضى تعافوا على نحو أسرع من غيرهم."
    assert speakers(text, res) == [(PUTIN, "المرضى تعافوا على نحو أسرع من غيرهم")]


def test_hammala_frames_the_senders_message_but_a_campaign_frames_nothing(res):
    assert (VERBS.kind("حمّل"), VERBS.kind("وحمّلت"), VERBS.kind("حملة"), VERBS.kind("حملته")) == (
        "marked",
        "marked",
        None,
        None,
    )
    text = "وحمّل بوتين أردوغان «نقل تحياته إلى الشعب التركي الصديق وتمنياته له بالتقدم والازدهار»."
    assert speakers(text, res) == [
        (PUTIN, "نقل تحياته إلى الشعب التركي الصديق وتمنياته له بالتقدم والازدهار")
    ]


def test_intaqada_frames_a_quotation(res):
    text = "وانتقد بوتين «أولوية الحكومة التي هي المزيد من التصعيد وإنكار الحقوق المشروعة للشعب»."
    assert speakers(text, res) == [
        (PUTIN, "أولوية الحكومة التي هي المزيد من التصعيد وإنكار الحقوق المشروعة للشعب")
    ]


def test_an_answer_frames_its_words(res):
    """أجاب X: «…» after a question: the one who answers speaks."""
    text = "وعلى سؤال عن الحرب، أجاب بوتين: «لن نتفاوض تحت الضغط أبدا»."
    assert speakers(text, res) == [(PUTIN, "لن نتفاوض تحت الضغط أبدا")]


def test_an_adverb_inside_a_two_word_frame(res):
    """وجاء أيضاً في البيان أن X «…»: أيضاً does not break جاء في, and the issuer is sought before the
    أن (X is whom the statement speaks of), so the statement speaks for the body that issued it before."""
    text = (
        'وقال الكرملين في بيان إن "الزيارة ستتم في موعدها المحدد". '
        "وجاء أيضاً في البيان أن بوتين «سيبحث ملفات الطاقة والتجارة مع الوفد التركي»."
    )
    assert speakers(text, res)[-1] == ("KREMLIN", "سيبحث ملفات الطاقة والتجارة مع الوفد التركي")
