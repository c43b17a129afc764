// The facts panel: key, value, source and confidence; edit in place (PUT) and forget (DELETE).

import { $, announce, el, percent } from "./dom.js";

const SOURCE_TITLE = {
  rules: "found by the rule-based extractor",
  llm: "found by the language model",
  user: "stated by you",
};

const sameFact = (a, b) => a.key === b.key && a.value === b.value;
const fold = (text) => String(text).normalize("NFKD").toLowerCase();

export class FactsPanel {
  constructor(api, { onError }) {
    this.api = api;
    this.onError = onError;
    this.facts = [];
    this.fresh = [];
    this.editing = null;
  }

  /** Reload the user's facts; `learned` (from a chat turn) are marked "new". */
  async refresh(learned = []) {
    const data = await this.api.facts();
    this.facts = data.facts;
    this.fresh = learned;
    this.editing = null;
    this.render();
  }

  isFresh(fact) {
    return this.fresh.some((f) => f.key === fact.key && fold(f.value) === fold(fact.value));
  }

  render() {
    const list = $("facts");
    list.replaceChildren(...this.facts.map((fact, index) => this.item(fact, index)));
    $("facts-empty").hidden = this.facts.length > 0;
    $("facts-count").textContent = this.facts.length ? `(${this.facts.length})` : "";
  }

  item(fact, index) {
    const editing = this.editing !== null && sameFact(this.editing, fact);
    const fresh = this.isFresh(fact);
    const source = String(fact.source);
    return el(
      "li",
      { class: `fact${fresh ? " fresh" : ""}`, dataset: { key: fact.key } },
      el(
        "div",
        { class: "fact-head" },
        el("span", { class: "fact-key", text: fact.key }),
        fresh ? el("span", { class: "badge new", text: "new" }) : null,
      ),
      editing ? this.editor(fact, index) : el("p", { class: "fact-value", text: fact.value }),
      el(
        "p",
        { class: "fact-meta small" },
        el("span", {
          class: `badge source-${source}`,
          title: SOURCE_TITLE[source] || "",
          text: `source: ${source}`,
        }),
        " ",
        el("span", { class: "muted", text: `${percent(fact.confidence)} confidence` }),
      ),
      editing
        ? null
        : el(
            "div",
            { class: "fact-actions" },
            el("button", {
              type: "button",
              class: "button ghost small",
              "data-action": "edit",
              "aria-label": `Edit ${fact.key} (${fact.value})`,
              text: "Edit",
              onclick: () => this.edit(fact),
            }),
            el("button", {
              type: "button",
              class: "button danger small",
              "data-action": "forget",
              "aria-label": `Forget ${fact.key} (${fact.value})`,
              text: "Forget",
              onclick: () => this.forget(fact, index),
            }),
          ),
    );
  }

  editor(fact, index) {
    const id = `fact-edit-${index}`;
    const input = el("input", {
      id,
      type: "text",
      value: fact.value,
      maxlength: 200,
      autocomplete: "off",
      onkeydown: (event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          this.cancel(fact);
        }
      },
    });
    return el(
      "form",
      {
        class: "fact-edit",
        onsubmit: (event) => {
          event.preventDefault();
          this.save(fact, input.value);
        },
      },
      el("label", { for: id, class: "visually-hidden", text: `New value for ${fact.key}` }),
      input,
      el(
        "div",
        { class: "fact-actions" },
        el("button", { type: "submit", class: "button primary small", text: "Save" }),
        el("button", {
          type: "button",
          class: "button ghost small",
          text: "Cancel",
          onclick: () => this.cancel(fact),
        }),
      ),
    );
  }

  edit(fact) {
    this.editing = fact;
    this.render();
    const input = $("facts").querySelector("input");
    if (input) {
      input.focus();
      input.select();
    }
  }

  cancel(fact) {
    this.editing = null;
    this.render();
    this.focusButton(fact, "edit");
  }

  /** The values a key will hold after replacing (or dropping) one of them. */
  valuesAfter(fact, replacement) {
    return this.facts
      .filter((f) => f.key === fact.key)
      .flatMap((f) => (sameFact(f, fact) ? (replacement === null ? [] : [replacement]) : [f.value]));
  }

  async save(fact, raw) {
    const value = raw.trim();
    if (!value) {
      this.onError(`A fact needs a value; use Forget to remove ${fact.key}.`);
      return;
    }
    if (value === fact.value) {
      this.cancel(fact);
      return;
    }
    const values = this.valuesAfter(fact, value);
    try {
      // A single value for a single-valued key; the whole set for a multi-valued one.
      await this.api.putFact(fact.key, values.length > 1 ? values : value);
      await this.refresh();
    } catch (error) {
      this.onError(`Could not save ${fact.key}: ${error.message}`);
      return;
    }
    this.onError(null);
    this.focusButton({ key: fact.key, value }, "edit");
    announce(`Saved: ${fact.key} is now ${value}.`);
  }

  async forget(fact, index) {
    const rest = this.valuesAfter(fact, null);
    try {
      if (rest.length) await this.api.putFact(fact.key, rest);
      else await this.api.deleteFact(fact.key);
      await this.refresh();
    } catch (error) {
      this.onError(`Could not forget ${fact.key}: ${error.message}`);
      return;
    }
    this.onError(null);
    const buttons = $("facts").querySelectorAll('button[data-action="forget"]');
    const next = buttons[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else $("facts-heading").focus();
    announce(`Forgot ${fact.key} (${fact.value}).`);
  }

  focusButton(fact, action) {
    for (const item of $("facts").children) {
      const value = item.querySelector(".fact-value");
      if (item.dataset.key === fact.key && value && value.textContent === fact.value) {
        item.querySelector(`button[data-action="${action}"]`)?.focus();
        return;
      }
    }
  }
}
