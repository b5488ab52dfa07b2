"""Words, stop words, search keys and compound parts of Dutch text.

A word's *search key* is its Snowball (Dutch) stem with doubled vowels folded, so that the
forms people use find each other: woning, woningen and wonen -> "won"; discriminatie,
discrimineren -> "discriminer"; stage, stages -> "stage"; sollicitatie, solliciteren ->
"solliciter". Keys are only ever compared with keys (they are not shown).

Compounds are split into parts from a lexicon of the field (hub.textsearch.lexicon):
arbeidsmarktdiscriminatie -> arbeidsmarkt + discriminatie; huurwoning -> huur + woning.
Linking letters between parts (arbeid-s-markt, ...) are allowed. A word is split only into
parts of at least three letters that are all in the lexicon; the split with the fewest parts
wins. Words outside the lexicon are not split: that is where compound handling stops.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

MIN_PART = 3
LINKS = ("", "s", "e", "en")
WORD = re.compile(r"[^\W_]+", re.UNICODE)

# The Dutch stop words of the Snowball project, plus question words that carry no topic.
STOP_WORDS = frozenset(
    """
    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
    een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand
    iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets
    nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel
    voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo
    zonder zou
    """.split()
)
# Left out of queries only (they are indexed): question words, and the words of this site's
# own name for what it offers ("wat werkt", "aanpak"), which every page would match.
QUERY_FILLERS = frozenset(
    "welke welk waar wanneer kun kunt pak hoeveel werkt aanpak aanpakken".split()
)

_stemmer = snowballstemmer.stemmer("dutch")
_DOUBLE_VOWEL = re.compile(r"([aeou])\1")


_COMBINING = re.compile(r"[\u0300-\u036f]+")


def fold(text):
    """Lower case without diacritics ("Cafés" -> "cafes"), as the search engines index it."""
    text = text.lower()
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def words(text):
    """The words of `text`, folded, in order (one-letter words left out)."""
    return [word for word in WORD.findall(fold(text or "")) if len(word) > 1]


def content_words(text):
    """The words that carry meaning: no stop words."""
    return [word for word in words(text) if word not in STOP_WORDS]


def query_words(text):
    """The words of a visitor's query that carry its topic (no stop words, no fillers); the
    content words when nothing else is left, all words when even those are gone."""
    found = content_words(text)
    return [word for word in found if word not in QUERY_FILLERS] or found or words(text)


@lru_cache(maxsize=50_000)
def key(word):
    """The search key of one folded word (see the module docstring)."""
    if word.isdigit():
        return word
    return _DOUBLE_VOWEL.sub(r"\1", _stemmer.stemWord(word))


@dataclass(frozen=True)
class Lexicon:
    """Known simple words of the field (folded) and their search keys."""

    words: frozenset = frozenset()
    keys: frozenset = frozenset()

    @classmethod
    def of(cls, words):
        folded = frozenset(fold(word) for word in words if word)
        return cls(folded, frozenset(key(word) for word in folded))

    def __bool__(self):
        return bool(self.words)


EMPTY = Lexicon()


_VOWELS = set("aeiouy")


def variant_keys(word):
    """The keys of `word` and of its usual inflected forms, for a query word: the stemmer
    cuts a singular ending in -s differently from its plural (gastles -> "gastl", gastlessen
    -> "gastles"), so a query looks for both. Plural -en (with a doubled final consonant after
    a short vowel: les -> lessen), -s and -e, and the singular of a plural in -en."""
    forms = {word, f"{word}en", f"{word}s", f"{word}e"}
    if (
        len(word) > 2
        and word[-1] not in _VOWELS
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        forms.add(f"{word}{word[-1]}en")
    if word.endswith("en") and len(word) > 4:
        forms.add(word[:-2])
    return {key(form) for form in forms}


def split_compound(word, lexicon):
    """The parts of a compound `word` from `lexicon` (a Lexicon), or [].

    The fewest parts (at least two, also when the whole word is known) win; each part has at
    least MIN_PART letters; a linking letter or two
    (s, e, en) may stand between parts; the last part may be inflected (huurwoningen: huur +
    woningen, found by the key of "woning")."""
    if len(word) < 2 * MIN_PART or not lexicon:
        return []
    best = _split(word, lexicon)
    return list(best) if best and len(best) > 1 else []


@lru_cache(maxsize=20_000)
def _split(word, lexicon):
    length = len(word)
    best = {0: ()}  # best[i]: the fewest parts that make up word[:i]
    for end in range(MIN_PART, length + 1):
        last = end == length
        candidates = []
        for start, parts in list(best.items()):
            if start >= end or (last and start == 0):  # the whole word is no split
                continue
            piece = word[start:end]
            for link in LINKS:
                if link and not (parts and piece.startswith(link)):
                    continue
                core = piece[len(link) :]
                if len(core) < MIN_PART:
                    continue
                if core in lexicon.words or (last and key(core) in lexicon.keys):
                    candidates.append((*parts, core))
        if candidates:
            best[end] = min(candidates, key=len)
    return best.get(length)


# The first word of the companion text, so that ranking can tell it from the page's own text
# in the search index (a word nobody types).
KEYS_MARK = "zzzoeksleutels"


def index_keys(text, lexicon=EMPTY):
    """The companion text indexed next to a page: the key of every content word, and the
    parts of its compounds with their keys (each once, in order of appearance). The words
    themselves are indexed already, in the page's own fields."""
    seen = {}
    for word in content_words(text):
        seen.setdefault(key(word), None)
        if len(word) >= 2 * MIN_PART:
            for part in split_compound(word, lexicon):
                seen.setdefault(part, None)
                seen.setdefault(key(part), None)
    return " ".join([KEYS_MARK, *seen])
