// Helpers shared by the pages' scripts. Data from the database are untrusted: they only ever
// reach the page as text nodes (textContent), never as HTML.
"use strict";

window.ng = (function () {
  /** Parse the JSON a page embedded in <script type="application/json" id="...">. */
  function data(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  /** An element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = String(v);
      else if (k === "className") node.className = v;
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === "") continue;
      node.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }

  const QUADS = {
    verbal_cooperation: "verbal cooperation",
    material_cooperation: "material cooperation",
    verbal_conflict: "verbal conflict",
    material_conflict: "material conflict",
  };

  function actorLink(id, label) {
    return el("a", { href: "/actors/" + encodeURIComponent(id).replace(/%3A/g, ":"), className: "actor" }, label);
  }

  function actorList(ids, labels) {
    if (!ids || !ids.length) return el("span", { className: "none" }, "—");
    const span = el("span");
    ids.forEach((id, i) => {
      if (i) span.append(", ");
      span.append(actorLink(id, labels[i] || id));
    });
    return span;
  }

  /** One event as a block: type, actors, date, status, attribution chain, evidence, links. */
  function eventBlock(e) {
    const head = el(
      "div",
      { className: "head" },
      el("a", { href: "/events/" + encodeURIComponent(e.event_id || e.id), className: "type" }, e.type),
      e.mode ? el("span", { className: "mode" }, " " + e.mode) : null,
      " ",
      el("span", { className: "status status-" + (e.status || "asserted") }, e.status || "asserted"),
      e.quad_class ? el("span", { className: "quad quad-" + e.quad_class }, QUADS[e.quad_class] || e.quad_class) : null
    );
    const who = el(
      "div",
      { className: "who" },
      actorList(e.source_ids || [], e.source_labels || e.source || []),
      " → ",
      actorList(e.target_ids || [], e.target_labels || e.target || [])
    );
    const attribution = e.attribution_labels || e.attribution || [];
    return el(
      "div",
      { className: "event-block" },
      head,
      who,
      el("div", { className: "meta" }, e.date ? el("span", { className: "date" }, e.date) : "no date",
        e.n_documents ? " · " + e.n_documents + " doc(s), " + e.n_mentions + " mention(s)" : ""),
      attribution.length ? el("div", { className: "chain" }, "according to " + attribution.join(" › ")) : null,
      el("div", { className: "evidence" }, e.evidence || ""),
      e.first_doc ? el("a", { href: "/documents/" + encodeURIComponent(e.first_doc) }, "open the document") : null
    );
  }

  /** Replace the panel's content with the given nodes. */
  function show(panel, ...nodes) {
    panel.replaceChildren(...nodes.flat().filter((n) => n));
  }

  return { data, el, QUADS, actorLink, actorList, eventBlock, show };
})();
