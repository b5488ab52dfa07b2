// Copy buttons: the motion and written-question texts of the raadsledentool, the share link of
// an intervention. A button names its field (data-copy) and may bring its own confirmation
// (data-copy-message); the confirmation goes to the [data-copy-status] of its
// [data-copy-scope], or else of the page.
(function () {
    "use strict";
    document.documentElement.classList.add("js");
    document.addEventListener("click", function (event) {
        var button = event.target.closest("[data-copy]");
        if (!button) { return; }
        var field = document.getElementById(button.getAttribute("data-copy"));
        var scope = button.closest("[data-copy-scope]") || document;
        var status = scope.querySelector("[data-copy-status]");
        var message = button.getAttribute("data-copy-message") || "Tekst gekopieerd.";
        if (!field) { return; }
        var done = function () { if (status) { status.textContent = message; } };
        var fallback = function () {
            field.select();
            try { if (document.execCommand("copy")) { done(); } } catch (error) { /* selected */ }
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(field.value).then(done, fallback);
        } else {
            fallback();
        }
    });
})();
