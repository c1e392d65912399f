// An event cluster: the reconciled type, date and place, its participants, and every source side by
// side with the passage that reported the event (the trigger word highlighted).

import * as api from "../api.js";
import { h, highlight } from "../dom.js";
import { fmtNumber, t } from "../i18n.js";
import { arrow, dateText, enc, entityLink, loading, outletText, section, statusBadge, typeBadge } from "../ui.js";

const MAX_PASSAGES = 16; // stories fetched for their passage; further sources show without one
const PASSAGE = 220; // characters either side of the trigger

function passage(story, clusterId, eventId) {
  const ann = (story.annotations || story).events || [];
  const ev = ann.find((e) => e.id === eventId) || ann.find((e) => e.cluster_id === clusterId && e.part === "text") || ann.find((e) => e.cluster_id === clusterId);
  if (!ev) return null;
  const text = ev.part === "title" ? story.title || "" : story.text || "";
  // from the sentence start before the trigger to the sentence end after it, within PASSAGE characters
  let a = Math.max(0, ev.start - PASSAGE);
  let b = Math.min(text.length, ev.end + PASSAGE);
  const before = text.slice(a, ev.start);
  const cut = Math.max(before.lastIndexOf("\n"), before.lastIndexOf(". "), before.lastIndexOf("."));
  if (cut >= 0) a += cut + 1;
  const after = text.slice(ev.end, b);
  const stop = after.search(/[.\n]/);
  if (stop >= 0) b = ev.end + stop + 1;
  const piece = text.slice(a, b);
  const spans = [
    {
      start: ev.start - a,
      end: ev.end - a,
      layer: "event",
      make: (node) => h("mark", { class: `ann event type-${ev.type}`, dataset: { event: eventId || "" } }, node),
    },
  ];
  return h("p", { class: "passage", dir: "auto" }, a > 0 ? "… " : "", highlight(piece, spans), b < text.length ? " …" : "");
}

function sourceCard(src, cluster) {
  const body = h("div", { class: "passage-box" });
  const card = h(
    "article",
    { class: ["source-card", src.duplicate_of ? "duplicate" : ""], dataset: { event: src.event_id } },
    h("header", {}, outletText(src.outlet), " · ", dateText(src.published)),
    h("h3", { dir: "auto" }, h("a", { href: `#/story/${enc(src.story_id)}` }, src.title || src.document)),
    h("p", { class: "meta" }, `${t("cluster.trigger")}: `, h("mark", { class: `ann event type-${cluster.type}`, dir: "auto" }, src.trigger)),
    src.duplicate_of ? h("p", { class: "muted small" }, `${t("cluster.duplicateOf")} `, h("bdi", { dir: "ltr" }, src.duplicate_of)) : null,
    body,
    h("footer", {}, h("a", { href: `#/story/${enc(src.story_id)}` }, `${t("cluster.openArticle")} ${arrow()}`), h("bdi", { class: "muted small doc", dir: "ltr" }, src.document)),
  );
  return [card, body];
}

export async function renderCluster(view, { args, isCurrent }) {
  const wait = loading();
  view.append(wait);
  const c = await api.get(`/api/clusters/${enc(args[0])}`);
  if (!isCurrent()) return;
  wait.remove();
  view.classList.add("cluster-page");
  const conf = c.date_confidence !== null && c.date_confidence !== undefined ? ` (${t("cluster.confidence")} ${Math.round(c.date_confidence * 100)}%)` : "";
  const participants = (c.participants || []).map(([ref, n]) =>
    h("li", {}, entityLink(ref), h("span", { class: "count", title: t("cluster.support") }, fmtNumber(n))),
  );
  const ids = (c.participants || []).map(([ref]) => ref.id);
  view.append(
    h(
      "header",
      { class: "cluster-head" },
      h(
        "h1",
        {},
        typeBadge(c.type),
        " ",
        statusBadge(c.status),
        " ",
        h("span", { class: "who" }, (c.participants || []).slice(0, 3).map(([ref], i) => [i ? " · " : "", entityLink(ref)])),
      ),
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, t("cluster.date")),
        h("dd", { class: "reconciled-date" }, c.date ? h("bdi", { dir: "ltr" }, c.date) : t("cluster.noDate"), h("span", { class: "muted" }, conf)),
        h("dt", {}, t("cluster.place")),
        h("dd", { class: "reconciled-place" }, c.location ? entityLink(c.location) : h("span", { class: "muted" }, t("cluster.noPlace"))),
        h("dt", {}, t("cluster.sourceCount")),
        h("dd", {}, fmtNumber(c.source_count)),
      ),
      h("h2", {}, t("cluster.participants")),
      h("ul", { class: "chips participants" }, participants),
      ids.length >= 2
        ? h("p", {}, h("a", { href: `#/timeline?a=${enc(ids[0])}&b=${enc(ids[1])}&type=all` }, `${t("nav.timeline")} ${arrow()}`))
        : null,
    ),
  );
  const grid = h("div", { class: "sources-grid" });
  view.append(section(`${t("cluster.sources")} (${fmtNumber((c.sources || []).length)})`, grid));
  const bodies = [];
  for (const src of c.sources || []) {
    const [card, body] = sourceCard(src, c);
    grid.append(card);
    bodies.push([src, body]);
  }
  // the passages: one request per story, a few at a time
  const stories = new Map();
  await Promise.all(
    bodies.slice(0, MAX_PASSAGES).map(async ([src, body]) => {
      try {
        if (!stories.has(src.story_id)) stories.set(src.story_id, api.get(`/api/stories/${enc(src.story_id)}`));
        const story = await stories.get(src.story_id);
        if (!isCurrent()) return;
        const p = passage(story, c.id, src.event_id);
        if (p) body.append(p);
      } catch {
        /* the card still names the source */
      }
    }),
  );
}
