import pytest

from rasd.clean.lines import label_lines
from rasd.settings import Settings


def one(text: str, lex) -> tuple[str, str, str | None]:
    line = label_lines(text, lex, Settings())[0]
    return line.kind, line.action, line.value


@pytest.mark.parametrize(
    ("text", "kind", "action", "value"),
    [
        ("إقرأ أيضاً:", "read_also", "split", None),
        ("اقرأ أيضا: وزير الخارجية يصل إلى عمّان", "read_also", "split", "وزير الخارجية يصل إلى عمّان"),
        ("مقالات مشابهة", "related", "drop_list", None),
        ("كلمات دلالية: روسيا إيران", "tags", "drop", None),
        ("المصدر: عين ليبيا", "source", "drop", "عين ليبيا"),
        ("المصدر: وكالات", "source", "drop", "وكالات"),
        ("آخر تحديث: 11 أكتوبر 2024 - 16:14", "updated", "drop", "11 أكتوبر 2024 - 16:14"),
        ("تاريخ النشر: 26th, September 2023 GMT", "published", "drop", "26th, September 2023 GMT"),
        ("نشر الأحد 12 مايو 2024 - 10:30", "published", "drop", "الأحد 12 مايو 2024 - 10:30"),
        ("نشر: 12 مايو 2024", "published", "drop", "12 مايو 2024"),
        ("شارك هذا المقال", "share", "drop", None),
        ("شاركها.", "share", "drop", None),
        ("التعليقات مغلقة.", "comments", "drop", None),
        ("Leave a Reply", "comments", "drop", None),
        ("لقراءة الخبر كاملاً، يرجى الضغط على الرابط أدناه", "more", "drop", None),
        ("اقرأ على الموقع الرسمي", "more", "drop", None),
        ("هذا المحتوى مقدم من إحدى القنوات", "more", "drop", None),
        ("تابعونا على تويتر", "share", "drop", None),
        ("اشترك في النشرة البريدية", "share", "drop", None),
        ("(أ ف ب)", "credit", "drop", None),
        ("الصورة: أرشيفية", "caption", "drop", "أرشيفية"),
        ("تصوير: محمد علي", "credit", "drop", None),
        ("جميع الحقوق محفوظة © 2024", "copyright", "drop", None),
        ("الرئيسية > أخبار العالم", "breadcrumb", "drop", None),
        ("الصفحة الرئيسية / سياسة / عربي ودولي", "breadcrumb", "drop", None),
        ("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك", "cookies", "drop", None),
        ("// انتهى //", "end", "drop", None),
        ("-انتهى-", "end", "drop", None),
        ("reporter.name@example.com", "contact", "drop", None),
        ("البريد الإلكتروني: desk@news-site.org", "contact", "drop", None),
        ("تويتر: @reporter_1", "contact", "drop", None),
        ("للتواصل مع الكاتب أرسل رسالة قصيرة", "contact", "drop", None),
        ("192.0.2.44", "address", "drop", None),
        ("رابط مختصر", "more", "drop", None),
        ("رابط الخبر بصحيفة النهار: افتتاح معرض الكتاب", "more", "drop", None),
        ("التفاصيل في الفيديو المرفق ...", "more", "drop", None),
        ("شاهد الفيديو", "more", "drop", None),
        ("اقرأ معنا:", "related", "drop_list", None),
        ("صوت المدينة ـ نشر في 2024/05/12 الساعة 10:30", "published", "drop", "2024/05/12 الساعة 10:30"),
        ("جريدة الخليج | نشر بتاريخ 3 يناير 2023", "published", "drop", "3 يناير 2023"),
        ("المقالات المنشورة في هذا الموقع لا تعبر بالضرورة عن رأي إدارته", "copyright", "drop", None),
        ("تنشر جميع المواد المنشورة في هذا القسم لأغراض إعلامية فقط", "copyright", "drop", None),
    ],
)
def test_boilerplate_kinds(clean_lex, text, kind, action, value) -> None:
    assert one(text, clean_lex) == (kind, action, value)


@pytest.mark.parametrize(
    "text",
    [
        "شارك الرئيس في أعمال القمة العربية التي عقدت في الرياض بحضور عدد كبير من القادة.",
        "قال المصدر إن المحادثات ستستمر الأسبوع المقبل.",
        "• بوتين في لقاء مع رئيسي في العاصمة التركمانية عشق أباد 29 حزيران/يونيو 2022 (أ ف ب).",
        "نشر الجيش تعزيزات جديدة على الحدود",
        "نشر الجيش 500 جندي على الحدود",
        "شارك الوزير في الاجتماع",
        "تابع الرئيس التفاصيل مع وزير الخارجية",
        "اضف تعليقاتك الى وثيقة الحوار الوطني التي نشرتها الحكومة أمس بعد اجتماع مطول للمجلس الوزاري",
        "نشرت وزارة الخارجية في 12 مايو 2024 بيانا أكدت فيه دعمها للحل السياسي.",
        "نشر في صحيفة الوطن في عددها رقم 5386 الصادر في يونيو 2015 تقرير مطول عن أوضاع الجالية وأثر القرار على سوق العمل",
        "الرئيسية الجديدة للمجلس تعقد أول اجتماع لها",
        "انتهى الاجتماع دون اتفاق",
        "وأرسل المواطنون شكاواهم إلى البريد الإلكتروني complaints@ministry.gov.sa للنظر فيها.",
        "رابطة العالم الإسلامي تدين الهجوم",
        "قال عبر تويتر: نرحب بالقرار",
        "التقرير الذي نشر في 2024 عن الحرب",
        "ارتفع المؤشر إلى 1.25.3.4 نقطة",  # no separator before "نشر في": a sentence
        "وكان الخبر نشر في 12 مايو",
        "التفاصيل في الاجتماع الذي عقد أمس",
        "شاهد الفيديو الذي نشره الجيش للهجوم على المدينة الساحلية",
        "وقال إن المواد المنشورة في هذا الموقع مزيفة",  # no disclaimer
    ],
)
def test_content_is_not_boilerplate(clean_lex, text) -> None:
    assert one(text, clean_lex)[0] == "body"


def test_related_list_items_are_dropped_until_a_long_line(clean_lex) -> None:
    text = "\n".join(
        [
            "مقالات مشابهة",
            "  • وزير الخارجية يلتقي نظيره",
            "قمة ثلاثية في القاهرة الأسبوع المقبل",
            "وقال المتحدث باسم الوزارة إن الجولة المقبلة من المحادثات ستعقد في القاهرة بمشاركة وفود من عدة دول عربية.",
        ]
    )
    actions = [line.action for line in label_lines(text, clean_lex, Settings())]
    assert actions == ["drop_list", "list_item", "list_item", "keep"]


def test_value_keeps_original_spelling(clean_lex) -> None:
    assert one("المصدر: الوكالة العربية السورية للأنباء", clean_lex)[2] == "الوكالة العربية السورية للأنباء"


def test_a_related_list_stops_at_a_line_that_carries_the_story_on(clean_lex) -> None:
    """A short line with no final stop under the list is a headline, unless it opens as the story's
    own paragraphs do ("كما استقبل …" cut short by the page)."""
    text = "\n".join(
        [
            "اقرأ معنا:",
            "- الوزير يفتتح معرض الكتاب الدولي",
            "- الأمطار تعود إلى المدن الساحلية",
            "كما استقبل الوزير وفد الغرفة التج",
        ]
    )
    actions = [line.action for line in label_lines(text, clean_lex, Settings())]
    assert actions == ["drop_list", "list_item", "list_item", "keep"]
