"""Quotes: direct and reported speech with its speaker, on invented sentences and on the seed pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from rasd.events.quotes import find_headline_quote, find_quotes, load_quote_verbs
from rasd.lang.normalize import fold
from rasd.nlp.entities import EntityResources, add_entities, find_entities, load_entity_resources
from rasd.settings import Settings

PUBLISHED = dt.date(2024, 6, 1)
PUTIN, PESKOV, ERDOGAN, KREMLIN = (
    "per:vladimir-putin",
    "per:dmitry-peskov",
    "per:recep-tayyip-erdogan",
    "KREMLIN",
)

VERBS = load_quote_verbs()  # what the pipeline keeps in Resources.quotes


@pytest.fixture(scope="module")
def res() -> EntityResources:
    return load_entity_resources()


def quotes(text: str, res: EntityResources):
    return find_quotes(text, find_entities(text, PUBLISHED, res), VERBS)


def one(text: str, res: EntityResources):
    found = quotes(text, res)
    assert len(found) == 1, found
    return found[0]


def test_verb_forms_load():
    verbs = load_quote_verbs()
    assert verbs.kind("وقالت") == "verb"
    assert verbs.kind("وأضافت") == "verb"
    assert verbs.kind("قائلاً") == "verb"
    assert verbs.kind("مضيفاً") == "verb"
    assert verbs.kind("ونقلت") == "relay"
    assert verbs.kind("وبحسب") == "source"
    assert verbs.kind("ووفقاً") == "source"
    assert verbs.kind("العلاقات") is None


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ('وقال بوتين: "العلاقات مع تركيا جيدة جدا".', "العلاقات مع تركيا جيدة جدا", PUTIN),
        ("وقال بوتين: “العلاقات مع تركيا جيدة جدا”.", "العلاقات مع تركيا جيدة جدا", PUTIN),
        ("وقال بوتين: «العلاقات مع تركيا جيدة جدا».", "العلاقات مع تركيا جيدة جدا", PUTIN),
        ("وقال بوتين: „العلاقات مع تركيا جيدة جدا“.", "العلاقات مع تركيا جيدة جدا", PUTIN),
        ('وقال بوتين: “العلاقات مع تركيا جيدة جدا".', "العلاقات مع تركيا جيدة جدا", PUTIN),  # mixed pair
        ("وقال بوتين: ”العلاقات مع تركيا جيدة جدا“.", "العلاقات مع تركيا جيدة جدا", PUTIN),  # reversed pair
    ],
)
def test_direct_quote_every_mark(res, text, quoted, speaker):
    q = one(text, res)
    assert (q.text, q.speaker, q.direct, q.trigger) == (quoted, speaker, True, "وقال")
    assert text[q.start : q.end] == q.text


def test_unbalanced_quote_runs_to_paragraph_end(res):
    text = "وقال أردوغان: “سنواصل العمل مع روسيا. ولن نتراجع عن ذلك\nوفي سياق آخر، زار الوزير أنقرة."
    q = one(text, res)
    assert q.text == "سنواصل العمل مع روسيا. ولن نتراجع عن ذلك"
    assert q.speaker == ERDOGAN


def test_quote_spanning_sentences(res):
    q = one('قال بوتين: "نحن مستعدون. نحن جاهزون".', res)
    assert q.text == "نحن مستعدون. نحن جاهزون"


def test_speaker_after_quote(res):
    q = one("“سنزور أنقرة في أقرب وقت ممكن”، قال بوتين.", res)
    assert (q.text, q.speaker, q.trigger) == ("سنزور أنقرة في أقرب وقت ممكن", PUTIN, "قال")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"الزيارة ستتم في موعدها"، بحسب بيسكوف.', PESKOV),
        ('وفقاً لبيسكوف، فإن "الزيارة ستتم في موعدها".', PESKOV),
    ],
)
def test_source_words(res, text, speaker):
    q = one(text, res)
    assert (q.text, q.speaker) == ("الزيارة ستتم في موعدها", speaker)


def test_a_wire_agency_as_the_source_gives_no_quote(res):
    """What an agency reports is the news, not a speaker's words (Settings.quote_media_reports)."""
    assert quotes('"الزيارة ستتم في موعدها"، وفقا لوكالة تاس.', res) == ()


def test_source_word_gives_way_to_a_speech_verb(res):
    q = one('وقال بوتين، بحسب ترجمة رسمية، أثناء حديثه في سوتشي: "نحن مستعدون للحوار".', res)
    assert (q.speaker, q.trigger) == (PUTIN, "وقال")


