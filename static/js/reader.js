/* The reader's keys: arrows page through the book, "/" goes to the search box;
   in an edit, Ctrl+Enter (Cmd+Enter) saves and Esc cancels. */
(function () {
  "use strict";

  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  document.addEventListener("keydown", function (event) {
    var form = event.target.closest && event.target.closest("form.edit-form");
    if (form) {
      if (event.key === "Escape") {
        event.preventDefault();
        var cancel = document.querySelector(form.dataset.cancel);
        if (cancel) cancel.click();
      } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    var rel = { ArrowLeft: "prev", ArrowRight: "next" }[event.key];
    if (rel) {
      var link = document.querySelector('.pager a[rel="' + rel + '"]');
      if (link) {
        event.preventDefault();
        link.click();
      }
    } else if (event.key === "/") {
      var box = document.getElementById("q");
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    }
  });
})();
