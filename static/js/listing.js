// Progressive enhancement for faceted listings (templates/components/listing/listing.html).
// Without JavaScript the listing is a plain GET form. With it, a change to a filter or the
// sort order fetches the same URL and swaps the listing in place; the address bar keeps a
// shareable URL and the back button works.
(function () {
    "use strict";

    function container() { return document.querySelector("[data-listing]"); }

    function swap(html, url, push) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("[data-listing]");
        var current = container();
        if (!fresh || !current) { window.location.href = url; return; }
        var focusedId = document.activeElement && document.activeElement.id;
        var oldPanel = current.querySelector("[data-filters-panel]");
        var newPanel = fresh.querySelector("[data-filters-panel]");
        if (oldPanel && newPanel) { newPanel.open = oldPanel.open; }
        current.replaceWith(fresh);
        if (push) { history.pushState({ listing: true }, "", url); }
        document.title = doc.title;
        var again = focusedId && document.getElementById(focusedId);
        if (again) { again.focus(); }
        bind();
    }

    function load(url, push) {
        var listing = container();
        if (listing) { listing.setAttribute("aria-busy", "true"); }
        fetch(url, { headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" })
            .then(function (response) {
                if (!response.ok && response.status !== 404) { throw new Error(response.status); }
                return response.text();
            })
            .then(function (html) { swap(html, url, push); })
            .catch(function () { window.location.href = url; });
    }

    function formUrl(form) {
        var params = new URLSearchParams();
        new FormData(form).forEach(function (value, key) {
            if (value !== "") { params.append(key, value); }
        });
        var query = params.toString();
        return window.location.pathname + (query ? "?" + query : "");
    }

    function bind() {
        var listing = container();
        if (!listing) { return; }
        listing.classList.add("listing--enhanced");

        var form = listing.querySelector("[data-listing-form]");
        form.addEventListener("change", function (event) {
            if (event.target.name === "q") { return; }
            load(formUrl(form), true);
        });
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            load(formUrl(form), true);
        });
        listing.querySelectorAll("[data-listing-link]").forEach(function (link) {
            link.addEventListener("click", function (event) {
                if (event.metaKey || event.ctrlKey || event.shiftKey) { return; }
                event.preventDefault();
                load(link.href, true);
            });
        });
    }

    window.addEventListener("popstate", function () {
        if (container()) { load(window.location.href, false); }
    });
    document.addEventListener("DOMContentLoaded", function () {
        var panel = document.querySelector("[data-listing] [data-filters-panel]");
        if (panel && window.matchMedia("(max-width: 59.99rem)").matches) {
            panel.open = false;  // on a phone, results first; the filters are one tap away
        }
        bind();
    });
})();
