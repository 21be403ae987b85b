/* Swagger UI on the API docs page (templates/api/docs.html). The page's header (h1, version,
   description) stands in for Swagger's info block, whose h1 is followed by h3 tag headings; the
   authorization block gets a labelled section and an h2, so every part of the page sits in a
   landmark and headings go h1 > h2 > h3; the controls Swagger leaves unnamed get names.
   drf-spectacular's start-up script calls SwaggerUIBundle(config); this wraps it to add the plugin. */
(function () {
  "use strict";
  var original = window.SwaggerUIBundle;
  if (!original) return;

  function apiDocsLayout(system) {
    var h = system.React.createElement;
    return {
      components: {
        InfoContainer: function () { return null; }
      },
      wrapComponents: {
        AuthorizeBtnContainer: function (Original) {
          return function (props) {
            return h("section", { className: "api-auth", "aria-labelledby": "api-auth-title" },
              h("h2", { id: "api-auth-title" }, "Authorization"),
              h(Original, props));
          };
        }
      }
    };
  }

  /* Swagger's "Try it out" fields, dialog and responses lack names a screen reader can say: name them
     after the parameter, the action or the operation, as Swagger renders them (it re-renders often). */
  function operationName(el) {
    var block = el.closest(".opblock");
    if (!block) return "";
    var method = block.querySelector(".opblock-summary-method");
    var path = block.querySelector(".opblock-summary-path");
    return [method && method.textContent, path && (path.getAttribute("data-path") || path.textContent)]
      .filter(Boolean).join(" ");
  }

  function nameControls(root) {
    root.querySelectorAll("tr[data-param-name], tr[data-property-name]").forEach(function (row) {
      var name = row.getAttribute("data-param-name") || row.getAttribute("data-property-name");
      row.querySelectorAll("select:not([aria-label]), input:not([aria-label]), textarea:not([aria-label])")
        .forEach(function (field) { field.setAttribute("aria-label", name); });
    });
    root.querySelectorAll(".responses-table[role=region]:not([aria-label])").forEach(function (table) {
      table.setAttribute("aria-label", ("Responses of " + operationName(table)).trim());
    });
    root.querySelectorAll("button.close-modal:not([aria-label])").forEach(function (button) {
      button.setAttribute("aria-label", "Close");
    });
    // "Authorize" / "Logout" buttons carry an aria-label that hides their visible text.
    root.querySelectorAll(".auth-btn-wrapper button[aria-label]").forEach(function (button) {
      var text = button.textContent.trim();
      if (text && button.getAttribute("aria-label").indexOf(text) === -1) button.removeAttribute("aria-label");
    });
  }

  function watch() {
    var root = document.getElementById("swagger-ui");
    if (!root) return;
    var pending = false;
    new MutationObserver(function () {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () { pending = false; nameControls(root); });
    }).observe(root, { childList: true, subtree: true });
  }

  function withPlugin(config) {
    return original(Object.assign({}, config, { plugins: (config.plugins || []).concat([apiDocsLayout]) }));
  }
  Object.keys(original).forEach(function (key) { withPlugin[key] = original[key]; });
  window.SwaggerUIBundle = withPlugin;
  watch();
})();
