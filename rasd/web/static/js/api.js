// The JSON API of the same server (rasd/api). Errors arrive as {"error": {"code", "message"}}.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code || "error";
  }
}

function url(path, params) {
  const u = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== "" && item !== null && item !== undefined) u.searchParams.append(k, item);
    } else {
      u.searchParams.set(k, v);
    }
  }
  return u.pathname + u.search;
}

async function parse(res) {
  let body = null;
  const text = await res.text();
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!res.ok) {
    const err = body && body.error ? body.error : {};
    const detail = body && typeof body.detail === "string" ? body.detail : "";
    throw new ApiError(res.status, err.code, err.message || detail || `HTTP ${res.status}`);
  }
  return body;
}

const cache = new Map(); // GET responses of the current page view, so that re-renders are cheap

export async function get(path, params, { fresh = false } = {}) {
  const key = url(path, params);
  if (!fresh && cache.has(key)) return cache.get(key);
  let res;
  try {
    res = await fetch(key, { headers: { Accept: "application/json" } });
  } catch (e) {
    throw new ApiError(0, "network", e.message);
  }
  const body = await parse(res);
  cache.set(key, body);
  if (cache.size > 200) cache.delete(cache.keys().next().value);
  return body;
}

export function forget() {
  cache.clear();
}

export async function post(path, form, token) {
  let res;
  try {
    res = await fetch(url(path), {
      method: "POST",
      body: form,
      headers: token ? { Authorization: `Bearer ${token}`, Accept: "application/json" } : { Accept: "application/json" },
    });
  } catch (e) {
    throw new ApiError(0, "network", e.message);
  }
  return parse(res);
}
