// Progressive enhancement for faceted listings (templates/components/listing/listing.html).
// Without JavaScript the listing is a plain GET form. With it, a change to a filter or the
// sort order fetches the same URL and swaps the listing in place; the address bar keeps a
// shareable URL and the back button works. On a phone the filters sit in a closed panel
// ("Filters (n)"); its "Toon N resultaten" button closes it and moves the focus to the number
// of results. Long facets get a small text filter on their values.
(function () {
    "use strict";

    function container() { return document.querySelector("[data-listing]"); }

    // What the visitor set up in the old listing and expects to find in the new one: which
    // "Toon alle" lists are open and what was typed in a facet's filter.
    function carryOver(current, fresh) {
        var oldPanel = current.querySelector("[data-filters-panel]");
        var newPanel = fresh.querySelector("[data-filters-panel]");
        if (oldPanel && newPanel) { newPanel.open = oldPanel.open; }
        current.querySelectorAll("fieldset[id]").forEach(function (fieldset) {
            var twin = fresh.querySelector("#" + CSS.escape(fieldset.id));
            if (!twin) { return; }
            var more = fieldset.querySelector("[data-facet-more]");
            var twinMore = twin.querySelector("[data-facet-more]");
            if (more && twinMore) { twinMore.open = more.open; }
            var filter = fieldset.querySelector("[data-facet-filter]");
            var twinFilter = twin.querySelector("[data-facet-filter]");
            if (filter && twinFilter) { twinFilter.value = filter.value; }
        });
    }

    function swap(html, url, push, after) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("[data-listing]");
        var current = container();
        if (!fresh || !current) { window.location.href = url; return; }
        var focusedId = document.activeElement && document.activeElement.id;
        carryOver(current, fresh);
        current.replaceWith(fresh);
        if (push) { history.pushState({ listing: true }, "", url); }
        document.title = doc.title;
        bind();
        var again = focusedId && document.getElementById(focusedId);
        if (again) { again.focus(); }
        if (after) { after(); }
    }

    function phone() { return window.matchMedia("(max-width: 59.99rem)").matches; }

    // After "Toon N resultaten": the panel closes and the focus goes to the number of results,
    // so the page lands on the results and a screen reader reads how many there are.
    function showResults() {
        var listing = container();
        if (!listing) { return; }
        var panel = listing.querySelector("[data-filters-panel]");
        if (panel && phone()) { panel.open = false; }
        var total = listing.querySelector("[data-listing-total]");
        if (total) {
            total.focus();
            total.scrollIntoView({ block: "start" });
        }
    }

    // After "Wis filters" the link is gone: the focus goes back to the panel's toggle.
    function focusPanel() {
        var toggle = document.querySelector("[data-listing] .filters__toggle");
        if (toggle) { toggle.focus(); }
    }

    function filterFacet(input) {
        var fieldset = input.closest("fieldset");
        var words = input.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
        var shown = 0;
        fieldset.querySelectorAll(".facet__option").forEach(function (option) {
            var label = option.querySelector("label").textContent.toLowerCase();
            var match = words.every(function (word) { return label.indexOf(word) !== -1; });
            option.hidden = !match;
            if (match) { shown += 1; }
        });
        var more = fieldset.querySelector("[data-facet-more]");
        if (more && words.length) { more.open = true; }
        var none = fieldset.querySelector("[data-facet-none]");
        if (none) { none.hidden = shown > 0; }
    }

    function load(url, push, after) {
        var listing = container();
        if (listing) { listing.setAttribute("aria-busy", "true"); }
        fetch(url, { headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" })
            .then(function (response) {
                if (!response.ok && response.status !== 404) { throw new Error(response.status); }
                return response.text();
            })
            .then(function (html) { swap(html, url, push, after); })
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
            // the text search waits for its button; a facet's own filter is not a parameter
            if (event.target.name === "q" || !event.target.name) { return; }
            load(formUrl(form), true);
        });
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var url = formUrl(form);
            var show = event.submitter && event.submitter.hasAttribute("data-show-results");
            if (show && url === window.location.pathname + window.location.search) {
                showResults();  // the listing already shows these filters
                return;
            }
            load(url, true, show ? showResults : null);
        });
        listing.querySelectorAll("[data-listing-link]").forEach(function (link) {
            link.addEventListener("click", function (event) {
                if (event.metaKey || event.ctrlKey || event.shiftKey) { return; }
                event.preventDefault();
                load(link.href, true, link.hasAttribute("data-clear-filters") ? focusPanel : null);
            });
        });
        listing.querySelectorAll("[data-facet-search]").forEach(function (box) {
            box.hidden = false;
            var input = box.querySelector("[data-facet-filter]");
            input.addEventListener("input", function () { filterFacet(input); });
            input.addEventListener("keydown", function (event) {
                if (event.key === "Enter") { event.preventDefault(); }  // not a form submit
            });
            if (input.value) { filterFacet(input); }
        });
    }

    window.addEventListener("popstate", function () {
        if (container()) { load(window.location.href, false); }
    });
    document.addEventListener("DOMContentLoaded", function () {
        var panel = document.querySelector("[data-listing] [data-filters-panel]");
        if (panel && phone()) {
            panel.open = false;  // on a phone, results first; the filters are one tap away
        }
        bind();
    });
})();
