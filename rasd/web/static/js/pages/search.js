// Search: a query box, filters (entity, dates), facets (outlet, entity, event type, date) and hits whose
// snippets show the matched words highlighted. Without a query: what the knowledge base holds.

import * as api from "../api.js";
import { eventsOverTime } from "../charts.js";
import { bracketMarks, h } from "../dom.js";
import { fmtNumber, names, primaryName, t, typeLabel } from "../i18n.js";
import { counts, dateText, entityLink, entityPicker, errorBox, loading, navigate, outletText, pager, route, section } from "../ui.js";

const LIMIT = 20;
const HOME_CLUSTERS = 2000; // clusters read for the home page's events-over-time chart

function state(params) {
  return {
    q: params.get("q") || "",
    entity: params.get("entity") || "",
    from: params.get("from") || "",
    to: params.get("to") || "",
    outlet: params.get("outlet") || "",
    type: params.get("type") || "",
    offset: Math.max(0, Number.parseInt(params.get("offset") || "0", 10) || 0),
  };
}

function go(st, changes) {
  const next = { ...st, offset: 0, ...changes };
  navigate(route("#/search", { ...next, offset: next.offset || "" }));
}

function form(st) {
  const f = h(
    "form",
    { class: "search-form", role: "search" },
    h(
      "div",
      { class: "row main-row" },
      h("input", { type: "search", name: "q", value: st.q, placeholder: t("search.placeholder"), dir: "auto", "aria-label": t("search.button"), autofocus: true }),
      h("button", { type: "submit", class: "primary" }, t("search.button")),
    ),
    h(
      "div",
      { class: "row filters" },
      h("label", {}, t("search.entity"), " ", entityPicker("entity", st.entity, t("search.entityPlaceholder"))),
      h("label", {}, t("search.from"), " ", h("input", { type: "date", name: "from", value: st.from })),
      h("label", {}, t("search.to"), " ", h("input", { type: "date", name: "to", value: st.to })),
      st.entity || st.from || st.to || st.outlet || st.type
        ? h("button", { type: "button", class: "link", onclick: () => go(st, { entity: "", from: "", to: "", outlet: "", type: "" }) }, t("search.clear"))
        : null,
    ),
  );
  f.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(f);
    go(st, { q: String(data.get("q") || "").trim(), entity: String(data.get("entity") || "").trim(), from: data.get("from"), to: data.get("to") });
  });
  return f;
}

const FACET_SHOWN = 8; // rows of a facet shown before "more"

function facetList(title, rows, current, choose, testid) {
  if (!rows || !rows.length) return null;
  const more = rows.length > FACET_SHOWN + 2;
  const list = h(
    "ul",
    {},
    rows.map(([value, label, count, extra], i) =>
      h(
        "li",
        { class: [current === value ? "chosen" : "", more && i >= FACET_SHOWN && current !== value ? "extra" : ""] },
        h("button", { type: "button", class: "link", onclick: () => choose(current === value ? "" : value), title: extra || "", dir: "auto" }, label),
        h("span", { class: "count" }, fmtNumber(count)),
      ),
    ),
  );
  const box = h("div", { class: ["facet", more ? "collapsed" : ""], dataset: { facet: testid } }, h("h3", {}, title), list);
  if (more) {
    const toggle = h("button", { type: "button", class: "link more" }, `${t("search.more")} (${fmtNumber(rows.length - FACET_SHOWN)})`);
    toggle.addEventListener("click", () => {
      box.classList.remove("collapsed");
      toggle.remove();
    });
    box.append(toggle);
  }
  return box;
}

function facets(st, result, items) {
  const f = result.facets || {};
  const entity = (f.entity || []).map((e) => [e.id, primaryName(e), e.count, names(e)[1]]);
  const outlet = (f.outlet || []).map((o) => [o.value || "", o.value || t("unknownOutlet"), o.count]);
  const type = (f.type || []).map((o) => [o.value, typeLabel(o.value), o.count]);
  const dated = items.filter((it) => it.published).map((it) => ({ date: it.published, key: "hits" }));
  return h(
    "aside",
    { class: "facets" },
    facetList(t("facet.entity"), entity, st.entity, (v) => go(st, { entity: v }), "entity"),
    facetList(t("facet.type"), type, st.type, (v) => go(st, { type: v }), "type"),
    facetList(t("facet.outlet"), outlet, st.outlet, (v) => go(st, { outlet: v }), "outlet"),
    dated.length
      ? h(
          "div",
          { class: "facet", dataset: { facet: "date" } },
          h("h3", {}, t("facet.date")),
          eventsOverTime(dated, { onBar: (from, to) => go(st, { from, to }) }),
        )
      : null,
  );
}

