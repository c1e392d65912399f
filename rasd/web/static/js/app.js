// The application: a hash router (#/search?q=…, #/entity/ID, …) that renders one page into <main>.

import * as api from "./api.js";
import { clear, h } from "./dom.js";
import { applyLang, getLang, setLang } from "./i18n.js";
import { renderArticle } from "./pages/article.js";
import { renderCluster } from "./pages/cluster.js";
import { renderEntities, renderEntity } from "./pages/entity.js";
import { renderGraph } from "./pages/graph.js";
import { renderSearch } from "./pages/search.js";
import { renderTimeline } from "./pages/timeline.js";
import { renderUpload } from "./pages/upload.js";
import { errorBox } from "./ui.js";

const ROUTES = [
  [/^\/?$/, "search", renderSearch],
  [/^\/search$/, "search", renderSearch],
  [/^\/entities$/, "entities", renderEntities],
  [/^\/entity\/(.+)$/, "entities", renderEntity],
  [/^\/cluster\/(.+)$/, "timeline", renderCluster],
  [/^\/timeline$/, "timeline", renderTimeline],
  [/^\/graph$/, "graph", renderGraph],
  [/^\/(?:story|article)\/(.+)$/, "search", renderArticle],
  [/^\/upload$/, "upload", renderUpload],
];

let generation = 0; // a render that finishes after the user moved on is dropped

export function currentRoute() {
  const raw = window.location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = raw.split("?");
  return { path, params: new URLSearchParams(query) };
}

async function render() {
  const my = ++generation;
  const main = document.getElementById("main");
  const { path, params } = currentRoute();
  let found = null;
  let match = null;
  for (const [re, nav, fn] of ROUTES) {
    match = re.exec(path);
    if (match) {
      found = [nav, fn];
      break;
    }
  }
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", !!found && a.dataset.route === found[0]);
  const view = h("div", { class: "view" });
  clear(main).append(view);
  document.body.dataset.page = found ? found[0] : "none";
  if (!found) {
    view.append(errorBox({ message: `${path}: 404` }));
    return;
  }
  const args = match.slice(1).map((x) => {
    try {
      return decodeURIComponent(x);
    } catch {
      return x;
    }
  });
  try {
    await found[1](view, { args, params, isCurrent: () => my === generation });
  } catch (err) {
    if (my !== generation) return;
    console.error(err);
    view.append(errorBox(err));
  }
  if (my === generation) document.body.dataset.ready = String(my);
}

function start() {
  applyLang();
  document.getElementById("lang-toggle").addEventListener("click", () => {
    setLang(getLang() === "ar" ? "en" : "ar");
    render();
  });
  window.addEventListener("hashchange", () => {
    api.forget();
    render();
  });
  render();
}

start();
