// The API docs page: Swagger UI over this server's schema. A file of its own because the pages'
// CSP allows no inline script (FastAPI's stock docs page has one and loads from a CDN).
"use strict";

(function () {
  const node = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: node.dataset.url,
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    validatorUrl: null,
    onComplete: () => node.setAttribute("data-ready", "true"),
  });
})();
