// Small pieces shared by the pages: links, badges, cluster cards, pagers, an entity name picker.

import * as api from "./api.js";
import { h } from "./dom.js";
import { ALL_STATUSES, entityTypeLabel, fmtNumber, names, primaryName, statusLabel, t, typeLabel } from "./i18n.js";

export const enc = encodeURIComponent;

/** Go to a hash route (the router listens to hashchange; the same hash renders again). */
export function navigate(hash) {
  if (window.location.hash === hash) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else window.location.hash = hash;
}

export function arrow() {
  return document.documentElement.dir === "rtl" ? "←" : "→";
}

/** A hash link with query parameters: link("#/search", {q: "x"}). */
export function route(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => q.append(k, x));
    else q.set(k, v);
  }
  const qs = q.toString();
  return qs ? `${path}?${qs}` : path;
}

export function section(title, ...children) {
  return h("section", { class: "panel" }, h("h2", {}, title), ...children);
}

export function loading() {
  return h("p", { class: "loading" }, t("loading"));
}

export function errorBox(err) {
  const msg = err && err.code === "network" ? t("error.network") : err?.message || t("error.generic");
  return h("div", { class: "error", role: "alert" }, h("strong", {}, `${t("error.generic")}: `), h("span", { dir: "auto" }, msg));
}

export function typeBadge(type) {
  return h("span", { class: `badge type type-${type}`, dataset: { type } }, typeLabel(type));
}

export function statusBadge(status) {
  return h("span", { class: `badge status status-${status}` }, statusLabel(status));
}

export function entityBadge(type) {
  return h("span", { class: `badge etype etype-${type}` }, entityTypeLabel(type));
}

/** A link to an entity page showing its name in the interface language, the other one on hover. */
export function entityLink(ref, extra) {
  if (!ref) return null;
  const [first, second] = names(ref);
  return h(
    "a",
    { href: `#/entity/${enc(ref.id)}`, class: `entity etype-${ref.type}`, title: second || ref.id, dir: "auto" },
    first,
    extra ?? null,
  );
}

export function dateText(value) {
  return value ? h("bdi", { class: "date", dir: "ltr" }, value) : h("span", { class: "muted" }, t("undated"));
}

export function outletText(value) {
  return value ? h("bdi", { class: "outlet", dir: "auto" }, value) : h("span", { class: "muted" }, t("unknownOutlet"));
}

/** One event cluster as a card: type, status, date, place, participants, sources. */
export function clusterCard(c) {
  const parts = (c.participants || []).map(([ref, n]) => h("li", {}, entityLink(ref), h("span", { class: "count", title: t("cluster.support") }, fmtNumber(n))));
  return h(
    "article",
    { class: `cluster-card type-${c.type}`, dataset: { cluster: c.id } },
    h(
      "header",
      {},
      typeBadge(c.type),
      " ",
      statusBadge(c.status),
      " ",
      dateText(c.date),
      c.location ? h("span", { class: "place" }, " · ", entityLink(c.location)) : null,
    ),
    h("ul", { class: "participants" }, parts),
    h(
      "footer",
      {},
      h("a", { href: `#/cluster/${enc(c.id)}`, class: "more" }, `${fmtNumber(c.source_count)} ${t("sources")} ${arrow()}`),
      " ",
      c.sources && c.sources[0] ? h("span", { class: "muted", dir: "auto" }, c.sources[0].title || "") : null,
    ),
  );
}

/** The status filter of the timeline and graph forms: occurred (the default, value ""), any, or one other. */
export function statusFilter(value) {
  return h(
    "label",
    {},
    t("timeline.status"),
    " ",
    h(
      "select",
      { name: "status" },
      h("option", { value: "" }, statusLabel("occurred")),
      h("option", { value: "any", selected: value === "any" }, t("timeline.anyStatus")),
      ALL_STATUSES.filter((x) => x !== "occurred").map((x) => h("option", { value: x, selected: x === value }, statusLabel(x))),
    ),
  );
}

export function pager(offset, limit, count, total, go) {
  const box = h("nav", { class: "pager" });
  const hasPrev = offset > 0;
  const hasNext = total !== undefined && total !== null ? offset + limit < total : count >= limit;
  box.append(
    h("button", { type: "button", disabled: !hasPrev, onclick: () => go(Math.max(0, offset - limit)) }, t("prev")),
    h(
      "span",
      { class: "muted" },
      total !== undefined && total !== null
        ? `${fmtNumber(offset + 1)}–${fmtNumber(offset + count)} ${t("of")} ${fmtNumber(total)}`
        : `${fmtNumber(offset + 1)}–${fmtNumber(offset + count)}`,
    ),
    h("button", { type: "button", disabled: !hasNext, onclick: () => go(offset + limit) }, t("next")),
  );
  return box;
}

let pickerSeq = 0;

/**
 * A text input that suggests entities from /api/entities?q= as the user types (a <datalist>); its value
 * is whatever was typed (the API resolves names in either language) or the id of a chosen suggestion.
 */
export function entityPicker(name, value, placeholder) {
  const listId = `entity-options-${++pickerSeq}`;
  const list = h("datalist", { id: listId });
  const input = h("input", { type: "search", name, value: value || "", placeholder: placeholder || "", list: listId, autocomplete: "off", dir: "auto" });
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(async () => {
      try {
        const page = await api.get("/api/entities", { q, limit: 8 });
        list.replaceChildren(
          ...(page.items || []).map((e) => h("option", { value: e.id }, `${primaryName(e)} · ${names(e)[1] || ""}`)),
        );
      } catch {
        /* suggestions are optional */
      }
    }, 200);
  });
  return h("span", { class: "picker" }, input, list);
}

export function counts(obj) {
  return h(
    "ul",
    { class: "counts" },
    Object.entries(obj || {}).map(([k, v]) => h("li", {}, h("strong", {}, fmtNumber(v)), " ", t(`count.${k}`))),
  );
}
