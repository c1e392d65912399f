// The entity page (names in both languages, roles over time, its events on a timeline, its quotes,
// who appears with it) and the entity list.

import * as api from "../api.js";
import { eventTimeline, rolesChart } from "../charts.js";
import { h } from "../dom.js";
import { ALL_ENTITY_TYPES, entityTypeLabel, fmtNumber, names, roleLabel, t } from "../i18n.js";
import {
  arrow,
  clusterCard,
  dateText,
  enc,
  entityBadge,
  entityLink,
  errorBox,
  loading,
  navigate,
  outletText,
  pager,
  route,
  section,
} from "../ui.js";

function header(page) {
  const e = page.entity;
  return h(
    "header",
    { class: "entity-head" },
    h("h1", {}, h("span", { class: "name-ar", lang: "ar", dir: "rtl" }, e.name_ar || e.name_en)),
    h("p", { class: "name-en" }, h("bdi", { lang: "en", dir: "ltr" }, e.name_en)),
    h(
      "p",
      { class: "meta" },
      entityBadge(e.type),
      page.kind ? h("span", { class: "badge" }, page.kind) : null,
      h("bdi", { class: "muted id", dir: "ltr" }, e.id),
      page.qid ? [" · ", h("bdi", { class: "muted", dir: "ltr", title: "Wikidata" }, page.qid)] : null,
      " · ",
      h("bdi", {}, `${fmtNumber(page.mentions)} ${t("entity.mentions")}`),
      " · ",
      h("a", { href: route("#/search", { entity: e.id, q: e.name_ar || e.name_en }) }, `${fmtNumber(page.stories)} ${t("entity.stories")}`),
    ),
  );
}

function aliases(list) {
  if (!list || !list.length) return null;
  return section(
    t("entity.aliases"),
    h(
      "ul",
      { class: "chips" },
      list.map(([surface, n]) => h("li", {}, h("span", { dir: "auto" }, surface), h("span", { class: "count" }, fmtNumber(n)))),
    ),
  );
}

function roles(list) {
  if (!list || !list.length) return section(t("entity.roles"), h("p", { class: "muted" }, t("entity.noRoles")));
  const sorted = [...list].sort((a, b) => (a.start || "").localeCompare(b.start || ""));
  return section(
    t("entity.roles"),
    rolesChart(sorted),
    h(
      "table",
      { class: "roles" },
      h(
        "tbody",
        {},
        sorted.map((r) =>
          h(
            "tr",
            {},
            h("td", {}, roleLabel(r.role), r.acting ? h("span", { class: "muted" }, ` (${t("entity.acting")})`) : null),
            h("td", { dir: "auto" }, r.of),
            h("td", { class: "dates" }, dateText(r.start), " – ", r.end ? dateText(r.end) : h("span", { class: "muted" }, t("entity.present"))),
          ),
        ),
      ),
    ),
  );
}

function quotes(list) {
  if (!list || !list.length) return section(t("entity.quotes"), h("p", { class: "muted" }, t("entity.noQuotes")));
  return section(
    t("entity.quotes"),
    h(
      "ul",
      { class: "quotes" },
      list.map((q) =>
        h(
          "li",
          { class: q.direct ? "direct" : "indirect" },
          h("blockquote", { dir: "auto" }, q.text),
          h(
            "p",
            { class: "meta" },
            h("span", { class: "badge" }, q.direct ? t("direct") : t("indirect")),
            " ",
            outletText(q.outlet),
            " · ",
            dateText(q.published),
            " · ",
            h("a", { href: `#/story/${enc(q.story_id)}` }, `${t("article.title")} ${arrow()}`),
          ),
        ),
      ),
    ),
  );
}

function cooccurring(page) {
  const list = page.cooccurring || [];
  if (!list.length) return null;
  const top = Math.max(...list.map(([, n]) => n), 1);
  return section(
    t("entity.cooccurring"),
    h(
      "ul",
      { class: "cooccurring" },
      list.map(([ref, n]) =>
        h(
          "li",
          {},
          entityLink(ref),
          h("span", { class: "meter" }, h("span", { class: "meter-fill", style: { width: `${Math.round((100 * n) / top)}%` } })),
          h("span", { class: "count" }, fmtNumber(n)),
          h("a", { class: "small", href: route("#/timeline", { a: page.entity.id, b: ref.id, type: "all" }) }, t("entity.timelineWith")),
        ),
      ),
    ),
  );
}

function events(list, id) {
  if (!list || !list.length) return null;
  const undated = list.filter((c) => !c.date);
  return h(
    "div",
    {},
    section(t("entity.eventsChart"), eventTimeline(list)),
    section(
      `${t("entity.events")} (${fmtNumber(list.length)})`,
      h("p", {}, h("a", { href: route("#/timeline", { a: id, type: "all", status: "any" }) }, `${t("nav.timeline")} ${arrow()}`)),
      h("div", { class: "cluster-list" }, [...list.filter((c) => c.date), ...undated].map(clusterCard)),
    ),
  );
}

export async function renderEntity(view, { args, isCurrent }) {
  const wait = loading();
  view.append(wait);
  const page = await api.get(`/api/entities/${enc(args[0])}`);
  if (!isCurrent()) return;
  wait.remove();
  view.classList.add("entity-page");
  view.append(
    header(page),
    h(
      "div",
      { class: "columns" },
      h("div", { class: "col-main" }, roles(page.roles), events(page.events, page.entity.id), quotes(page.quotes)),
      h("div", { class: "col-side" }, cooccurring(page), aliases(page.aliases)),
    ),
  );
}

const PAGE = 50;

export async function renderEntities(view, { params, isCurrent }) {
  const q = params.get("q") || "";
  const type = params.get("type") || "";
  const offset = Math.max(0, Number.parseInt(params.get("offset") || "0", 10) || 0);
  const f = h(
    "form",
    { class: "row filters" },
    h("input", { type: "search", name: "q", value: q, placeholder: t("entities.filter"), dir: "auto" }),
    h(
      "select",
      { name: "type" },
      h("option", { value: "" }, t("entities.allTypes")),
      ALL_ENTITY_TYPES.map((x) => h("option", { value: x, selected: x === type }, entityTypeLabel(x))),
    ),
    h("button", { type: "submit", class: "primary" }, t("search.button")),
  );
  f.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const d = new FormData(f);
    navigate(route("#/entities", { q: d.get("q"), type: d.get("type") }));
  });
  view.append(h("h1", {}, t("entities.title")), f);
  const wait = loading();
  view.append(wait);
  let page;
  try {
    page = await api.get("/api/entities", { q, type, limit: PAGE, offset });
  } catch (err) {
    wait.replaceWith(errorBox(err));
    return;
  }
  if (!isCurrent()) return;
  wait.remove();
  const items = page.items || [];
  view.append(
    h(
      "table",
      { class: "entities" },
      h("tbody", {}, items.map((e) => h("tr", {}, h("td", {}, entityLink(e)), h("td", { dir: "auto", class: "muted" }, names(e)[1]), h("td", {}, entityBadge(e.type)), h("td", { class: "num" }, fmtNumber(e.mentions))))),
    ),
    pager(offset, PAGE, items.length, page.total, (o) => navigate(route("#/entities", { q, type, offset: o || "" }))),
  );
}
