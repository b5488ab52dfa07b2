"""Typo suggestions ("Bedoelde u …?") from the site's own vocabulary.

The vocabulary: the words of the titles of live public pages, of the taxonomy, the tags, the
editors' synonyms and the words of the field (hub.textsearch.lexicon). A query word that is
not in it gets the closest vocabulary word within one edit (words up to five letters) or two
edits (longer words), Levenshtein distance (rapidfuzz); among equally close words the most
frequent wins. Kept per process for the current content version.
"""

import time
from collections import Counter

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from hub import versions
from hub.textsearch import analysis

LOCAL_SECONDS = 300
MIN_LENGTH = 4
_memo = {}


def _public_titles():
    """Titles of the live pages that anyone may see: no view restriction on them or above
    them, and no signed-in content such as lessons (a suggestion must not reveal them)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, get_page_models

    from hub.querysets import public_filter

    private = [m for m in get_page_models() if getattr(m, "is_private_content", False)]
    hidden = ContentType.objects.get_for_models(*private).values() if private else []
    return (
        Page.objects.live()
        .filter(public_filter(), depth__gt=1)
        .exclude(content_type__in=list(hidden))
        .values_list("title", flat=True)
    )


def _collect():
    from hub.textsearch.lexicon import FIELD_WORDS, _database_words

    counts = Counter()
    for title in _public_titles():
        counts.update(analysis.content_words(title))
    counts.update(analysis.fold(word) for word in _database_words())
    counts.update(FIELD_WORDS.split())
    return counts


def vocabulary():
    """(words by frequency, their set, the set of their keys)."""
    version = versions.content_version()
    memo = _memo.get("vocabulary")
    now = time.monotonic()
    if memo is None or memo[0] != version or memo[1] < now:
        counts = _collect()
        ordered = [word for word, _count in counts.most_common() if len(word) >= MIN_LENGTH]
        known = frozenset(counts)
        memo = (
            version,
            now + LOCAL_SECONDS,
            (ordered, known, frozenset(analysis.key(w) for w in known)),
        )
        _memo["vocabulary"] = memo
    return memo[2]


def clear_local():
    _memo.clear()


def closest(word, ordered):
    """The vocabulary word closest to `word` (None when none is close enough)."""
    allowed = 1 if len(word) <= 5 else 2
    match = process.extractOne(word, ordered, scorer=Levenshtein.distance, score_cutoff=allowed)
    return match[0] if match else None


def correct(query):
    """`query` with its unknown words replaced by the closest known ones, or None when
    nothing needs (or can get) a correction."""
    ordered, known, known_keys = vocabulary()
    changed = False
    corrected = []
    for word in analysis.words(query):
        if (
            len(word) < MIN_LENGTH
            or word in analysis.STOP_WORDS
            or word in known
            or analysis.key(word) in known_keys
            or word.isdigit()
        ):
            corrected.append(word)
            continue
        replacement = closest(word, ordered)
        if replacement and replacement != word:
            corrected.append(replacement)
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None
