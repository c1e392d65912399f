// The relation graph: entities joined by the event clusters they share, laid out by a small
// hand-written force simulation in SVG. Filters by event type, date and status go to the server; the
// minimum edge weight and the node cap are applied here.

import * as api from "../api.js";
import { h, s } from "../dom.js";
import { ALL_EVENT_TYPES, entityTypeLabel, fmtNumber, names, primaryName, t, typeLabel } from "../i18n.js";
import { arrow, entityBadge, entityLink, errorBox, loading, navigate, route, statusFilter } from "../ui.js";

const W = 900;
const H = 620;

function state(params) {
  const types = (params.get("type") || "").split(",").filter((x) => ALL_EVENT_TYPES.includes(x));
  return {
    types,
    from: params.get("from") || "",
    to: params.get("to") || "",
    status: params.get("status") || "",
    min: Math.max(1, Number.parseInt(params.get("min") || "1", 10) || 1),
    max: Math.min(1000, Math.max(5, Number.parseInt(params.get("max") || "150", 10) || 150)),
  };
}

function form(st) {
  const f = h(
    "form",
    { class: "graph-form" },
    h(
      "fieldset",
      { class: "types" },
      h("legend", {}, t("graph.types")),
      ALL_EVENT_TYPES.map((x) =>
        h("label", { class: "check" }, h("input", { type: "checkbox", name: "type", value: x, checked: st.types.includes(x) }), h("i", { class: `swatch bg-${x}` }), typeLabel(x)),
      ),
    ),
    h(
      "div",
      { class: "row filters" },
      h("label", {}, t("search.from"), " ", h("input", { type: "date", name: "from", value: st.from })),
      h("label", {}, t("search.to"), " ", h("input", { type: "date", name: "to", value: st.to })),
      statusFilter(st.status),
      h("label", {}, t("graph.minWeight"), " ", h("input", { type: "number", name: "min", min: 1, max: 100, value: st.min, class: "narrow" })),
      h("label", {}, t("graph.maxNodes"), " ", h("input", { type: "number", name: "max", min: 5, max: 1000, value: st.max, class: "narrow" })),
      h("button", { type: "submit", class: "primary" }, t("graph.apply")),
    ),
  );
  f.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const d = new FormData(f);
    navigate(
      route("#/graph", {
        type: d.getAll("type").join(","),
        from: d.get("from"),
        to: d.get("to"),
        status: d.get("status"),
        min: d.get("min") === "1" ? "" : d.get("min"),
        max: d.get("max") === "150" ? "" : d.get("max"),
      }),
    );
  });
  return f;
}

/** "meet:3,call:1" or {meet: 3} or [["meet", 3]] as [[type, count], …]. */
function typeCounts(types) {
  if (!types) return [];
  if (typeof types === "string") {
    return types
      .split(",")
      .map((x) => x.split(":"))
      .filter((p) => p[0])
      .map(([k, v]) => [k, Number(v) || 1]);
  }
  if (Array.isArray(types)) return types.map((x) => (Array.isArray(x) ? x : [x, 1]));
  return Object.entries(types);
}

