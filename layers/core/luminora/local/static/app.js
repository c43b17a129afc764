// The Luminora playground: chat with a personality and watch what it remembers.
// Plain ES modules, no build step. It talks to the public /v1 API with the dev token that
// `luminora serve` embedded in the page. All data is shown as text, never parsed as HTML.

import { createApi, randomId } from "./api.js";
import { $, announce, el, shortTime, showError } from "./dom.js";
import { FactsPanel } from "./facts.js";

const state = {
  personalities: new Map(),
  personality: "sakura",
  session: "",
  turns: 0,
  affinity: null,
  busy: false,
};

let api = null;
let facts = null;

const levelLabel = (level) => String(level).replace(/_/g, " ");
const nameOf = (id) => state.personalities.get(id)?.name || id;

function newSessionId() {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  return `web-${stamp}-${randomId(2)}`;
}

// -- header and affinity ----------------------------------------------------------------

function showPartner() {
  const info = state.personalities.get(state.personality);
  $("partner").textContent = nameOf(state.personality);
  $("personality-description").textContent = info ? info.description : "";
  $("session-id").textContent = state.session;
  $("personality").value = state.personality;
}

function showAffinity(affinity, delta = null) {
  state.affinity = affinity;
  const points = Math.max(0, Math.min(100, Number(affinity.points) || 0));
  const level = levelLabel(affinity.level);
  const gauge = $("gauge");
  $("gauge-fill").style.width = `${points}%`;
  gauge.setAttribute("aria-valuenow", String(points));
  gauge.setAttribute("aria-valuetext", `${points} of 100, ${level}`);
  gauge.dataset.level = affinity.level;
  $("affinity-points").textContent = String(points);
  $("affinity-level").textContent = level;
  const deltaNode = $("affinity-delta");
  deltaNode.className = "delta";
  deltaNode.textContent = "";
  if (delta !== null) {
    deltaNode.textContent = delta > 0 ? `+${delta}` : delta < 0 ? `${delta}` : "±0";
    deltaNode.classList.add(delta > 0 ? "up" : delta < 0 ? "down" : "flat");
  }
}

async function loadAffinity() {
  showAffinity(await api.affinity(state.personality));
}

// -- the conversation -------------------------------------------------------------------

function scrollLog() {
  const log = $("log");
  log.scrollTop = log.scrollHeight;
}

function appendNode(node) {
  $("log").append(node);
  scrollLog();
  return node;
}

function appendMessage(role, text, speaker, meta = null) {
  return appendNode(
    el(
      "li",
      { class: `msg msg-${role === "user" ? "user" : "bot"}` },
      el("p", { class: "who", text: role === "user" ? "You" : speaker }),
      el("p", { class: "text", text }),
      meta,
    ),
  );
}

function appendNotice(text) {
  return appendNode(el("li", { class: "msg msg-notice", text }));
}

function sourceBadge(result) {
  if (result.reply_source === "llm") {
    return el("span", { class: "badge llm", text: `llm · ${result.provider || "model"}` });
  }
  if (result.degraded) {
    return el("span", {
      class: "badge degraded",
      text: "fallback · provider failed",
      title: "A provider was configured but failed; the offline responder answered.",
    });
  }
  return el("span", {
    class: "badge fallback",
    text: "fallback · offline responder",
    title: "No language model produced this reply; the offline responder did.",
  });
}

function appendReply(result, delta) {
  const learned = result.facts_learned.map((f) => `${f.key} = ${f.value}`).join(", ");
  const meta = el(
    "p",
    { class: "meta small" },
    sourceBadge(result),
    " ",
    el("span", { class: "badge lang", text: result.language }),
    " ",
    el("span", {
      class: `badge ${delta > 0 ? "up" : delta < 0 ? "down" : "flat"}`,
      text: `affinity ${delta > 0 ? "+" : ""}${delta}`,
    }),
    learned ? " " : null,
    learned ? el("span", { class: "badge learned", text: `learned ${learned}` }) : null,
  );
  return appendMessage("assistant", result.reply, nameOf(state.personality), meta);
}

function setBusy(busy) {
  state.busy = busy;
  $("send").disabled = busy;
  $("personality").disabled = busy;
  $("new-session").disabled = busy;
  $("log").setAttribute("aria-busy", busy ? "true" : "false");
}

