// An article (one story) as written, with its entity mentions, event triggers and quotes highlighted
// from the offsets the analysis stored, and lists of each beside it.

import * as api from "../api.js";
import { h, highlight } from "../dom.js";
import { entityTypeLabel, fmtNumber, primaryName, statusLabel, t, typeLabel } from "../i18n.js";
import { dateText, enc, entityBadge, outletText, section, statusBadge, typeBadge } from "../ui.js";

function speakerOf(q) {
  const sp = q.speaker;
  if (!sp) return null;
  if (typeof sp === "string") return { id: sp, name_en: sp, name_ar: "", type: "PER" };
  return sp;
}

/** The annotations: top-level lists (mentions, events, quotes), or under `annotations`. */
function annotations(story) {
  const a = story.annotations || story;
  return { mentions: a.mentions || [], events: a.events || [], quotes: a.quotes || [] };
}

function spansFor(story, part) {
  const ann = annotations(story);
  const spans = [];
  for (const m of ann.mentions || []) {
    if (m.part !== part) continue;
    spans.push({
      start: m.start,
      end: m.end,
      layer: "mention",
      make: (node) =>
        m.entity_id
          ? h("a", { class: `ann mention etype-${m.type}`, href: `#/entity/${enc(m.entity_id)}`, title: `${[m.name_ar, m.name_en].filter(Boolean).join(" · ") || m.entity_id} (${entityTypeLabel(m.type)})`, dataset: { entity: m.entity_id } }, node)
          : h("mark", { class: `ann mention etype-${m.type}`, title: entityTypeLabel(m.type) }, node),
    });
  }
  for (const e of ann.events || []) {
    if (e.part !== part) continue;
    spans.push({
      start: e.start,
      end: e.end,
      layer: "event",
      make: (node) =>
        e.cluster_id
          ? h("a", { class: `ann event type-${e.type}`, href: `#/cluster/${enc(e.cluster_id)}`, title: `${typeLabel(e.type)} · ${statusLabel(e.status)}`, dataset: { type: e.type } }, node)
          : h("mark", { class: `ann event type-${e.type}`, title: `${typeLabel(e.type)} · ${statusLabel(e.status)}` }, node),
    });
  }
  for (const q of ann.quotes || []) {
    if (q.part !== part) continue;
    const sp = speakerOf(q);
    spans.push({
      start: q.start,
      end: q.end,
      layer: "quote",
      make: (node) => h("span", { class: ["ann", "quote", q.direct ? "direct" : "indirect"], title: sp ? primaryName(sp) : t("article.unknownSpeaker") }, node),
    });
  }
  return spans;
}

function toggles(article) {
  const box = h("div", { class: "legend ann-legend" }, h("strong", {}, `${t("article.legend")}: `));
  for (const [layer, label] of [
    ["mention", t("article.entities")],
    ["event", t("article.events")],
    ["quote", t("article.quotes")],
  ]) {
    const input = h("input", { type: "checkbox", checked: true, dataset: { layer } });
    input.addEventListener("change", () => article.classList.toggle(`hide-${layer}`, !input.checked));
    box.append(h("label", { class: `legend-item key-${layer}` }, input, h("span", { class: `ann ${layer}` }, label)));
  }
  return box;
}

function sidebar(story) {
  const ann = annotations(story);
  const ents = new Map();
  for (const m of ann.mentions || []) {
    if (!m.entity_id) continue;
    const e = ents.get(m.entity_id) || { id: m.entity_id, name_en: m.name_en || m.entity_id, name_ar: m.name_ar || "", type: m.type, n: 0 };
    e.n += 1;
    ents.set(m.entity_id, e);
  }
  const text = (q) => (q.part === "title" ? story.title || "" : story.text || "").slice(q.start, q.end);
  const entities = [...ents.values()].sort((a, b) => b.n - a.n);
  return h(
    "aside",
    { class: "col-side" },
    section(
      `${t("article.entities")} (${fmtNumber(entities.length)})`,
      h(
        "ul",
        { class: "plain" },
        entities.map((e) =>
          h(
            "li",
            {},
            h("a", { href: `#/entity/${enc(e.id)}`, class: `entity etype-${e.type}`, dir: "auto" }, primaryName(e)),
            " ",
            entityBadge(e.type),
            h("span", { class: "count" }, fmtNumber(e.n)),
          ),
        ),
      ),
    ),
    section(
      `${t("article.events")} (${fmtNumber((ann.events || []).length)})`,
      h(
        "ul",
        { class: "plain" },
        (ann.events || []).map((e) =>
          h(
            "li",
            {},
            typeBadge(e.type),
            " ",
            statusBadge(e.status),
            " ",
            e.cluster_id ? h("a", { href: `#/cluster/${enc(e.cluster_id)}`, dir: "auto" }, text(e)) : h("span", { dir: "auto" }, text(e)),
          ),
        ),
      ),
    ),
    section(
      `${t("article.quotes")} (${fmtNumber((ann.quotes || []).length)})`,
      h(
        "ul",
        { class: "plain quotes" },
        (ann.quotes || []).map((q) => {
          const sp = speakerOf(q);
          return h(
            "li",
            {},
            h("p", { class: "meta" }, sp ? h("a", { href: `#/entity/${enc(sp.id)}` }, primaryName(sp)) : t("article.unknownSpeaker"), " · ", q.direct ? t("direct") : t("indirect")),
            h("blockquote", { dir: "auto" }, text(q)),
          );
        }),
      ),
    ),
  );
}

export async function renderArticle(view, { args, isCurrent }) {
  const story = await api.get(`/api/stories/${enc(args[0])}`);
  if (!isCurrent()) return;
  view.classList.add("article-page");
  const article = h(
    "article",
    { class: "story" },
    // the original text as written: its own direction, no translation, highlights as separate nodes
    h("h1", { class: "story-title", dir: "auto" }, highlight(story.title || "", spansFor(story, "title"))),
    h("p", { class: "meta" }, outletText(story.outlet), " · ", dateText(story.published), " · ", h("bdi", { class: "muted small doc", dir: "ltr", title: t("article.document") }, story.source || story.document || "")),
    h("div", { class: "story-text", dir: "auto" }, highlight(story.text || "", spansFor(story, "text"))),
  );
  view.append(h("div", { class: "columns" }, h("div", { class: "col-main" }, toggles(article), article), sidebar(story)));
}
