/* B1 check in the page editor (hub/readability_admin.py): while an editor writes, the text
   of the form is sent to the server, which answers with the Flesch-Douma and LIX scores, the
   level and the long sentences and words. Guidance only: it never blocks saving. All text is
   put into the page with textContent (never as HTML). */
(function () {
    "use strict";
    var script = document.querySelector("script[data-readability-url]");
    var form = document.querySelector("form#page-edit-form, form[data-edit-form]");
    if (!script || !form || !window.fetch) { return; }
    var url = script.getAttribute("data-readability-url");
    var skip = /(^|-)(slug|seo_title|search_description|url|email|go_live_at|expire_at)$/;

    var box = document.createElement("section");
    box.className = "readability-check";
    box.setAttribute("aria-labelledby", "readability-check-title");
    var title = document.createElement("h2");
    title.id = "readability-check-title";
    title.textContent = "Leesbaarheid (B1-check)";
    var status = document.createElement("div");
    status.setAttribute("aria-live", "polite");
    status.textContent = "Begin met schrijven: hier ziet u hoe leesbaar de tekst is.";
    box.appendChild(title);
    box.appendChild(status);
    form.parentNode.insertBefore(box, form);

    function textOfForm() {
        var parts = [];
        form.querySelectorAll("textarea, input[type=text]").forEach(function (field) {
            if (!field.name || skip.test(field.name) || field.name === "title") { return; }
            if (field.value && field.value.trim()) { parts.push(field.value.trim()); }
        });
        form.querySelectorAll("[contenteditable=true]").forEach(function (editor) {
            var text = editor.innerText || "";
            if (text.trim()) { parts.push(text.trim()); }
        });
        return parts.join("\n");
    }

    function item(list, text) {
        var li = document.createElement("li");
        li.textContent = text.length > 180 ? text.slice(0, 177) + "…" : text;
        list.appendChild(li);
    }

    function show(result) {
        status.textContent = "";
        var summary = document.createElement("p");
        var level = document.createElement("strong");
        level.textContent = result.level_label;
        summary.appendChild(level);
        if (result.douma !== null) {
            summary.appendChild(document.createTextNode(
                " (Flesch-Douma " + result.douma + ", LIX " + result.lix + ", " + result.words + " woorden)"));
        }
        status.appendChild(summary);
        if (result.long_sentences.length) {
            var heading = document.createElement("p");
            heading.textContent = "Lange zinnen (meer dan 20 woorden): maak ze korter.";
            status.appendChild(heading);
            var list = document.createElement("ul");
            result.long_sentences.slice(0, 5).forEach(function (s) { item(list, s); });
            status.appendChild(list);
        }
        if (result.long_words.length) {
            var words = document.createElement("p");
            words.textContent = "Lange woorden: " + result.long_words.join(", ") + ". Kan het eenvoudiger?";
            status.appendChild(words);
        }
    }

    var timer = null;
    var last = null;
    function check() {
        var text = textOfForm();
        if (text === last) { return; }
        last = text;
        var token = form.querySelector("input[name=csrfmiddlewaretoken]");
        fetch(url, {
            method: "POST",
            credentials: "same-origin",
            headers: {"Content-Type": "application/json", "X-CSRFToken": token ? token.value : ""},
            body: JSON.stringify({text: text})
        }).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (result) {
            if (result) { show(result); }
        }).catch(function () { /* guidance only: stay quiet when offline */ });
    }
    function later() {
        window.clearTimeout(timer);
        timer = window.setTimeout(check, 1200);
    }
    form.addEventListener("input", later);
    form.addEventListener("keyup", later);
    window.setTimeout(check, 500);
}());
