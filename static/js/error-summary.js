// The error summary (templates/components/error_summary.html): focus it on page load, so a
// screen reader reads it and a phone shows it; its links focus the field and show its label.
// Without this file the summary is still first in <main> and its links still work.
(function () {
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
        var summary = document.querySelector("[data-error-summary]");
        if (!summary) { return; }
        summary.focus();
        summary.addEventListener("click", function (event) {
            var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
            if (!link) { return; }
            var input = document.getElementById(link.getAttribute("href").slice(1));
            if (!input) { return; }
            event.preventDefault();
            var legend = input.closest("fieldset") && input.closest("fieldset").querySelector("legend");
            var label = legend || document.querySelector("label[for='" + input.id + "']") || input;
            label.scrollIntoView();
            input.focus({ preventScroll: true });
        });
    });
})();
