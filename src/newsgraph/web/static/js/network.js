// The network page: actors as nodes, directed pairs as edges coloured by cooperation or conflict
// (dashed: mostly verbal) and as wide as their event count. Clicking an edge lists its events in the
// side panel; clicking an actor offers its page. Text reaches the page through textContent only.
"use strict";

(function () {
  const container = document.getElementById("network");
  const panel = document.getElementById("panel");
  const elements = ng.data("network-data") || [];

  if (!elements.length) {
    container.replaceChildren(ng.el("p", { className: "none" }, "No actor pairs match these filters."));
    return;
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
          "background-color": "#4a6fa5",
          color: "#1d2430",
          "font-size": 11,
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
    const url = "/api/pairs/events?" + new URLSearchParams({ source: d.source, target: d.target });
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

  cy.on("tap", "edge", (evt) => showEdge(evt.target));
  cy.on("tap", "node", (evt) => showNode(evt.target));
  window.newsgraphNetwork = cy;
  container.dataset.ready = "true";
})();
