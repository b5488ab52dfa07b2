// Copy buttons for the motion and written-question texts of the raadsledentool.
(function () {
    "use strict";
    document.documentElement.classList.add("js");
    document.addEventListener("click", function (event) {
        var button = event.target.closest("[data-copy]");
        if (!button) { return; }
        var field = document.getElementById(button.getAttribute("data-copy"));
        var status = document.querySelector("[data-copy-status]");
        if (!field) { return; }
        var done = function () { if (status) { status.textContent = "Tekst gekopieerd."; } };
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
        } else {
            field.select();
            document.execCommand("copy");
            done();
        }
    });
})();
