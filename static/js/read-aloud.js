// "Lees voor" (templates/components/read_aloud.html): reads the text of the surrounding
// <article> (or of the element named by data-read-aloud-target) aloud with the browser's
// speechSynthesis, in Dutch. The control is rendered hidden and only shown when the browser
// can speak. One utterance per paragraph or heading: long utterances stop early in Chromium,
// and pause/resume/stop then work between and within paragraphs.
(function () {
    "use strict";
    var synth = window.speechSynthesis;
    if (!synth || typeof window.SpeechSynthesisUtterance !== "function") { return; }

    var BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption, th, td, summary, pre";
    // Not read: the controls themselves, navigation, forms and what is hidden.
    var SKIP = "[data-read-aloud], nav, form, button, script, style, template, [hidden], [aria-hidden='true'], .visually-hidden, [data-read-aloud-skip]";

    function dutchVoice() {
        var voices = synth.getVoices ? synth.getVoices() : [];
        var dutch = voices.filter(function (voice) { return /^nl([-_]|$)/i.test(voice.lang || ""); });
        return dutch.filter(function (voice) { return /^nl[-_]NL$/i.test(voice.lang); })[0] || dutch[0] || null;
    }

    function texts(root) {
        var found = [];
        root.querySelectorAll(BLOCKS).forEach(function (element) {
            if (element.closest(SKIP)) { return; }
            // Leaf blocks only: a list item with a paragraph is read through the paragraph.
            if (element.querySelector(BLOCKS)) { return; }
            var text = (element.textContent || "").replace(/\s+/g, " ").trim();
            if (text) { found.push(text); }
        });
        return found;
    }

    function setUp(control) {
        var start = control.querySelector("[data-read-aloud-start]");
        var pause = control.querySelector("[data-read-aloud-pause]");
        var stop = control.querySelector("[data-read-aloud-stop]");
        var status = control.querySelector("[data-read-aloud-status]");
        var targetId = control.getAttribute("data-read-aloud-target");
        var root = (targetId && document.getElementById(targetId)) || control.closest("article") ||
            document.getElementById("inhoud");
        var state = "idle";  // idle, speaking, paused
        var run = 0;  // utterances of a stopped run must not change the state of a new one

        function say(key) { status.textContent = control.getAttribute("data-msg-" + key) || ""; }

        function show(newState) {
            state = newState;
            var active = state !== "idle";
            start.setAttribute("aria-pressed", active ? "true" : "false");
            pause.hidden = !active;
            stop.hidden = !active;
            pause.textContent = control.getAttribute(state === "paused" ? "data-label-resume" : "data-label-pause");
            pause.setAttribute("aria-pressed", state === "paused" ? "true" : "false");
        }

        function begin() {
            var parts = texts(root);
            if (!parts.length) { return; }
            synth.cancel();
            // Chromium stays paused after pause() and cancel(): nothing new would be heard.
            if (synth.paused) { synth.resume(); }
            run += 1;
            var current = run;
            var voice = dutchVoice();
            parts.forEach(function (text, index) {
                var utterance = new window.SpeechSynthesisUtterance(text);
                utterance.lang = voice ? voice.lang : "nl-NL";
                if (voice) { utterance.voice = voice; }
                if (index === parts.length - 1) {
                    utterance.onend = function () {
                        if (current === run && state !== "idle") { show("idle"); say("done"); }
                    };
                }
                synth.speak(utterance);
            });
            show("speaking");
            say("started");
        }

        start.addEventListener("click", function () {
            if (state === "paused") { synth.resume(); show("speaking"); say("resumed"); return; }
            if (state === "speaking") { return; }
            begin();
        });
        pause.addEventListener("click", function () {
            if (state === "speaking") { synth.pause(); show("paused"); say("paused"); }
            else if (state === "paused") { synth.resume(); show("speaking"); say("resumed"); }
        });
        stop.addEventListener("click", function () {
            run += 1;
            synth.cancel();
            show("idle");
            say("stopped");
            start.focus();
        });
        // Leaving the page stops the voice, which would otherwise go on reading.
        window.addEventListener("pagehide", function () { synth.cancel(); });

        control.hidden = false;
    }

    document.querySelectorAll("[data-read-aloud]").forEach(setUp);
})();
