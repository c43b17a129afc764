// The public HTTP API (API.md), called with the dev token the local server put in the page.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const enc = encodeURIComponent;

export function createApi(token) {
  async function request(method, path, { body, headers = {} } = {}) {
    const init = {
      method,
      headers: { Accept: "application/json", Authorization: `Bearer ${token}`, ...headers },
      cache: "no-store",
    };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch {
      throw new ApiError(0, "network", "The server cannot be reached. Is `luminora serve` running?");
    }
    const text = await response.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (!response.ok) {
      const error = data && data.error ? data.error : {};
      throw new ApiError(
        response.status,
        error.code || "http_error",
        error.message || `The server answered HTTP ${response.status}.`,
      );
    }
    return data;
  }

  return {
    personalities: () => request("GET", "/v1/personalities"),
    chat: (sessionId, message, personality, idempotencyKey) =>
      request("POST", `/v1/sessions/${enc(sessionId)}/messages`, {
        body: { message, personality },
        headers: { "Idempotency-Key": idempotencyKey },
      }),
    sessions: () => request("GET", "/v1/sessions"),
    messages: (sessionId, cursor) =>
      request(
        "GET",
        `/v1/sessions/${enc(sessionId)}/messages?limit=200` + (cursor ? `&cursor=${enc(cursor)}` : ""),
      ),
    facts: () => request("GET", "/v1/facts"),
    putFact: (key, value) => request("PUT", `/v1/facts/${enc(key)}`, { body: { value } }),
    deleteFact: (key) => request("DELETE", `/v1/facts/${enc(key)}`),
    affinity: (personality) => request("GET", `/v1/affinity/${enc(personality)}`),
  };
}

/** A random id for Idempotency-Key and session ids (works outside secure contexts too). */
export function randomId(bytes = 8) {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return Array.from(buffer, (b) => b.toString(16).padStart(2, "0")).join("");
}