def test_new_statement_after_a_quote_is_not_its_frame(res):
    found = quotes('دعا أردوغان إسرائيل إلى "وقف القتال فورا"، وأكد أن الوساطة مستمرة.', res)
    assert [(q.text, q.direct, q.speaker) for q in found] == [("الوساطة مستمرة", False, ERDOGAN)]


def test_speaker_before_verb(res):
    q = one('وبعد الاجتماع، بوتين قال: "المحادثات كانت مفيدة للغاية".', res)
    assert q.speaker == PUTIN


def test_role_speaker_and_quote_entities_skipped(res):
    text = 'قال الرئيس الروسي، فلاديمير بوتين، إن "أردوغان شريك يمكن الاعتماد عليه".'
    q = one(text, res)
    assert (q.text, q.speaker, q.direct) == ("أردوغان شريك يمكن الاعتماد عليه", PUTIN, True)


def test_role_only_speaker(res):
    q = one("وقال الرئيس الروسي إن بلاده مستعدة للحوار مع الجميع.", res)
    assert q.speaker == PUTIN


def test_org_speaker(res):
    q = one("وقال الكرملين إن الزيارة لم تحدد بعد.", res)
    assert (q.speaker, q.direct) == (KREMLIN, False)


def test_relay_names_the_source_not_the_agency(res):
    q = one('ونقلت وكالة تاس عن بيسكوف قوله "لا، هذا غير ممكن".', res)
    assert (q.text, q.speaker, q.trigger) == ("لا، هذا غير ممكن", PESKOV, "ونقلت")


def test_continuation_keeps_the_last_speaker(res):
    text = 'وقال بيسكوف: "الزيارة لم تحدد بعد". وأضاف: "سيتم الاتفاق عليها عبر القنوات الدبلوماسية".'
    first, second = quotes(text, res)
    assert first.speaker == second.speaker == PESKOV
    assert second.trigger == "وأضاف"


def test_participle_continuation(res):
    text = 'وتابع أردوغان: "نريد السلام في المنطقة"، مضيفاً: "لا نريد حربا مع أحد".'
    found = quotes(text, res)
    assert [q.speaker for q in found] == [ERDOGAN, ERDOGAN]
    assert found[1].trigger == "مضيفاً"


def test_embedded_direct_quote_keeps_only_the_quoted_words(res):
    q = one('وقال أردوغان إنه يتوقع زيارة بوتين "في أقصر إطار زمني ممكن".', res)
    assert (q.text, q.speaker, q.direct) == ("في أقصر إطار زمني ممكن", ERDOGAN, True)


def test_indirect_quote(res):
    q = one("وأكد بيسكوف أن موعد الزيارة لم يتحدد بعد، وأن الاتصالات مستمرة.", res)
    assert q.direct is False
    assert q.text == "موعد الزيارة لم يتحدد بعد، وأن الاتصالات مستمرة"
    assert (q.speaker, q.trigger) == (PESKOV, "وأكد")


def test_colon_without_marks_is_direct(res):
    q = one("وقال أردوغان: الحرب يجب أن تنتهي فورا. وغادر بعدها القاعة.", res)
    assert (q.text, q.direct, q.speaker) == ("الحرب يجب أن تنتهي فورا", True, ERDOGAN)


def test_colon_before_inna_is_reported(res):
    """قال …: إن …: the complementizer makes the words reported speech (docs/labelling.md)."""
    q = one("وقال أردوغان: إن الحرب يجب أن تنتهي فورا. وغادر بعدها القاعة.", res)
    assert (q.text, q.direct, q.speaker) == ("إن الحرب يجب أن تنتهي فورا", False, ERDOGAN)


@pytest.mark.parametrize("inna", ["إننا", "إنني"])
def test_colon_before_a_first_person_inna_is_direct(res, inna):
    """قال …: إننا …: the speaker's own "we"/"me" shows his own words (a report says إنه/إنهم)."""
    q = one(f"وقال أردوغان: {inna} لن نقبل باستمرار الحرب. وغادر بعدها القاعة.", res)
    assert (q.text, q.direct, q.speaker) == (f"{inna} لن نقبل باستمرار الحرب", True, ERDOGAN)


def test_unresolved_speaker_is_none(res):
    q = one("وأضاف البيان: إن المحادثات ستستمر الأسبوع المقبل.", res)
    assert q.speaker is None


def test_scare_quotes_and_names_are_not_quotes(res):
    assert (
        quotes('ووصف بوتين العلاقات بـ"الودية والبناءة" خلال المنتدى الدولي "حوار الحضارات والأديان".', res)
        == ()
    )


