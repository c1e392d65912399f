"""The web UI in a real browser: search, entity, cluster, timeline, article, graph, language, upload,
and that uploaded markup is shown as text and never run."""

from __future__ import annotations

import json
import re
import urllib.request


def _get(site, path: str):
    with urllib.request.urlopen(site.url.rstrip("/") + path, timeout=10) as res:
        return json.loads(res.read())


def _ready(page) -> None:
    """Wait until the router finished rendering the current route."""
    page.wait_for_function("document.body.dataset.ready && !document.querySelector('main .loading')")


def _go(page, hash_: str) -> None:
    before = page.evaluate("document.body.dataset.ready")
    page.evaluate("h => { window.location.hash = h }", hash_)
    page.wait_for_function("b => document.body.dataset.ready !== b", arg=before)
    _ready(page)


def test_home_is_right_to_left_arabic(page, site, screenshot) -> None:
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('main')).direction") == "rtl"
    assert page.inner_text("#nav a[data-route=search]") == "بحث"
    csp = page.get_attribute("meta[http-equiv=Content-Security-Policy]", "content")
    assert "script-src 'self'" in csp and "unsafe" not in csp
    page.wait_for_selector("svg.chart.bars rect")  # events over time
    screenshot(page, "home")


def test_search_in_arabic_highlights_matches(page, site, screenshot) -> None:
    page.fill("input[name=q]", site.query)
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("ol.hits li.hit")
    _ready(page)
    marks = page.locator("li.hit .snippet mark.hit")
    assert marks.count() > 0
    assert site.query in marks.first.inner_text()
    # snippets are text: the brackets became <mark>, nothing else
    assert "[" not in page.locator("li.hit .snippet").first.inner_text()
    assert page.locator(".facet[data-facet=entity] li").count() > 0
    assert page.locator(".facet[data-facet=type] li").count() > 0
    screenshot(page, "search")
    # an entity facet narrows the results (server side) and shows as chosen
    page.locator(".facet[data-facet=entity] li button").first.click()
    page.wait_for_selector(".facet[data-facet=entity] li.chosen")
    _ready(page)
    assert "entity=" in page.evaluate("location.hash")
    # an event-type facet filters the hits to stories reporting that type
    page.locator(".facet[data-facet=type] li button").first.click()
    page.wait_for_selector(".facet[data-facet=type] li.chosen")
    _ready(page)
    assert page.locator("li.hit").count() > 0


def test_entity_page(page, site, screenshot) -> None:
    _go(page, f"#/entity/{site.entity_id}")
    assert page.inner_text(".entity-head .name-ar") == site.entity_ar
    assert page.inner_text(".entity-head .name-en") == site.entity_en
    assert page.locator("svg.timeline-chart circle.dot").count() > 0  # its events on a timeline
    assert page.locator("svg.roles-chart rect.role-bar").count() > 0  # roles over time (catalog)
    assert page.locator("ul.quotes li blockquote").count() > 0
    assert page.locator("ul.cooccurring li").count() > 0
    screenshot(page, "entity")
    # a dot of the chart opens its cluster
    page.locator("svg.timeline-chart a.dot-link").first.click()
    page.wait_for_selector(".cluster-page .source-card")
    assert re.match(r"#/cluster/", page.evaluate("location.hash"))


def test_cluster_page_shows_sources_side_by_side(page, site, screenshot) -> None:
    _go(page, f"#/cluster/{site.cluster_id}")
    cluster = _get(site, f"/api/clusters/{site.cluster_id}")
    cards = page.locator(".sources-grid .source-card")
    assert cards.count() == site.cluster_sources >= 2
    # side by side: the cards share one row
    tops = {round(cards.nth(i).bounding_box()["y"]) for i in range(cards.count())}
    assert len(tops) == 1
    date = page.inner_text(".reconciled-date")
    assert (cluster["date"] or "") in date
    if cluster["location"]:
        assert cluster["location"]["name_ar"] in page.inner_text(".reconciled-place")
    page.wait_for_selector(".source-card .passage mark.event")  # the passage with its trigger
    screenshot(page, "cluster")


def test_timeline_between_two_entities(page, site, screenshot) -> None:
    _go(page, "#/timeline")
    page.fill("input[name=a]", site.entity_ar)
    page.fill("input[name=b]", site.partner_ar)
    page.select_option("select[name=type]", "all")
    page.select_option("select[name=status]", "any")
    page.click(".timeline-form button[type=submit]")
    page.wait_for_selector("ol.timeline .tl-item")
    _ready(page)
    cards = page.locator("ol.timeline .cluster-card")
    assert cards.count() > 0
    for i in range(cards.count()):
        ids = (
            cards.nth(i)
            .locator("ul.participants a.entity")
            .evaluate_all("els => els.map(e => decodeURIComponent(e.getAttribute('href')))")
        )
        assert f"#/entity/{site.entity_id}" in ids and f"#/entity/{site.partner_id}" in ids
    dates = [d for d in page.locator(".tl-date bdi").all_inner_texts()]
    assert dates == sorted(dates)
    assert page.locator("svg.timeline-chart circle.dot").count() > 0
    screenshot(page, "timeline", full_page=True)


