// The timeline between two entities (or of one): their shared event clusters in date order, as a chart
// and as a list of cards grouped by date.

import * as api from "../api.js";
import { eventTimeline } from "../charts.js";
import { h } from "../dom.js";
import { ALL_EVENT_TYPES, fmtNumber, primaryName, t, typeLabel } from "../i18n.js";
import { clusterCard, entityLink, entityPicker, errorBox, loading, navigate, route, section, statusFilter } from "../ui.js";

function state(params) {
  return {
    a: params.get("a") || params.get("entity") || "",
    b: params.get("b") || params.get("with") || "",
    type: params.get("type") || "",
    status: params.get("status") || "",
    from: params.get("from") || "",
    to: params.get("to") || "",
  };
}

function form(st) {
  const f = h(
    "form",
    { class: "timeline-form" },
    h(
      "div",
      { class: "row" },
      h("label", {}, t("timeline.first"), " ", entityPicker("a", st.a, t("search.entityPlaceholder"))),
      h("label", {}, t("timeline.second"), " ", entityPicker("b", st.b, t("search.entityPlaceholder"))),
    ),
    h(
      "div",
      { class: "row filters" },
      h(
        "label",
        {},
        t("timeline.type"),
        " ",
        h(
          "select",
          { name: "type" },
          h("option", { value: "" }, t("timeline.anyType")),
          h("option", { value: "all", selected: st.type === "all" }, t("timeline.allTypes")),
          ALL_EVENT_TYPES.map((x) => h("option", { value: x, selected: x === st.type }, typeLabel(x))),
        ),
      ),
      statusFilter(st.status),
      h("label", {}, t("search.from"), " ", h("input", { type: "date", name: "from", value: st.from })),
      h("label", {}, t("search.to"), " ", h("input", { type: "date", name: "to", value: st.to })),
      h("button", { type: "submit", class: "primary" }, t("timeline.show")),
    ),
  );
  f.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const d = new FormData(f);
    const next = {};
    for (const k of ["a", "b", "type", "status", "from", "to"]) next[k] = String(d.get(k) || "").trim();
    navigate(route("#/timeline", next));
  });
  return f;
}

/** The API's parameters for the form's state: "all" types sends every type, "any" status none. */
function query(st) {
  return {
    entity: st.a,
    with: st.b,
    type: st.type === "all" ? ALL_EVENT_TYPES.join(",") : st.type,
    status: st.status === "any" ? "any" : st.status,
    from: st.from,
    to: st.to,
  };
}

/** The entity a name or id means, for the heading: the first suggestion of /api/entities. */
async function lookup(name) {
  try {
    const page = await api.get("/api/entities", { q: name, limit: 1 });
    return page.items && page.items[0] ? page.items[0] : null;
  } catch {
    return null;
  }
}

export async function renderTimeline(view, { params, isCurrent }) {
  const st = state(params);
  view.classList.add("timeline-page");
  view.append(h("h1", {}, t("timeline.title")), form(st));
  if (!st.a) {
    view.append(h("p", { class: "muted" }, t("timeline.pick")));
    return;
  }
  const wait = loading();
  view.append(wait);
  let list;
  let who = [];
  try {
    [list, ...who] = await Promise.all([
      api.get("/api/timeline", query(st)),
      lookup(st.a),
      st.b ? lookup(st.b) : null,
    ]);
  } catch (err) {
    wait.replaceWith(errorBox(err));
    return;
  }
  if (!isCurrent()) return;
  wait.remove();
  list = Array.isArray(list) ? list : list.items || [];
  const heads = who.filter(Boolean).map((e) => entityLink(e));
  view.append(
    h(
      "h2",
      { class: "pair" },
      heads.length === 2 ? [heads[0], " ⟷ ", heads[1]] : heads,
      " ",
      h("span", { class: "muted" }, `(${fmtNumber(list.length)})`),
    ),
  );
  if (!list.length) {
    view.append(h("p", { class: "empty" }, t("timeline.none")));
    return;
  }
  view.append(section(t("entity.eventsChart"), eventTimeline(list)));
  // cards grouped by date, the undated ones last
  const groups = new Map();
  for (const c of list) {
    const key = c.date || "";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(c);
  }
  const ol = h("ol", { class: "timeline" });
  for (const [date, cs] of groups) {
    ol.append(
      h(
        "li",
        { class: "tl-item" },
        h("div", { class: "tl-date" }, date ? h("bdi", { dir: "ltr" }, date) : t("timeline.undated")),
        h("div", { class: "tl-cards" }, cs.map(clusterCard)),
      ),
    );
  }
  view.append(section(`${t("entity.events")}: ${heads.length ? who.filter(Boolean).map((e) => primaryName(e)).join(" ⟷ ") : ""}`, ol));
}