def test_short_quotes_dropped(res):
    assert all(q.text != "أولوية" for q in quotes('وقال بوتين إن العلاقة "أولوية".', res))
    assert all(len(q.text.split()) >= 2 for q in quotes('وقال بوتين: "نعم".', res))


def test_quote_stays_in_its_paragraph(res):
    text = 'وقال بوتين: "العلاقات جيدة\n\nوفي خبر آخر، وصل أردوغان إلى موسكو.'
    (q,) = quotes(text, res)
    assert q.text == "العلاقات جيدة"


def test_quote_reopened_in_the_next_paragraph_continues(res):
    text = 'وقال بوتين: "سنواصل العمل مع شركائنا.\n"ولن نتراجع عن أهدافنا أبدا".\n"هذه جملة أخرى بلا قائل".'
    found = quotes(text, res)
    assert [(q.text, q.speaker) for q in found] == [
        ("سنواصل العمل مع شركائنا", PUTIN),
        ("ولن نتراجع عن أهدافنا أبدا", PUTIN),
    ]


def test_attribution_in_previous_paragraph_ending_with_colon(res):
    text = "وجاء في بيان للكرملين نقلا عن بيسكوف:\n“الزيارة ستتم قريبا جدا”."
    q = one(text, res)
    assert (q.text, q.speaker) == ("الزيارة ستتم قريبا جدا", PESKOV)


def test_title_mentions_ignored(res):
    text = "وقال إن الزيارة ستتم قريبا."
    title_only = [
        e.__class__(
            e.id,
            e.type,
            e.name_en,
            e.name_ar,
            tuple(m.__class__(0, 5, "بوتين", "PER", "gazetteer", "title") for m in e.mentions),
        )
        for e in find_entities("بوتين يقول", PUBLISHED, res)
    ]
    assert one_speaker(find_quotes(text, title_only, VERBS)) is None


def one_speaker(found):
    assert len(found) == 1
    return found[0].speaker


@pytest.mark.parametrize(
    ("title", "quoted", "speaker"),
    [
        ("بوتين: علاقتنا بطهران ستزداد قوة…", "علاقتنا بطهران ستزداد قوة", PUTIN),
        ("أردوغان: «لن نتخلى عن الوساطة»", "لن نتخلى عن الوساطة", ERDOGAN),
    ],
)
def test_headline_quote(res, title, quoted, speaker):
    q = find_headline_quote(title, find_entities(title, PUBLISHED, res))
    assert q is not None
    assert (q.text, q.speaker, q.part) == (quoted, speaker, "title")
    assert title[q.start : q.end] == q.text


def test_subheading_in_the_body(res):
    text = "التقى الزعيمان في أنقرة.\nأردوغان: لا شيء سيقف أمام تعاوننا مع روسيا\nوتناول اللقاء ملفات عدة."
    q = one(text, res)
    assert (q.text, q.speaker, q.trigger, q.direct) == (
        "لا شيء سيقف أمام تعاوننا مع روسيا",
        ERDOGAN,
        None,
        True,
    )
    assert quotes("المصدر: وكالات\nموسكو: الطقس بارد اليوم", res) == ()


def test_headline_without_speaker(res):
    assert (
        find_headline_quote(
            "عاجل: انفجار في العاصمة", find_entities("عاجل: انفجار في العاصمة", PUBLISHED, res)
        )
        is None
    )
    assert find_headline_quote("بوتين يزور أنقرة", find_entities("بوتين يزور أنقرة", PUBLISHED, res)) is None


# --------------------------------------------------------------------------- the seed pages

_W = re.compile(r"\w+")


def _norm(text: str) -> str:
    return "".join(_W.findall(fold(text)))


def _matches(gold: str, found: str) -> bool:
    """As /work/shared/eval/score_seeds.py: the gold inside the quote, or ≥80% of it covered."""
    g, f = _norm(gold), _norm(found)
    return bool(g and f) and (g in f or (f in g and len(f) >= 0.8 * len(g)))


def _seed_quotes(path: Path, res: EntityResources, clean_lex, settings) -> list[tuple[str | None, str]]:
    from rasd.clean import clean_document
    from rasd.records import RawDoc

    doc = clean_document(RawDoc(path.name, path.read_text(encoding="utf-8"), "text"), clean_lex, settings)
    out = []
    for story in doc.stories:
        story = add_entities(story, res)
        names = {e.id: e.name_en for e in story.entities}
        found = list(find_quotes(story.text, story.entities, VERBS))
        if story.title and (head := find_headline_quote(story.title, story.entities)):
            found.append(head)
        out += [(names.get(q.speaker), q.text) for q in found]
    return out