def test_article_view_highlights_entities_events_and_quotes(page, site, screenshot) -> None:
    _go(page, f"#/story/{site.story_id}")
    story = _get(site, f"/api/stories/{site.story_id}")
    # the text as written: the highlighted text reads exactly as the stored one
    assert page.locator(".story-text").evaluate("e => e.textContent") == story["text"]
    assert page.locator(".story-text a.ann.mention").count() > 0
    assert page.locator(".story a.ann.event, .story mark.ann.event").count() > 0
    if story["quotes"]:
        assert page.locator(".story .ann.quote").count() > 0
    # a highlight says which entity it is and leads to its page
    first = page.locator(".story-text a.ann.mention").first
    assert first.get_attribute("href").startswith("#/entity/")
    screenshot(page, "article")
    first.click()
    page.wait_for_selector(".entity-head")


def test_english_toggle_changes_labels_not_text(page, site, screenshot) -> None:
    _go(page, f"#/story/{site.story_id}")
    arabic_text = page.locator(".story-text").evaluate("e => e.textContent")
    page.click("#lang-toggle")
    page.wait_for_function("document.documentElement.lang === 'en'")
    _ready(page)
    assert page.get_attribute("html", "dir") == "ltr"
    assert page.inner_text("#nav a[data-route=search]") == "Search"
    assert page.inner_text("#lang-toggle") == "العربية"
    assert page.locator(".story-text").evaluate("e => e.textContent") == arabic_text
    assert page.locator(".story-text").evaluate("e => getComputedStyle(e).direction") == "rtl"
    screenshot(page, "article-english")
    # remembered across a reload, and back again
    page.reload()
    page.wait_for_selector("body[data-ready]")
    assert page.get_attribute("html", "lang") == "en"
    page.click("#lang-toggle")
    page.wait_for_function("document.documentElement.dir === 'rtl'")
    assert page.inner_text("#nav a[data-route=search]") == "بحث"


def test_relation_graph_is_interactive_and_filterable(page, site, screenshot) -> None:
    _go(page, "#/graph")
    page.wait_for_selector("svg.graph[data-settled] g.node")
    every = page.locator("svg.graph g.node").count()
    assert every > 2 and page.locator("svg.graph line.edge").count() > 0
    node = page.locator("svg.graph g.node").first
    node.click()
    page.wait_for_selector(".graph-info a[href^='#/entity/']")
    assert page.locator("svg.graph g.node.chosen").count() == 1
    screenshot(page, "graph")
    # filter by type: meetings only
    page.check("input[name=type][value=meet]")
    page.click(".graph-form button[type=submit]")
    page.wait_for_function("location.hash.includes('type=meet')")
    _ready(page)
    page.wait_for_selector("svg.graph g.node, .graph-page .empty")
    assert page.locator("svg.graph g.node").count() <= every


def _upload_text(page, text: str, token: str) -> None:
    _go(page, "#/upload")
    page.fill("input[name=token]", token)
    page.fill("textarea[name=text]", text)
    page.click(".upload-form button[type=submit]")


def test_upload_a_file_shows_progress_until_done(page, site, tmp_path, screenshot) -> None:
    _go(page, "#/upload")
    article = tmp_path / "upload.txt"
    article.write_text(
        "الرئيس المصري يستقبل وزير الخارجية التركي في القاهرة\n"
        "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الأحد وزير الخارجية التركي هاكان فيدان في القاهرة، "
        "وبحث الجانبان العلاقات الثنائية وسبل تعزيز التعاون بين البلدين.\n",
        encoding="utf-8",
    )
    page.fill("input[name=token]", site.token)
    page.set_input_files("input[name=file]", str(article))
    page.click(".upload-form button[type=submit]")
    page.wait_for_selector(".job:not([hidden])")
    page.wait_for_selector(".job[data-state=done]", timeout=60_000)
    bar = page.locator("progress.bar")
    assert bar.evaluate("b => b.value === b.max && b.max >= 1")
    assert "100%" in page.inner_text(".progress-label")
    screenshot(page, "upload-done")


def test_upload_with_a_wrong_token_is_refused(page, site) -> None:
    _upload_text(page, "نص تجريبي قصير عن زيارة رسمية إلى العاصمة.", "wrong")
    page.wait_for_selector(".form-errors .error")
    assert page.locator(".job[data-state=done]").count() == 0


def test_uploaded_markup_is_shown_as_text_and_never_runs(page, site, screenshot) -> None:
    script = "<script>window.__pwned=1</script>"
    img = '<img src=x onerror="window.__pwned=1">'
    word = "زنجفيلستان"
    _upload_text(
        page,
        f"خبر تجريبي عن {word} {script}\n"
        f"قال الرئيس الروسي فلاديمير بوتين اليوم إن {word} دولة صديقة {script} "
        f"وأضاف أن العلاقات بين البلدين ستتطور {img} في المستقبل القريب.\n",
        site.token,
    )
    page.wait_for_selector(".job[data-state=done]", timeout=60_000)
    _go(page, f"#/search?q={word}")
    page.wait_for_selector("li.hit")
    assert script in page.inner_text("li.hit .snippet")
    page.locator("li.hit h3 a").first.click()
    page.wait_for_selector(".story-text")
    _ready(page)
    text = page.inner_text(".story-text")
    assert script in text and img in text
    assert script in page.inner_text(".story-title")
    assert page.locator("main script, main img").count() == 0
    page.wait_for_timeout(300)  # an onerror would have fired by now
    assert page.evaluate("typeof window.__pwned") == "undefined"
    screenshot(page, "upload-markup-as-text")
