"""How readable is a Dutch text? Guidance for editors, never a gate.

Two measures from textstat (a maintained library), both for Dutch:
- Flesch-Douma (Flesch reading ease with Douma's coefficients: 206.84 - 0.93 x words per
  sentence - 77 x syllables per word; syllables from pyphen's Dutch hyphenation dictionary):
  higher is easier.
- LIX (Björnsson: words per sentence + percentage of words over six letters): lower is easier.

Only texts of at least MIN_WORDS words get a level: on a few lines the measures say little.
The level: "B1" when Flesch-Douma is at least 60 and LIX at most 45 (short sentences, few
long words: what the Direct Duidelijk and Steffie guidelines ask for texts for everyone);
"B2" down to Flesch-Douma 45; below that "C1". Also marked: sentences of more than 20 words
and words of 16 letters or more (Dutch compounds) or 6 syllables or more.
"""

import re
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from textstat.textstat import textstatistics

B1_MIN_DOUMA = 60
B1_MAX_LIX = 45
B2_MIN_DOUMA = 45
LONG_SENTENCE_WORDS = 20
LONG_WORD_LETTERS = 16
LONG_WORD_SYLLABLES = 6
MAX_MARKED = 10
# Texts shorter than this say little: no level.
MIN_WORDS = 50

LEVELS = {
    "B1": _("B1 of eenvoudiger: goed leesbaar voor de meeste mensen"),
    "B2": _("B2: voor een deel van de lezers te moeilijk"),
    "C1": _("C1: moeilijk; maak zinnen korter en woorden eenvoudiger"),
}

_stats = textstatistics()
_stats.set_lang("nl")
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\n+")
_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]*")


@dataclass
class Analysis:
    words: int
    sentences: int
    douma: float | None
    lix: float | None
    level: str  # "B1", "B2", "C1" or "" (too short to say)
    long_sentences: list = field(default_factory=list)
    long_words: list = field(default_factory=list)

    @property
    def level_label(self):
        return LEVELS.get(self.level, _("Te weinig tekst om iets te zeggen"))

    @property
    def is_b1(self):
        return self.level == "B1"

    def as_dict(self):
        return {
            "words": self.words,
            "sentences": self.sentences,
            "douma": self.douma,
            "lix": self.lix,
            "level": self.level,
            "level_label": str(self.level_label),
            "long_sentences": self.long_sentences,
            "long_words": self.long_words,
        }


_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|div|blockquote|dd|dt|td|th)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(value):
    """Text of HTML, with a line break where a block ends (so list items stay apart)."""
    return strip_tags(_BLOCK_END.sub("\n", str(value or "")))


def _is_prose(part):
    """Not a link target or a bare number: text someone reads."""
    part = part.strip()
    return (
        bool(part)
        and not part.startswith(("/", "http://", "https://", "mailto:"))
        and bool(_WORD.search(part))
    )


def _sentences(text):
    return [part.strip() for part in _SENTENCE_END.split(text) if part and part.strip()]


def level_for(douma, lix):
    if douma >= B1_MIN_DOUMA and lix <= B1_MAX_LIX:
        return "B1"
    if douma >= B2_MIN_DOUMA:
        return "B2"
    return "C1"


def analyse(text):
    """The Analysis of plain text (HTML is stripped first)."""
    text = html_to_text(text).replace("\xa0", " ")
    # A line without a full stop (a heading, a list item) is a sentence of its own: textstat
    # counts sentences by their punctuation only.
    text = "\n".join(
        line if line.endswith((".", "!", "?", ":", ";")) else line + "."
        for line in (raw.strip() for raw in text.splitlines())
        if _is_prose(line)
    )
    sentences = _sentences(text)
    words = _WORD.findall(text)
    long_sentences = [
        sentence for sentence in sentences if len(_WORD.findall(sentence)) > LONG_SENTENCE_WORDS
    ]
    long_words = []
    for word in words:
        if word.lower() in (found.lower() for found in long_words):
            continue
        if len(word) >= LONG_WORD_LETTERS or _stats.syllable_count(word) >= LONG_WORD_SYLLABLES:
            long_words.append(word)
    if len(words) < MIN_WORDS:
        douma = lix = None
        level = ""
    else:
        douma = round(_stats.flesch_reading_ease(text), 1)
        lix = round(_stats.lix(text), 1)
        level = level_for(douma, lix)
    return Analysis(
        words=len(words),
        sentences=len(sentences),
        douma=douma,
        lix=lix,
        level=level,
        long_sentences=long_sentences[:MAX_MARKED],
        long_words=long_words[:MAX_MARKED],
    )


# Text fields that are not running text.
NOT_RUNNING_TEXT = {"search_description", "seo_title", "backfire_explanation_internal"}


def page_text(page):
    """The running text of a page: every TextField, rich text and StreamField of its own model
    (not the title, slugs or short labels), reduced to text; sentences end at field ends."""
    from django.db import models
    from wagtail.fields import StreamField, StreamValue
    from wagtail.models import Page

    parts = []
    for model_field in page._meta.concrete_fields:
        # Wagtail's own page fields (url_path, ...) are not text anyone reads.
        if model_field.model is Page or model_field.name in NOT_RUNNING_TEXT:
            continue
        if not isinstance(model_field, models.TextField | StreamField):
            continue
        value = getattr(page, model_field.attname, None)
        if isinstance(value, StreamValue):
            parts.extend(str(item) for item in value.stream_block.get_searchable_content(value))
        elif isinstance(value, str):
            parts.append(html_to_text(value))
    return "\n".join(part for part in parts if _is_prose(part))


def store(page):
    """Compute and keep the readability of a live page (for the admin report)."""
    from hub.models import PageReadability

    analysis = analyse(page_text(page.specific))
    PageReadability.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "words": analysis.words,
            "douma": analysis.douma,
            "lix": analysis.lix,
            "level": analysis.level,
            "long_sentences": len(analysis.long_sentences),
        },
    )
    return analysis


def on_publish(sender, instance, **kwargs):
    store(instance)


def on_unpublish(sender, instance, **kwargs):
    from hub.models import PageReadability

    PageReadability.objects.filter(page_id=instance.pk).delete()


def store_all():
    """Every live page (the demo loader and `manage.py score_readability`). Returns the count."""
    from wagtail.models import Page

    pages = Page.objects.live().filter(depth__gt=1).specific().iterator(chunk_size=200)
    count = 0
    for page in pages:
        store(page)
        count += 1
    return count