def test_seed_quotes(shared, res, clean_lex, settings):
    yaml = pytest.importorskip("yaml")
    gold = yaml.safe_load((shared / "gold" / "seeds.yaml").read_text(encoding="utf-8"))["documents"]
    hits, missed = 0, []
    for name, g in gold.items():
        path = shared / "seeds" / name
        if not path.exists() or not g.get("quotes"):
            continue
        found = _seed_quotes(path, res, clean_lex, settings)
        for gq in g["quotes"]:
            if any(spk == gq["speaker"] and _matches(gq["text"], text) for spk, text in found):
                hits += 1
            else:
                missed.append((name, gq["speaker"], gq["text"]))
    print(f"seed quotes: {hits}/{hits + len(missed)}")
    assert hits >= 15, missed


def test_an_unnamed_source_is_nobody_we_know(res):
    found = quotes(
        'قال بوتين إن "الحوار مستمر مع أنقرة". وقالت مصادر محلية إن "القصف استمر طوال الليل".', res
    )
    assert [q.speaker for q in found] == [PUTIN, None]


def test_a_speakerless_verb_takes_the_previous_subject(res):
    text = 'وصف رجب طيب أردوغان الزيارة بالتاريخية. وقال في تصريحات للصحفيين إن "العلاقات في أفضل حالاتها".'
    assert one(text, res).speaker == ERDOGAN


def test_a_short_quote_after_inna_is_speech(res):
    assert one('وقال فلاديمير بوتين إن "روسيا لن تتراجع".', res).text == "روسيا لن تتراجع"


def test_a_quote_window_comes_from_settings(res) -> None:
    """The shortest quote is Settings.quote_min_words long."""
    text = 'وقال الرئيس فلاديمير بوتين: "نرحب بالجميع".'
    entities = find_entities(text, PUBLISHED, res)
    verbs = load_quote_verbs()
    two = dataclasses.replace(Settings().quote_windows(), min_words=2)
    three = dataclasses.replace(two, min_words=3)
    assert [q.text for q in find_quotes(text, entities, verbs, windows=two)] == ["نرحب بالجميع"]
    assert find_quotes(text, entities, verbs, windows=three) == ()


def test_a_headline_label_is_no_quote_unless_asked(res, clean_lex, settings):
    """docs/labelling.md: "بوتين: …" over a story labels it; only the body's quotes are quotes."""
    from rasd.clean import clean_document
    from rasd.events.stage import add_quotes
    from rasd.records import RawDoc

    text = "بوتين: علاقتنا مع تركيا ستزداد قوة\nالتقى الرئيسان في موسكو اليوم وبحثا التعاون الاقتصادي بين البلدين."
    story = add_entities(clean_document(RawDoc("t.txt", text, "text"), clean_lex, settings).stories[0], res)
    assert story.title and story.title.startswith("بوتين:")
    assert add_quotes(story, VERBS).quotes == ()
    asked = dataclasses.replace(settings.quote_windows(), headlines=True)
    assert [(q.speaker, q.part) for q in add_quotes(story, VERBS, asked).quotes] == [(PUTIN, "title")]


def test_a_body_quote_with_no_named_speaker_is_the_headline_speakers(res, clean_lex, settings):
    """ "بوتين: …" over a body whose first quote names no one ("وقال إن …"): Putin speaks; a quote whose
    speaker the body names keeps it, and without the headline the quote has no speaker."""
    from rasd.clean import clean_document
    from rasd.events.stage import add_quotes
    from rasd.records import RawDoc

    body = "وقال في مؤتمر صحفي إن العلاقات مع تركيا تتطور بسرعة كبيرة في كل المجالات."
    for title, speaker in (("بوتين: علاقتنا مع تركيا ستزداد قوة", PUTIN), ("العلاقات الروسية التركية", None)):
        text = f"{title}\n{body}"
        story = add_entities(
            clean_document(RawDoc("t.txt", text, "text"), clean_lex, settings).stories[0], res
        )
        assert story.title == title
        assert [q.speaker for q in add_quotes(story, VERBS).quotes] == [speaker]
    named = "بوتين: علاقتنا مع تركيا ستزداد قوة\nوقال أردوغان في مؤتمر صحفي إن العلاقات مع روسيا تتطور بسرعة كبيرة."
    story = add_entities(clean_document(RawDoc("t.txt", named, "text"), clean_lex, settings).stories[0], res)
    assert [q.speaker for q in add_quotes(story, VERBS).quotes] == [ERDOGAN]
