// DOM helpers. Text from the API only ever reaches the page as text nodes (textContent), never as
// HTML: an article or an upload may contain <script> or onerror= markup, and it must show as written.

const SVG_NS = "http://www.w3.org/2000/svg";

function append(parent, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
  } else if (child instanceof Node) {
    parent.appendChild(child);
  } else {
    parent.appendChild(document.createTextNode(String(child)));
  }
}

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === "class") {
      el.setAttribute("class", Array.isArray(value) ? value.filter(Boolean).join(" ") : value);
    } else if (key === "dataset") {
      for (const [k, v] of Object.entries(value)) el.dataset[k] = v;
    } else if (key === "style" && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) el.style.setProperty(k, v);
    } else if (key === "text") {
      el.textContent = value;
    } else if (key === "href" && typeof value === "string" && !/^(#|\/|\?)/.test(value)) {
      // only links inside the application: never javascript:, data: or another host
      el.setAttribute("href", "#/");
    } else if (value === true) {
      el.setAttribute(key, "");
    } else {
      el.setAttribute(key, String(value));
    }
  }
}

/** h("a", {href: "#/x", class: "y"}, "text", child, [more]) -> an HTML element. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** The same for SVG elements. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function frag(...children) {
  const f = document.createDocumentFragment();
  append(f, children);
  return f;
}

/** A search snippet marks its matches as [word]: plain text with <mark> elements for the brackets. */
export function bracketMarks(text) {
  const out = document.createDocumentFragment();
  const re = /\[([^\[\]\n]{1,200})\]/g;
  let last = 0;
  let m;
  const str = String(text ?? "");
  while ((m = re.exec(str)) !== null) {
    if (m.index > last) out.appendChild(document.createTextNode(str.slice(last, m.index)));
    out.appendChild(h("mark", { class: "hit" }, m[1]));
    last = m.index + m[0].length;
  }
  if (last < str.length) out.appendChild(document.createTextNode(str.slice(last)));
  return out;
}

/**
 * Text with spans highlighted: spans are {start, end, layer, make(child) -> Element}. The text is cut
 * at every span boundary; each piece is a text node wrapped in the elements of the spans covering it,
 * outermost layer first, so overlapping spans (a mention inside a quote) nest cleanly.
 */
export function highlight(text, spans, layers = ["quote", "event", "mention"]) {
  const str = String(text ?? "");
  const valid = (spans || []).filter(
    (sp) => Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start < sp.end && sp.start >= 0 && sp.end <= str.length,
  );
  const cuts = new Set([0, str.length]);
  for (const sp of valid) {
    cuts.add(sp.start);
    cuts.add(sp.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  const rank = (sp) => {
    const i = layers.indexOf(sp.layer);
    return i < 0 ? layers.length : i;
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    let node = document.createTextNode(str.slice(a, b));
    const covering = valid.filter((sp) => sp.start <= a && sp.end >= b).sort((x, y) => rank(y) - rank(x) || (y.end - y.start) - (x.end - x.start));
    // innermost first: the highest rank (mention) wraps the text, then events, then quotes around it
    for (const sp of covering) node = sp.make(node, a === sp.start);
    out.appendChild(node);
  }
  return out;
}
