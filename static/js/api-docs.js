/* Swagger UI on the API docs page (templates/api/docs.html). The page's header (h1, version,
   description) stands in for Swagger's info block, whose h1 is followed by h3 tag headings; the
   authorization block gets a labelled section and an h2, so every part of the page sits in a
   landmark and headings go h1 > h2 > h3. drf-spectacular's start-up script calls
   SwaggerUIBundle(config); this wraps it to add the plugin. */
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

  function withPlugin(config) {
    return original(Object.assign({}, config, { plugins: (config.plugins || []).concat([apiDocsLayout]) }));
  }
  Object.keys(original).forEach(function (key) { withPlugin[key] = original[key]; });
  window.SwaggerUIBundle = withPlugin;
})();
