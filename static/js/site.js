// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    // Open a <details> element that contains the fragment target (e.g. a FAQ answer).
    function openTarget() {
        if (!location.hash) { return; }
        var target = document.getElementById(location.hash.slice(1));
        if (target && target.closest) {
            var details = target.closest("details");
            if (details) { details.open = true; }
        }
    }
    window.addEventListener("hashchange", openTarget);
    document.addEventListener("DOMContentLoaded", openTarget);
})();