/** The nodes and edges to draw: edges of at least `min` weight, the `max` best-connected nodes. */
function select(data, st) {
  const edges = (data.edges || data.links || []).filter((e) => (e.weight || 1) >= st.min);
  const strength = new Map();
  for (const e of edges) {
    strength.set(e.source, (strength.get(e.source) || 0) + (e.weight || 1));
    strength.set(e.target, (strength.get(e.target) || 0) + (e.weight || 1));
  }
  const keep = new Set(
    [...strength.entries()]
      .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
      .slice(0, st.max)
      .map(([id]) => id),
  );
  const nodes = (data.nodes || []).filter((n) => keep.has(n.id)).map((n) => ({ ...n, strength: strength.get(n.id) || 0 }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = edges
    .filter((e) => byId.has(e.source) && byId.has(e.target))
    .map((e) => ({ ...e, a: byId.get(e.source), b: byId.get(e.target) }));
  return { nodes, links, byId };
}

/** A small force simulation: pairwise repulsion, springs on edges, a pull to the centre. */
class Layout {
  constructor(nodes, links) {
    this.nodes = nodes;
    this.links = links;
    this.alpha = 1;
    const n = nodes.length;
    nodes.forEach((node, i) => {
      // a deterministic spiral start, so a page looks the same each time it opens
      const r = 12 * Math.sqrt(i + 0.5);
      const a = i * 2.399963;
      node.x = W / 2 + r * Math.cos(a);
      node.y = H / 2 + r * Math.sin(a);
      node.vx = 0;
      node.vy = 0;
    });
    this.ideal = n > 80 ? 70 : 90;
    this.charge = n > 80 ? 6000 : 5000;
  }

  tick() {
    const { nodes, links } = this;
    const k = this.alpha;
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i];
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) {
          dx = (i - j) * 0.1;
          dy = 0.1;
          d2 = dx * dx + dy * dy;
        }
        if (d2 > 250000) continue;
        const f = (this.charge * k) / d2;
        const d = Math.sqrt(d2);
        const fx = (dx / d) * f;
        const fy = (dy / d) * f;
        a.vx -= fx;
        a.vy -= fy;
        b.vx += fx;
        b.vy += fy;
      }
    }
    for (const l of links) {
      const dx = l.b.x - l.a.x;
      const dy = l.b.y - l.a.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - this.ideal) / d) * 0.04 * k * Math.min(1 + Math.log(l.weight || 1), 3);
      l.a.vx += dx * f;
      l.a.vy += dy * f;
      l.b.vx -= dx * f;
      l.b.vy -= dy * f;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.012 * k;
      n.vy += (H / 2 - n.y) * 0.012 * k;
      if (n.fixed) {
        n.vx = 0;
        n.vy = 0;
        continue;
      }
      n.vx *= 0.6;
      n.vy *= 0.6;
      n.x += Math.max(-30, Math.min(30, n.vx));
      n.y += Math.max(-30, Math.min(30, n.vy));
    }
    this.alpha *= 0.985;
    return this.alpha > 0.02;
  }
}

function radius(n) {
  return 5 + Math.min(14, Math.sqrt(n.strength) * 2.2);
}

