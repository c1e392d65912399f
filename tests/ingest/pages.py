"""Small HTML pages built for the ingest tests (not a test module)."""

PARAGRAPHS = (
    "أعلنت وزارة الخارجية المصرية اليوم أن الوزير سيتوجه إلى العاصمة الليبية طرابلس في زيارة رسمية تستغرق يومين.",
    "وقال المتحدث باسم الوزارة في بيان إن الزيارة تأتي في إطار التنسيق المستمر بين البلدين بشأن الملفات الإقليمية.",
    "وأضاف أن الوزير سيلتقي رئيس المجلس الرئاسي الليبي ووزيرة الخارجية لبحث سبل دعم الاستقرار وإجراء الانتخابات.",
)
TITLE = "وزير الخارجية المصري يزور طرابلس"


def article_page(
    date_meta: str | None = "2024-05-13T09:30:00+03:00", charset: str = "utf-8", footer: str = ""
) -> str:
    """A news page with navigation, an article of three paragraphs and a footer."""
    date_tag = f'<meta property="article:published_time" content="{date_meta}">' if date_meta else ""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}">'
        f"<title>{TITLE} - جريدة المثال</title>"
        f'<meta property="og:title" content="{TITLE}"><meta property="og:site_name" content="جريدة المثال">{date_tag}'
        '</head><body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul></nav>'
        f"<article><h1>{TITLE}</h1>{body}</article>"
        f"<footer>{footer}</footer></body></html>"
    )
