// Small DOM helpers. Every piece of data goes in as text (textContent / text nodes), never HTML.

/**
 * Create an element. `props`: `class`, `text`, `dataset`, `on<event>` handlers, or attributes.
 * Children are nodes or strings (strings become text nodes).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = String(value);
    else if (name === "dataset") Object.assign(node.dataset, value);
    else if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2), value);
    } else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

export const $ = (id) => document.getElementById(id);

let statusTimer = 0;

/** Tell screen-reader users something (polite), without moving focus. */
export function announce(text) {
  const region = $("status");
  region.textContent = "";
  window.clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => {
    region.textContent = text;
  }, 50);
}

/** Show an error banner (role=alert); `null` hides it. */
export function showError(text) {
  const box = $("alert");
  if (!text) {
    box.hidden = true;
    return;
  }
  $("alert-text").textContent = text;
  box.hidden = false;
}

export function percent(confidence) {
  return `${Math.round(Number(confidence) * 100)}%`;
}

export function shortTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return date.toLocaleString(undefined, {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}