function draw(container, info, { nodes, links }) {
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "graph", role: "img", "aria-label": t("graph.title") });
  const world = s("g", { class: "world" });
  const linkLayer = s("g", { class: "links" });
  const nodeLayer = s("g", { class: "nodes" });
  const labelLayer = s("g", { class: "labels" }); // above every circle
  world.append(linkLayer, nodeLayer, labelLayer);
  svg.append(world);
  const neighbours = new Map(nodes.map((n) => [n.id, new Set()]));
  for (const l of links) {
    neighbours.get(l.a.id).add(l.b.id);
    neighbours.get(l.b.id).add(l.a.id);
  }
  const maxW = Math.max(...links.map((l) => l.weight || 1), 1);
  for (const l of links) {
    const types = typeCounts(l.types).sort((x, y) => y[1] - x[1]);
    l.el = s(
      "line",
      { class: ["edge", types[0] ? `stroke-${types[0][0]}` : ""], "stroke-width": 1 + (4 * (l.weight || 1)) / maxW, dataset: { source: l.a.id, target: l.b.id } },
      s("title", {}, `${primaryName(l.a)} – ${primaryName(l.b)}: ${fmtNumber(l.weight)} · ${types.map(([k, v]) => `${typeLabel(k)} ${v}`).join("، ")}${l.first ? ` · ${l.first} – ${l.last}` : ""}`),
    );
    linkLayer.append(l.el);
  }
  const showAll = nodes.length <= 40;
  const strongest = [...nodes].sort((a, b) => b.strength - a.strength).slice(0, 18);
  const labelled = new Set(showAll ? nodes.map((n) => n.id) : strongest.map((n) => n.id));
  for (const n of nodes) {
    const r = radius(n);
    n.el = s(
      "g",
      { class: ["node", `etype-${n.type}`, labelled.has(n.id) ? "labelled" : ""], dataset: { id: n.id }, tabindex: 0 },
      s("circle", { r, class: `fill-etype-${n.type}` }),
      s("title", {}, `${names(n).filter(Boolean).join(" · ")} (${entityTypeLabel(n.type)})`),
    );
    n.label_el = s("text", { class: ["label", labelled.has(n.id) ? "labelled" : ""], dy: r + 12, "text-anchor": "middle", dataset: { id: n.id } }, primaryName(n) || n.label || n.id);
    nodeLayer.append(n.el);
    labelLayer.append(n.label_el);
  }
  const layout = new Layout(nodes, links);
  const paint = () => {
    for (const l of links) {
      l.el.setAttribute("x1", l.a.x.toFixed(1));
      l.el.setAttribute("y1", l.a.y.toFixed(1));
      l.el.setAttribute("x2", l.b.x.toFixed(1));
      l.el.setAttribute("y2", l.b.y.toFixed(1));
    }
    for (const n of nodes) {
      const at = `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`;
      n.el.setAttribute("transform", at);
      n.label_el.setAttribute("transform", at);
    }
  };
  // zoom (wheel) and pan (drag on the background)
  const view = { x: 0, y: 0, k: 1 };
  const applyView = () => {
    world.setAttribute("transform", `translate(${view.x.toFixed(1)},${view.y.toFixed(1)}) scale(${view.k.toFixed(3)})`);
    svg.style.fontSize = `${(11 / view.k).toFixed(2)}px`; // labels keep their size when zoomed
  };
  /** Spread or shrink the laid-out positions to fill the drawing, and reset zoom and pan. */
  const fit = () => {
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const m = 40;
    const k = Math.min((W - 2 * m) / Math.max(x1 - x0, 1), (H - 2 * m - 14) / Math.max(y1 - y0, 1), 3);
    for (const n of nodes) {
      n.x = W / 2 + (n.x - (x0 + x1) / 2) * k;
      n.y = H / 2 - 7 + (n.y - (y0 + y1) / 2) * k;
    }
    Object.assign(view, { k: 1, x: 0, y: 0 });
    applyView();
    paint();
  };
  // the layout is computed before it is shown (the same picture each time); dragging animates
  for (let i = 0; i < 400 && layout.tick(); i++);
  fit();
  svg.dataset.settled = "1";
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    const step = () => {
      if (!svg.isConnected) {
        running = false;
        return;
      }
      const more = layout.tick();
      paint();
      if (more) requestAnimationFrame(step);
      else {
        running = false;
        svg.dataset.settled = "1";
      }
    };
    requestAnimationFrame(step);
  };

  const toSvg = (ev) => {
    const p = svg.createSVGPoint();
    p.x = ev.clientX;
    p.y = ev.clientY;
    const q = p.matrixTransform(svg.getScreenCTM().inverse());
    return { x: q.x, y: q.y };
  };
  svg.addEventListener(
    "wheel",
    (ev) => {
      ev.preventDefault();
      const p = toSvg(ev);
      const k = Math.min(6, Math.max(0.3, view.k * (ev.deltaY < 0 ? 1.15 : 1 / 1.15)));
      view.x = p.x - ((p.x - view.x) * k) / view.k;
      view.y = p.y - ((p.y - view.y) * k) / view.k;
      view.k = k;
      applyView();
    },
    { passive: false },
  );
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => {
    const g = ev.target.closest("g.node");
    const p = toSvg(ev);
    if (g) {
      const node = nodes.find((n) => n.id === g.dataset.id);
      drag = { node, moved: false, start: p };
      node.fixed = true;
    } else {
      drag = { pan: true, start: p, x: view.x, y: view.y };
    }
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const p = toSvg(ev);
    if (drag.pan) {
      view.x = drag.x + p.x - drag.start.x;
      view.y = drag.y + p.y - drag.start.y;
      applyView();
      return;
    }
    if (Math.abs(p.x - drag.start.x) + Math.abs(p.y - drag.start.y) > 3) drag.moved = true;
    if (!drag.moved) return;
    drag.node.x = (p.x - view.x) / view.k;
    drag.node.y = (p.y - view.y) / view.k;
    layout.alpha = Math.max(layout.alpha, 0.3);
    paint();
    run();
  });
  const end = () => {
    if (!drag) return;
    if (drag.node) {
      drag.node.fixed = drag.moved; // a dragged node stays where it was put
      if (!drag.moved) choose(drag.node);
    }
    drag = null;
  };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", end);
  svg.addEventListener("keydown", (ev) => {
    const g = ev.target.closest && ev.target.closest("g.node");
    if (g && (ev.key === "Enter" || ev.key === " ")) choose(nodes.find((n) => n.id === g.dataset.id));
  });

  // hover and selection: the node, its neighbours and their edges stand out
  const focus = (id) => {
    svg.classList.toggle("focused", !!id);
    const near = id ? neighbours.get(id) : null;
    for (const n of nodes) {
      const on = !!id && (n.id === id || near.has(n.id));
      n.el.classList.toggle("near", on);
      n.label_el.classList.toggle("near", on);
    }
    for (const l of links) l.el.classList.toggle("near", !!id && (l.a.id === id || l.b.id === id));
  };
  let chosen = null;
  svg.addEventListener("pointerover", (ev) => {
    const g = ev.target.closest && ev.target.closest("g.node");
    if (g) focus(g.dataset.id);
  });
  svg.addEventListener("pointerout", (ev) => {
    const g = ev.target.closest && ev.target.closest("g.node");
    if (g) focus(chosen ? chosen.id : null);
  });
  function choose(node) {
    chosen = node;
    for (const n of nodes) n.el.classList.toggle("chosen", n === node);
    focus(node.id);
    const near = links
      .filter((l) => l.a === node || l.b === node)
      .map((l) => [l.a === node ? l.b : l.a, l])
      .sort((x, y) => (y[1].weight || 1) - (x[1].weight || 1));
    info.replaceChildren(
      h("h2", {}, entityLink(node)),
      h("p", { class: "muted", dir: "auto" }, names(node)[1] || ""),
      h("p", {}, entityBadge(node.type)),
      h("p", {}, h("a", { href: `#/entity/${encodeURIComponent(node.id)}` }, `${t("graph.open")} ${arrow()}`)),
      h("h3", {}, t("graph.neighbours")),
      h(
        "ul",
        { class: "plain" },
        near.map(([other, l]) =>
          h(
            "li",
            {},
            entityLink(other),
            " ",
            h("a", { class: "count", href: route("#/timeline", { a: node.id, b: other.id, type: "all" }), title: t("entity.timelineWith") }, fmtNumber(l.weight)),
          ),
        ),
      ),
    );
  }
  const reset = h("button", {
    type: "button",
    onclick: () => {
      for (const n of nodes) n.fixed = false;
      const fresh = new Layout(nodes, links); // back to the starting spiral
      for (let i = 0; i < 400 && fresh.tick(); i++);
      layout.alpha = 0;
      fit();
    },
  }, t("graph.reset"));
  container.append(h("div", { class: "graph-tools" }, reset), svg);
}

