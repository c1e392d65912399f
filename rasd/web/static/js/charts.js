// Hand-written SVG charts: events over time (stacked bars), an event timeline (one lane per type),
// roles over time (bars from start to end). Time runs with the reading direction: right to left in
// Arabic, left to right in English.

import { h, s } from "./dom.js";
import { fmtNumber, getLang, primaryName, roleLabel, statusLabel, t, typeLabel } from "./i18n.js";

const DAY = 86400000;

/** "2024", "2024-05" or "2024-05-17" as milliseconds (UTC), or null. */
export function parseDate(value) {
  if (!value || typeof value !== "string") return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

function iso(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function rtl() {
  return getLang() === "ar";
}

/** A linear time scale onto [x0, x1], mirrored in right-to-left layout. */
function scale(min, max, x0, x1) {
  const span = Math.max(max - min, DAY);
  return (ms) => {
    const f = (ms - min) / span;
    return rtl() ? x1 - f * (x1 - x0) : x0 + f * (x1 - x0);
  };
}

/** Tick dates (ms) with labels: years, months or days, whichever gives a handful. */
function ticks(min, max, want = 7) {
  const a = new Date(min);
  const b = new Date(max);
  const years = b.getUTCFullYear() - a.getUTCFullYear();
  const out = [];
  if (years >= 3) {
    const step = Math.max(1, Math.ceil(years / want));
    for (let y = a.getUTCFullYear() + 1; y <= b.getUTCFullYear(); y += step) out.push([Date.UTC(y, 0, 1), String(y)]);
  } else {
    const months = years * 12 + b.getUTCMonth() - a.getUTCMonth();
    if (months >= 2) {
      const step = Math.max(1, Math.ceil(months / want));
      for (let i = 1; i <= months; i += step) {
        const d = Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + i, 1);
        out.push([d, iso(d).slice(0, 7)]);
      }
    } else {
      const days = Math.round((max - min) / DAY);
      const step = Math.max(1, Math.ceil(days / want));
      for (let i = 0; i <= days; i += step) {
        const d = min + i * DAY;
        out.push([d, out.length ? iso(d).slice(5) : iso(d)]); // the first tick says the year
      }
    }
  }
  return out;
}

function axis(x, min, max, y, x0, x1) {
  const g = s("g", { class: "axis" });
  g.append(s("line", { x1: x0, x2: x1, y1: y, y2: y }));
  for (const [ms, label] of ticks(min, max)) {
    if (ms < min || ms > max) continue;
    const px = x(ms);
    g.append(s("line", { x1: px, x2: px, y1: y, y2: y + 5 }), s("text", { x: px, y: y + 18, "text-anchor": "middle" }, label));
  }
  return g;
}

function empty(message) {
  return h("p", { class: "muted chart-empty" }, message);
}

/**
 * Stacked bars of items per period: items are {date, key}; periods are months, or years over a long
 * span. Colours come from the key (an event type) through CSS classes.
 */
export function eventsOverTime(items, { onBar } = {}) {
  const dated = items.map((it) => ({ ...it, ms: parseDate(it.date) })).filter((it) => it.ms !== null);
  if (!dated.length) return empty(t("undated"));
  const min = Math.min(...dated.map((d) => d.ms));
  const max = Math.max(...dated.map((d) => d.ms));
  const byYear = max - min > 4 * 365 * DAY;
  const binOf = (ms) => {
    const d = new Date(ms);
    return byYear ? Date.UTC(d.getUTCFullYear(), 0, 1) : Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  };
  const next = (ms) => {
    const d = new Date(ms);
    return byYear ? Date.UTC(d.getUTCFullYear() + 1, 0, 1) : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  };
  const bins = new Map();
  for (let b = binOf(min); b <= max; b = next(b)) bins.set(b, new Map());
  for (const d of dated) {
    const bin = bins.get(binOf(d.ms));
    bin.set(d.key, (bin.get(d.key) || 0) + 1);
  }
  const keys = [...new Set(dated.map((d) => d.key))].sort();
  const W = 760;
  const H = 200;
  const pad = { l: 30, r: 30, t: 18, b: 28 };
  const start = binOf(min);
  const end = next(binOf(max));
  const x = scale(start, end, pad.l, W - pad.r);
  const top = Math.max(...[...bins.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)), 1);
  const y = (n) => (n / top) * (H - pad.t - pad.b);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart bars", role: "img", "aria-label": t("home.eventsOverTime") });
  for (const [b, counts] of bins) {
    const xa = x(b);
    const xb = x(next(b));
    const left = Math.min(xa, xb) + 1;
    const width = Math.max(Math.abs(xb - xa) - 2, 1);
    let base = H - pad.b;
    const total = [...counts.values()].reduce((a, c) => a + c, 0);
    const g = s("g", { class: "bar", dataset: { from: iso(b), to: iso(next(b) - DAY) } });
    for (const key of keys) {
      const n = counts.get(key) || 0;
      if (!n) continue;
      const hh = y(n);
      base -= hh;
      g.append(s("rect", { x: left, y: base, width, height: hh, class: `fill-${key}` }, s("title", {}, `${typeLabel(key)}: ${fmtNumber(n)}`)));
    }
    if (total) {
      g.append(s("title", {}, `${iso(b).slice(0, byYear ? 4 : 7)}: ${fmtNumber(total)}`));
      if (onBar) {
        g.classList.add("clickable");
        g.addEventListener("click", () => onBar(iso(b), iso(next(b) - DAY)));
      }
    }
    svg.append(g);
  }
  svg.append(axis(x, start, end, H - pad.b, pad.l, W - pad.r));
  svg.append(s("text", { x: rtl() ? W - 4 : 4, y: 12, class: "ymax", "text-anchor": rtl() ? "end" : "start" }, fmtNumber(top)));
  return h("figure", { class: "chart-box" }, svg, keys.length > 1 || keys[0] !== "hits" ? legend(keys) : null);
}