async function send(text) {
  if (state.busy || !text.trim()) return;
  setBusy(true);
  const box = $("message");
  box.value = "";
  appendMessage("user", text);
  const pending = appendNode(
    el("li", { class: "msg msg-bot pending", text: `${nameOf(state.personality)} is typing…` }),
  );
  try {
    const result = await api.chat(state.session, text, state.personality, randomId(16));
    pending.remove();
    const before =
      state.affinity && state.affinity.personality === result.affinity.personality
        ? Number(state.affinity.points)
        : 0;
    const delta = result.affinity.points - before;
    appendReply(result, delta);
    showAffinity(result.affinity, delta);
    state.turns += 1;
    showError(null);
    await Promise.all([facts.refresh(result.facts_learned), refreshSessions()]);
  } catch (error) {
    pending.remove();
    appendNotice(`Not sent: ${error.message}`);
    showError(`Not sent: ${error.message}`);
    if (!box.value) box.value = text;
  } finally {
    setBusy(false);
    document.body.dataset.turns = String(state.turns);
  }
}

function startSession(id = newSessionId()) {
  state.session = id;
  state.turns = 0;
  $("log").replaceChildren();
  showPartner();
  appendNotice(
    `New session with ${nameOf(state.personality)}. What it learns about you shows up in the panel.`,
  );
  document.body.dataset.turns = "0";
  markCurrentSession();
}

// -- sessions ---------------------------------------------------------------------------

function markCurrentSession() {
  for (const button of $("sessions").querySelectorAll("button")) {
    if (button.dataset.session === state.session) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
}

async function refreshSessions() {
  const { sessions } = await api.sessions();
  $("sessions").replaceChildren(
    ...sessions.map((s) =>
      el(
        "li",
        {},
        el(
          "button",
          {
            type: "button",
            class: "session",
            dataset: { session: s.session_id },
            onclick: () => openSession(s),
          },
          el("span", { class: "session-title", text: `${nameOf(s.personality)} · ${s.turn_count} turns` }),
          el("span", { class: "session-meta muted small", text: `${s.session_id} · ${shortTime(s.updated_at)}` }),
        ),
      ),
    ),
  );
  $("sessions-empty").hidden = sessions.length > 0;
  markCurrentSession();
}

async function openSession(session) {
  if (state.busy) return;
  setBusy(true);
  try {
    const messages = [];
    let cursor = null;
    do {
      const page = await api.messages(session.session_id, cursor);
      messages.push(...page.messages);
      cursor = page.next_cursor;
    } while (cursor);
    if (state.personalities.has(session.personality)) state.personality = session.personality;
    state.session = session.session_id;
    state.turns = session.turn_count;
    showPartner();
    $("log").replaceChildren();
    appendNotice(`Session ${session.session_id} (history).`);
    for (const m of messages) appendMessage(m.role, m.content, nameOf(state.personality));
    markCurrentSession();
    await loadAffinity();
    showError(null);
    announce(`Opened the session with ${nameOf(state.personality)}: ${messages.length} messages.`);
    $("message").focus();
  } catch (error) {
    showError(`Could not open the session: ${error.message}`);
  } finally {
    setBusy(false);
  }
}

// -- wiring -----------------------------------------------------------------------------

async function choosePersonality(id) {
  state.personality = id;
  // One session is one conversation with one personality; facts about the user carry over.
  if (state.turns > 0) startSession();
  else showPartner();
  try {
    await loadAffinity();
  } catch (error) {
    showError(error.message);
  }
  announce(`Now talking to ${nameOf(id)}. What it knows about you carries over.`);
}

function bindEvents() {
  const box = $("message");
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    send(box.value);
  });
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send(box.value);
    }
  });
  $("personality").addEventListener("change", (event) => choosePersonality(event.target.value));
  $("new-session").addEventListener("click", () => {
    startSession();
    announce("New session started.");
    box.focus();
  });
  $("alert-close").addEventListener("click", () => {
    showError(null);
    box.focus();
  });
}

async function main() {
  bindEvents();
  const token = document.querySelector('meta[name="luminora-token"]')?.content || "";
  if (!token || token.startsWith("{{")) {
    showError("This page has no dev token. Open it from `luminora serve` (http://127.0.0.1:3000/).");
    return;
  }
  api = createApi(token);
  facts = new FactsPanel(api, { onError: showError });
  try {
    const { personalities } = await api.personalities();
    const select = $("personality");
    select.replaceChildren(
      ...personalities.map((p) => el("option", { value: p.id, text: p.name })),
    );
    for (const p of personalities) state.personalities.set(p.id, p);
    const wanted = new URLSearchParams(window.location.search).get("personality");
    state.personality = [wanted, "sakura", personalities[0]?.id].find((id) =>
      state.personalities.has(id),
    );
    select.disabled = false;
    startSession();
    await Promise.all([facts.refresh(), refreshSessions(), loadAffinity()]);
  } catch (error) {
    showError(`Could not load the playground: ${error.message}`);
    return;
  }
  document.body.dataset.ready = "true";
}

main();