export async function renderGraph(view, { params, isCurrent }) {
  const st = state(params);
  view.classList.add("graph-page");
  view.append(h("h1", {}, t("graph.title")), h("p", { class: "muted" }, t("graph.help")), form(st));
  const wait = loading();
  view.append(wait);
  let data;
  try {
    data = await api.get("/api/graph", { type: st.types.join(","), from: st.from, to: st.to, status: st.status });
  } catch (err) {
    wait.replaceWith(errorBox(err));
    return;
  }
  if (!isCurrent()) return;
  wait.remove();
  const picked = select(data, st);
  view.append(
    h(
      "p",
      { class: "muted stats" },
      `${fmtNumber((data.nodes || []).length)} ${t("graph.nodes")} · ${fmtNumber((data.edges || data.links || []).length)} ${t("graph.edges")} — ${t("graph.shown")}: ${fmtNumber(picked.nodes.length)} / ${fmtNumber(picked.links.length)}`,
    ),
  );
  if (!picked.nodes.length) {
    view.append(h("p", { class: "empty" }, t("graph.empty")));
    return;
  }
  const info = h("aside", { class: "graph-info col-side" }, h("p", { class: "muted" }, t("graph.help")));
  const stage = h("div", { class: "graph-stage col-main" });
  view.append(h("div", { class: "columns" }, stage, info));
  draw(stage, info, picked);
  const legendTypes = [...new Set(picked.nodes.map((n) => n.type))].sort();
  stage.append(
    h("p", { class: "legend" }, legendTypes.map((x) => h("span", { class: "legend-item" }, h("i", { class: `swatch bg-etype-${x}` }), entityTypeLabel(x)))),
  );
}
