// Progressive enhancement for lessons: when the reader reaches the end of a lesson, it is
// marked as done in the background. Without JavaScript the "Les afronden" button does this.
(function () {
    "use strict";
    function init() {
        var form = document.querySelector("[data-lesson-complete]");
        var end = document.querySelector("[data-lesson-end]");
        if (!form || !end || !("IntersectionObserver" in window) || !window.fetch) { return; }
        var scrolled = false;
        var sent = false;
        window.addEventListener("scroll", function () { scrolled = true; }, { passive: true });
        var observer = new IntersectionObserver(function (entries) {
            entries.forEach(function (entry) {
                // Only after the reader scrolled: a short lesson is not "read" on page load.
                if (!entry.isIntersecting || !scrolled || sent) { return; }
                sent = true;
                observer.disconnect();
                fetch(form.action, {
                    method: "POST",
                    body: new FormData(form),
                    headers: { "Accept": "application/json" },
                    credentials: "same-origin"
                }).then(function (response) {
                    if (!response.ok) { sent = false; return; }
                    var status = end.querySelector("[data-lesson-status]");
                    if (status) {
                        status.setAttribute("role", "status");
                        status.textContent = status.getAttribute("data-done-text") || "Deze les is afgerond.";
                    }
                }).catch(function () { sent = false; });
            });
        }, { threshold: 0.6 });
        observer.observe(end);
    }
    document.addEventListener("DOMContentLoaded", init);
})();