function hit(it) {
  return h(
    "li",
    { class: "hit", dataset: { story: it.story_id } },
    h(
      "h3",
      {},
      h(
        "a",
        { href: `#/story/${encodeURIComponent(it.story_id)}`, dir: "auto" },
        it.title ||
          h("span", { class: "muted" }, `${t("search.untitled")} · `, h("bdi", { dir: "ltr" }, String(it.document || "").split(/[\\/]/).pop())),
      ),
    ),
    h(
      "p",
      { class: "meta" },
      outletText(it.outlet),
      " · ",
      dateText(it.published),
      it.duplicates && it.duplicates.length
        ? h("span", { class: "dups", title: it.duplicates.join("\n") }, ` · +${fmtNumber(it.duplicates.length)} ${t("search.duplicates")}`)
        : null,
    ),
    h("p", { class: "snippet", dir: "auto" }, bracketMarks(it.snippet)),
  );
}

async function home(view) {
  const health = await api.get("/api/health").catch(() => null);
  const box = h("div", { class: "home" });
  box.append(h("h1", {}, t("home.title")), h("p", { class: "muted" }, t("search.hint")));
  if (health && health.counts) box.append(section(t("home.counts"), counts(health.counts)));
  view.append(box);
  try {
    // every cluster's date and type, 200 a page, up to HOME_CLUSTERS
    const clusters = [];
    for (let offset = 0; offset < HOME_CLUSTERS; offset += 200) {
      const page = await api.get("/api/clusters", { limit: 200, offset });
      clusters.push(...(page.items || []));
      if (!page.items || page.items.length < 200 || clusters.length >= (page.total ?? 0)) break;
    }
    const items = clusters.map((c) => ({ date: c.date, key: c.type }));
    if (items.length) {
      box.append(
        section(
          t("home.eventsOverTime"),
          eventsOverTime(items, { onBar: (from, to) => navigate(route("#/timeline", { from, to })) }),
        ),
      );
    }
  } catch {
    /* the chart is a bonus */
  }
  try {
    const ents = await api.get("/api/entities", { limit: 24 });
    if (ents.items && ents.items.length) {
      box.append(
        section(
          t("nav.entities"),
          h("ul", { class: "chips" }, ents.items.map((e) => h("li", {}, entityLink(e), h("span", { class: "count" }, fmtNumber(e.mentions))))),
        ),
      );
    }
  } catch {
    /* optional */
  }
}

const FILTER_POOL = 200; // with an outlet or type facet chosen, the best hits filtered here

/** Whether a story reports an event of this type (its annotations, fetched a few at a time). */
async function storyTypes(items) {
  const out = new Map();
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const it = items[next++];
      try {
        const st = await api.get(`/api/stories/${encodeURIComponent(it.story_id)}`);
        out.set(it.story_id, new Set(((st.annotations || st).events || []).map((e) => e.type)));
      } catch {
        out.set(it.story_id, new Set());
      }
    }
  };
  await Promise.all([1, 2, 3, 4, 5, 6].map(worker));
  return out;
}

/**
 * The hits of one page. The server filters by query, entity and dates; the outlet and event-type
 * facets are applied here, over the best FILTER_POOL hits, and paged here too.
 */
async function fetchHits(st) {
  const base = { q: st.q, entity: st.entity, from: st.from, to: st.to };
  if (!st.outlet && !st.type) {
    const result = await api.get("/api/search", { ...base, limit: LIMIT, offset: st.offset });
    return { result, items: result.items || [], total: null };
  }
  const result = await api.get("/api/search", { ...base, limit: FILTER_POOL, offset: 0 });
  let items = result.items || [];
  if (st.outlet) items = items.filter((it) => (it.outlet || "") === st.outlet);
  if (st.type) {
    const types = await storyTypes(items);
    items = items.filter((it) => types.get(it.story_id)?.has(st.type));
  }
  return { result, items: items.slice(st.offset, st.offset + LIMIT), total: items.length };
}

export async function renderSearch(view, { params, isCurrent }) {
  const st = state(params);
  view.append(form(st));
  if (!st.q) {
    await home(view);
    return;
  }
  const body = h("div", { class: "search-body" });
  const wait = loading();
  view.append(body, wait);
  let got;
  try {
    got = await fetchHits(st);
  } catch (err) {
    wait.replaceWith(errorBox(err));
    return;
  }
  if (!isCurrent()) return;
  wait.remove();
  const { result, items, total } = got;
  const list = h("ol", { class: "hits", start: st.offset + 1 }, items.map(hit));
  body.append(
    facets(st, result, items),
    h(
      "div",
      { class: "results" },
      h("h2", {}, t("search.results"), " ", total !== null ? h("span", { class: "muted" }, `(${fmtNumber(total)})`) : null),
      items.length ? list : h("p", { class: "empty" }, t("search.none")),
      items.length || st.offset ? pager(st.offset, LIMIT, items.length, total, (offset) => go(st, { offset })) : null,
    ),
  );
}