export function legend(keys) {
  return h(
    "figcaption",
    { class: "legend" },
    keys.map((k) => h("span", { class: "legend-item" }, h("i", { class: `swatch bg-${k}` }), typeLabel(k))),
  );
}

/**
 * Event clusters on a time axis, one lane per event type; a dot's area follows its number of sources.
 * Clicking a dot opens the cluster. Undated clusters are not drawn (the caller lists them).
 */
export function eventTimeline(clusters, { highlight } = {}) {
  const dated = clusters.map((c) => ({ c, ms: parseDate(c.date) })).filter((d) => d.ms !== null);
  if (!dated.length) return empty(t("entity.undated"));
  const lanes = [...new Set(dated.map((d) => d.c.type))].sort();
  let min = Math.min(...dated.map((d) => d.ms));
  let max = Math.max(...dated.map((d) => d.ms));
  const margin = Math.max((max - min) * 0.04, 15 * DAY);
  min -= margin;
  max += margin;
  const W = 760;
  const laneH = 34;
  const labelW = 90;
  const pad = { t: 10, b: 30 };
  const H = pad.t + lanes.length * laneH + pad.b;
  const x0 = rtl() ? 12 : labelW;
  const x1 = rtl() ? W - labelW : W - 12;
  const x = scale(min, max, x0, x1);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart timeline-chart", role: "img", "aria-label": t("entity.eventsChart") });
  lanes.forEach((type, i) => {
    const cy = pad.t + i * laneH + laneH / 2;
    svg.append(
      s("line", { class: "lane", x1: x0, x2: x1, y1: cy, y2: cy }),
      s("text", { class: "lane-label", x: rtl() ? W - 4 : 4, y: cy + 4, "text-anchor": rtl() ? "end" : "start" }, typeLabel(type)),
    );
  });
  for (const { c, ms } of dated.sort((a, b) => (b.c.source_count || 1) - (a.c.source_count || 1))) {
    const cy = pad.t + lanes.indexOf(c.type) * laneH + laneH / 2;
    const r = 4 + Math.sqrt(c.source_count || 1) * 2.5;
    const who = (c.participants || []).slice(0, 4).map(([ref]) => primaryName(ref)).join("، ");
    const a = s(
      "a",
      { href: `#/cluster/${encodeURIComponent(c.id)}`, class: "dot-link" },
      s("circle", { cx: x(ms), cy, r: Math.min(r, 14), class: ["dot", `fill-${c.type}`, `status-${c.status}`, highlight === c.id ? "current" : ""] }),
      s("title", {}, `${c.date} · ${typeLabel(c.type)} (${statusLabel(c.status)}) · ${who} · ${fmtNumber(c.source_count)} ${t("sources")}`),
    );
    svg.append(a);
  }
  svg.append(axis(x, min, max, H - pad.b + 6, x0, x1));
  return h("figure", { class: "chart-box" }, svg, legend(lanes));
}

/** Roles (offices) as bars from start to end; an open end runs to today. */
export function rolesChart(roles) {
  const today = Date.now();
  const rows = roles
    .map((r) => ({ r, a: parseDate(r.start), b: r.end ? parseDate(r.end) : today }))
    .filter((d) => d.a !== null);
  if (!rows.length) return null;
  const min = Math.min(...rows.map((d) => d.a));
  const max = Math.max(...rows.map((d) => d.b));
  const W = 760;
  const rowH = 26;
  const pad = { t: 8, b: 30 };
  const H = pad.t + rows.length * rowH + pad.b;
  const x = scale(min, max, 16, W - 16);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart roles-chart", role: "img", "aria-label": t("entity.roles") });
  rows.forEach(({ r, a, b }, i) => {
    const y = pad.t + i * rowH;
    const xa = x(a);
    const xb = x(b);
    const left = Math.min(xa, xb);
    const width = Math.max(Math.abs(xb - xa), 3);
    const label = `${roleLabel(r.role)} · ${r.of}${r.acting ? ` (${t("entity.acting")})` : ""}`;
    const text = `${label}: ${r.start || "?"} – ${r.end || t("entity.present")}`;
    svg.append(
      s("rect", { x: left, y: y + 3, width, height: rowH - 8, rx: 3, class: ["role-bar", r.acting ? "acting" : "", r.end ? "" : "open"] }, s("title", {}, text)),
    );
    // the label sits inside a long bar, or beside a short one
    const inside = width > 190;
    const anchorStart = rtl() ? (inside ? left + width - 6 : left - 6) : inside ? left + 6 : left + width + 6;
    svg.append(
      s(
        "text",
        { x: anchorStart, y: y + rowH / 2 + 3, class: inside ? "role-label inside" : "role-label", "text-anchor": rtl() ? "end" : "start" },
        label,
      ),
    );
  });
  svg.append(axis(x, min, max, H - pad.b + 4, 16, W - 16));
  return h("figure", { class: "chart-box" }, svg);
}
