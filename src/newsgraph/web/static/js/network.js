// The network page: actors as nodes coloured by country or entity type, directed pairs as edges
// coloured by cooperation or conflict (dashed: mostly verbal) and as wide as their event count.
// Labels keep a readable size whatever the zoom. Clicking an edge lists its events in the side panel;
// clicking an actor offers its page. Text reaches the page through textContent only.
"use strict";

(function () {
  const container = document.getElementById("network");
  const panel = document.getElementById("panel");
  const elements = ng.data("network-data") || [];

  if (!elements.length) {
    container.replaceChildren(ng.el("p", { className: "none" }, "No actor pairs match these filters."));
    return;
  }

  // a fixed palette, given out by frequency, so the largest groups get the most distinct colours
  const PALETTE = ["#4a6fa5", "#d08c2f", "#7b5ea7", "#3b9c9c", "#c2577a", "#6f8f3a", "#8c6d4f", "#5b8fd6",
    "#b8860b", "#9a4c95"];
  const OTHER = "#9aa5b4";
  const nodes = elements.filter((e) => !e.data.source);
  for (const n of nodes) n.data.colour = OTHER;

  function colours(key) {
    const freq = new Map();
    for (const n of nodes) {
      const v = n.data[key];
      if (v && v !== "none" && v !== "unknown") freq.set(v, (freq.get(v) || 0) + 1);
    }
    const ranked = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return new Map(ranked.slice(0, PALETTE.length).map(([v], i) => [v, PALETTE[i]]));
  }

  const cy = cytoscape({
    container,
    elements,
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          width: "data(size)",
          height: "data(size)",
          "background-color": "data(colour)",
          color: "#1d2430",
          "font-size": 13,
          "font-weight": 600,
          "text-valign": "bottom",
          "text-margin-y": 3,
          "text-outline-color": "#fff",
          "text-outline-width": 2,
        },
      },
      {
        selector: "edge",
        style: {
          width: "data(width)",
          "curve-style": "bezier",
          "target-arrow-shape": "triangle",
          "arrow-scale": 0.9,
          opacity: 0.85,
        },
      },
      { selector: "edge[kind = 'cooperation']", style: { "line-color": "#2e8b57", "target-arrow-color": "#2e8b57" } },
      { selector: "edge[kind = 'conflict']", style: { "line-color": "#c0392b", "target-arrow-color": "#c0392b" } },
      { selector: "edge[!material]", style: { "line-style": "dashed" } },
      { selector: ":selected", style: { "overlay-color": "#f5b800", "overlay-opacity": 0.35 } },
    ],
    layout: { name: "preset" },
  });

  // start from a circle so that the force layout has no overlapping nodes to push apart at random:
  // the same graph is drawn the same way on every load
  cy.layout({ name: "circle", animate: false }).run();
  cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: 400000, idealEdgeLength: 160, nodeOverlap: 20, gravity: 40, padding: 40 }).run();

  function counts(d) {
    const list = ng.el("ul", { className: "quad-counts" });
    for (const [q, name] of Object.entries(ng.QUADS)) {
      if (d[q]) list.append(ng.el("li", {}, ng.el("span", { className: "quad quad-" + q }, name), " " + d[q]));
    }
    return list;
  }

  async function showEdge(edge) {
    const d = edge.data();
    const title = ng.el("h2", {}, d.source_label, " → ", d.target_label);
    const list = ng.el("div", { className: "panel-events" }, ng.el("p", { className: "hint" }, "Loading events…"));
    ng.show(panel, title, ng.el("p", {}, d.total + " event(s)"), counts(d), list);
    const query = { source: d.source, target: d.target };
    if (container.dataset.type) query.type = container.dataset.type;
    const url = "/api/pairs/events?" + new URLSearchParams(query);
    try {
      const resp = await fetch(url, { headers: { Accept: "application/json" } });
      if (!resp.ok) throw new Error("HTTP " + resp.status);
      const pair = await resp.json();
      ng.show(list, pair.events.map((e) => ng.eventBlock(e)));
      list.dataset.loaded = String(pair.events.length);
    } catch (err) {
      ng.show(list, ng.el("p", { className: "problem" }, "Could not load the events: " + err.message));
    }
  }

  function showNode(node) {
    const d = node.data();
    ng.show(panel, ng.el("h2", {}, d.label), ng.el("p", {}, d.events + " event(s) with the actors shown"),
      ng.actorLink(d.id, "Open the actor's page"));
  }

  // a small graph would fill the canvas with huge nodes: cap the zoom that fitting chose
  if (cy.zoom() > 1.3) {
    cy.zoom(1.3);
    cy.center();
  }

  // labels are drawn in model units: scale them against the zoom so that they stay 12-13 px on the
  // screen when a large graph is fitted small
  function legibleLabels() {
    const size = Math.max(13, 13 / cy.zoom());
    cy.style().selector("node").style({ "font-size": size, "text-outline-width": size / 6 }).update();
  }

  const legend = document.getElementById("node-legend");
  function colourBy(key) {
    const map = colours(key);
    cy.batch(() => cy.nodes().forEach((n) => n.data("colour", map.get(n.data(key)) || OTHER)));
    const items = [...map.entries()].map(([v, c]) =>
      ng.el("li", { "data-value": v }, ng.el("span", { className: "swatch node", "data-colour": c }), v));
    if (map.size < new Set(nodes.map((n) => n.data[key])).size) {
      items.push(ng.el("li", { "data-value": "other" }, ng.el("span", { className: "swatch node", "data-colour": OTHER }), "other"));
    }
    ng.show(legend, items);
    // swatch colours set through the CSSOM, which the CSP allows (no inline style attribute)
    for (const sw of legend.querySelectorAll(".swatch.node")) sw.style.backgroundColor = sw.dataset.colour;
    container.dataset.colourBy = key;
  }
  const select = document.getElementById("colour-by");
  colourBy(select ? select.value : "country");
  if (select) select.addEventListener("change", () => colourBy(select.value));
  legibleLabels();
  cy.on("zoom", legibleLabels);

  cy.on("tap", "edge", (evt) => showEdge(evt.target));
  cy.on("tap", "node", (evt) => showNode(evt.target));
  window.newsgraphNetwork = cy;
  container.dataset.ready = "true";
})();
