// The timeline page: events on a vis-timeline, one row per PLOVER quad class; clicking an event
// shows it in the side panel. Item contents are DOM nodes built with textContent.
"use strict";

(function () {
  const container = document.getElementById("timeline");
  const panel = document.getElementById("panel");
  const events = ng.data("timeline-data") || [];
  const groupNames = ng.data("timeline-groups") || {};
  const byId = new Map(events.map((e) => [e.id, e]));

  function content(e) {
    const src = (e.source_labels || []).join(", ") || "?";
    const tgt = (e.target_labels || []).join(", ") || "?";
    return ng.el("span", { className: "item-label" },
      ng.el("b", {}, e.type), " ", src, " → ", tgt,
      e.status && e.status !== "asserted" ? ng.el("i", {}, " (" + e.status + ")") : null);
  }

  const groups = Object.entries(groupNames).map(([id, name]) => ({ id, content: ng.el("span", {}, name), className: "group-" + id }));
  if (events.some((e) => e.group === "other")) groups.push({ id: "other", content: ng.el("span", {}, "other") });

  const items = events.map((e) => ({
    id: e.id,
    start: e.start,
    end: e.end || undefined,
    type: e.end ? "range" : "box",
    group: e.group,
    content: content(e),
    className: "quad-" + e.group + " status-" + (e.status || "asserted"),
  }));

  if (!events.length) {
    container.replaceChildren(ng.el("p", { className: "none" }, "No dated events match these filters."));
    return;
  }

  // Open on the latest events: history reaching back decades would squeeze them into one pixel.
  function recentWindow(n) {
    const spans = events
      .map((e) => [Date.parse(e.start), Date.parse(e.end || e.start)])
      .sort((a, b) => a[0] - b[0]);
    const last = spans.slice(-n);
    const start = Math.min(...last.map((s) => s[0]));
    const end = Math.max(...last.map((s) => s[1]));
    const pad = Math.max((end - start) * 0.08, 3 * 86400000);
    // more room on the right, where the labels of the latest events run on
    return { start: start - pad, end: end + 4 * pad };
  }
  const recent = recentWindow(12);
  const timeline = new vis.Timeline(container, new vis.DataSet(items), new vis.DataSet(groups), {
    stack: true,
    orientation: "top",
    zoomKey: "ctrlKey",
    margin: { item: 6 },
    maxHeight: 620,
    showCurrentTime: false, // news time, not wall-clock time
    start: recent.start,
    end: recent.end,
  });

  document.getElementById("timeline-recent")?.addEventListener("click", () => {
    timeline.setWindow(recent.start, recent.end);
  });
  document.getElementById("timeline-fit")?.addEventListener("click", () => timeline.fit());
  timeline.on("select", (props) => {
    const e = byId.get(props.items[0]);
    if (e) ng.show(panel, ng.eventBlock(e));
  });
  window.newsgraphTimeline = timeline;
  container.dataset.ready = "true";
})();
