// Title suggestions for the search box in the header (ARIA 1.2 combobox pattern).
// Without JavaScript the box is a plain search form that submits to /zoeken/.
(function () {
    "use strict";

    function setup(input) {
        var endpoint = input.getAttribute("data-autocomplete");
        var listId = input.id + "-suggesties";
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", "Suggesties");
        list.hidden = true;
        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        input.parentNode.appendChild(list);
        input.parentNode.appendChild(status);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var items = [];
        var active = -1;
        var timer = null;
        var lastTerm = "";

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function highlight(index) {
            var options = list.querySelectorAll("[role=option]");
            options.forEach(function (option, i) { option.setAttribute("aria-selected", i === index ? "true" : "false"); });
            active = index;
            if (index >= 0 && options[index]) {
                input.setAttribute("aria-activedescendant", options[index].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function render(suggestions) {
            items = suggestions;
            list.innerHTML = "";
            suggestions.forEach(function (item, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                var title = document.createElement("span");
                title.textContent = item.title;
                option.appendChild(title);
                if (item.type) {
                    var type = document.createElement("span");
                    type.className = "suggestions__type";
                    type.textContent = item.type;
                    option.appendChild(type);
                }
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    window.location.href = item.url;
                });
                list.appendChild(option);
            });
            var open = suggestions.length > 0;
            list.hidden = !open;
            input.setAttribute("aria-expanded", open ? "true" : "false");
            status.textContent = open ? suggestions.length + " suggesties beschikbaar. Gebruik de pijltjestoetsen." : "";
            active = -1;
        }

        function lookup() {
            var term = input.value.trim();
            if (term === lastTerm) { return; }
            lastTerm = term;
            if (term.length < 2) { render([]); return; }
            fetch(endpoint + "?q=" + encodeURIComponent(term), { headers: { Accept: "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) { if (input.value.trim() === term) { render(data.suggestions || []); } })
                .catch(function () { render([]); });
        }

        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(lookup, 200);
        });
        input.addEventListener("keydown", function (event) {
            if (list.hidden) { return; }
            if (event.key === "ArrowDown") {
                event.preventDefault();
                highlight(Math.min(active + 1, items.length - 1));
            } else if (event.key === "ArrowUp") {
                event.preventDefault();
                highlight(Math.max(active - 1, -1));
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                window.location.href = items[active].url;
            } else if (event.key === "Escape") {
                close();
            }
        });
        input.addEventListener("blur", function () { setTimeout(close, 150); });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("input[data-autocomplete]").forEach(setup);
    });
})();
