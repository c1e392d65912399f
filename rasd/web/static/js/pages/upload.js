// Upload: a file or pasted text goes to POST /api/ingest (with the access token); the job is polled
// and its progress shown as a bar until it is done or failed.

import * as api from "../api.js";
import { h } from "../dom.js";
import { fmtNumber, t } from "../i18n.js";
import { errorBox, route } from "../ui.js";

const POLL_MS = 400;
const TOKEN_KEY = "rasd.token";

function storedToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || "";
  } catch {
    return "";
  }
}

function stateLabel(state) {
  const key = { done: "upload.done", failed: "upload.failed", error: "upload.failed", running: "upload.running", queued: "upload.queued", pending: "upload.queued" }[state];
  return key ? t(key) : state || "";
}

function progressView() {
  const bar = h("progress", { max: 1, value: 0, class: "bar", "aria-label": t("upload.state") });
  const label = h("bdi", { class: "progress-label", dir: "ltr" }, "");
  const state = h("p", { class: "job-state" });
  const result = h("div", { class: "job-result" });
  const box = h("div", { class: "job", hidden: true }, h("div", { class: "progress" }, bar, label), state, result);
  return { box, bar, label, state, result };
}

function show(p, job) {
  const total = Number(job.total) || 0;
  const done = Number(job.done) || 0;
  const finished = job.state === "done";
  if (total > 0) {
    p.bar.max = total;
    p.bar.value = Math.min(done, total);
  } else if (finished) {
    p.bar.max = 1;
    p.bar.value = 1;
  } else {
    p.bar.removeAttribute("value"); // indeterminate until the job knows its size
  }
  const pct = total ? Math.round((100 * Math.min(done, total)) / total) : finished ? 100 : 0;
  p.label.textContent = `${pct}% (${fmtNumber(done)} / ${fmtNumber(total)})`;
  p.box.dataset.state = job.state || "";
  p.state.replaceChildren(
    h("strong", {}, `${t("upload.state")}: `),
    h("span", { class: `state state-${job.state}` }, stateLabel(job.state)),
    job.added !== undefined ? ` · ${t("upload.added")}: ${fmtNumber(job.added)}` : "",
    job.skipped ? ` · ${t("upload.skipped")}: ${fmtNumber(job.skipped)}` : "",
    job.errors !== undefined ? ` · ${t("upload.errors")}: ${fmtNumber(Array.isArray(job.errors) ? job.errors.length : job.errors)}` : "",
  );
  const errors = Array.isArray(job.errors) ? job.errors : [];
  p.result.replaceChildren(
    job.message ? h("p", { class: "message", dir: "auto" }, job.message) : "",
    errors.length ? h("ul", { class: "errors" }, errors.slice(0, 50).map((e) => h("li", { dir: "auto" }, typeof e === "string" ? e : `${e.source || ""}: ${e.code || ""} ${e.error || ""}`))) : "",
    finished ? h("p", {}, h("a", { href: route("#/search", {}) }, t("upload.searchNow"))) : "",
  );
}

export async function renderUpload(view, { isCurrent }) {
  view.classList.add("upload-page");
  const token = h("input", { type: "password", name: "token", value: storedToken(), autocomplete: "off", dir: "ltr" });
  const file = h("input", { type: "file", name: "file", multiple: true });
  const text = h("textarea", { name: "text", rows: 8, dir: "auto" });
  const meta = {
    title: h("input", { type: "text", name: "title", dir: "auto" }),
    outlet: h("input", { type: "text", name: "outlet", dir: "auto" }),
    published: h("input", { type: "date", name: "published" }),
  };
  const submit = h("button", { type: "submit", class: "primary" }, t("upload.submit"));
  const p = progressView();
  const errors = h("div", { class: "form-errors" });
  const f = h(
    "form",
    { class: "upload-form" },
    h("label", { class: "block" }, t("upload.token"), token),
    h("label", { class: "block" }, t("upload.file"), file),
    h("label", { class: "block" }, t("upload.text"), text),
    h(
      "div",
      { class: "row" },
      h("label", {}, t("upload.pastedTitle"), " ", meta.title),
      h("label", {}, t("outlet"), " ", meta.outlet),
      h("label", {}, t("date"), " ", meta.published),
    ),
    h("div", { class: "row" }, submit),
    errors,
  );
  view.append(h("h1", {}, t("upload.title")), h("p", { class: "muted" }, t("upload.help")), f, p.box);

  f.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    errors.replaceChildren();
    const form = new FormData();
    for (const f of file.files || []) form.append("file", f);
    if (text.value.trim()) {
      form.append("text", text.value);
      for (const [k, input] of Object.entries(meta)) if (input.value.trim()) form.append(k, input.value.trim());
    }
    if (!form.has("file") && !form.has("text")) {
      errors.append(errorBox({ message: t("upload.needInput") }));
      return;
    }
    if (!token.value.trim()) {
      errors.append(errorBox({ message: t("upload.needToken") }));
      return;
    }
    try {
      sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    } catch {
      /* ignore */
    }
    submit.disabled = true;
    p.box.hidden = false;
    show(p, { state: "queued", done: 0, total: 0 });
    let job;
    try {
      const res = await api.post("/api/ingest", form, token.value.trim());
      job = res.job ?? res.id;
      if (job && typeof job === "object") job = job.id;
    } catch (err) {
      submit.disabled = false;
      p.box.hidden = true;
      errors.append(errorBox(err));
      return;
    }
    // poll until the job ends (or the user leaves the page)
    for (;;) {
      let st;
      try {
        st = await api.get(`/api/jobs/${encodeURIComponent(job)}`, {}, { fresh: true });
      } catch (err) {
        errors.append(errorBox(err));
        break;
      }
      if (!isCurrent()) return;
      show(p, st);
      if (st.state === "done" || st.state === "failed" || st.state === "error") break;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    api.forget();
    submit.disabled = false;
  });
}
