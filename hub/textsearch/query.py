"""From what a visitor types to a search query: per content word, the word itself, its
search key, its synonyms (editors' list) and, for a compound, its parts together.

"discriminatie op de woningmarkt" becomes, with stop words left out,
    (discriminatie | key:discriminer | synonyms...) AND
    (woningmarkt | key:woningmark | (key:won AND key:mark))
so "woningmarktdiscriminatie", "discriminatie bij woningen" and "discrimineren op de
woningmarkt" find each other. Quoted text ("...") is searched as a phrase, as typed.
"""

from dataclasses import dataclass, field

from modelsearch.query import And, Or, PlainText
from modelsearch.utils import parse_query_string

from hub.textsearch import analysis
from hub.textsearch.lexicon import GENERIC_PARTS, lexicon


@dataclass
class WordGroup:
    """One word of the query with everything that may stand for it."""

    word: str
    literals: list = field(default_factory=list)  # the word and its synonyms, folded
    keys: set = field(default_factory=set)  # search keys of those
    own_keys: set = field(default_factory=set)  # search keys of the word itself
    parts: list = field(default_factory=list)  # keys of the compound's parts
    weight: float = 1.0  # how telling the word is (rarer: heavier), set by the search

    def query(self):
        alternatives = [PlainText(literal) for literal in self.literals]
        alternatives += [PlainText(key) for key in sorted(self.keys - set(self.literals))]
        if self.parts:
            alternatives.append(And([PlainText(part) for part in self.parts]))
        return alternatives[0] if len(alternatives) == 1 else Or(alternatives)

    def own_query(self):
        """The word itself in any form, or its parts together: no synonyms."""
        alternatives = [PlainText(self.word)]
        alternatives += [PlainText(key) for key in sorted(self.own_keys - {self.word})]
        if self.parts:
            alternatives.append(And([PlainText(part) for part in self.parts]))
        return alternatives[0] if len(alternatives) == 1 else Or(alternatives)

    def matches(self, keys):
        """How well a text with these search keys answers this word: 1 for the word itself
        (any form) or all its compound parts, 0.5 for a synonym only, 0 otherwise."""
        if self.own_keys & keys or (self.parts and set(self.parts) <= keys):
            return 1.0
        return 0.5 if self.keys & keys else 0.0


def word_groups(text):
    """The query's word groups: content words (stop words only when nothing else is left)."""
    from hub.faceting.synonyms import synonyms

    words = analysis.query_words(text)
    mapping = {analysis.fold(term): alts for term, alts in synonyms().items()}
    lex = lexicon()
    groups = []
    for word in dict.fromkeys(words):
        literals = [word, *(analysis.fold(alt) for alt in mapping.get(word, ()))]
        keys = set()
        for literal in literals:
            for part in analysis.words(literal):
                keys |= analysis.variant_keys(part)
        split = analysis.split_compound(word, lex)
        telling = [part for part in split if part not in GENERIC_PARTS] or split
        parts = [analysis.key(part) for part in telling]
        for part in telling:  # a part's synonyms count as the word's synonyms
            for alternative in mapping.get(part, ()):
                for alt_word in analysis.words(alternative):
                    keys |= analysis.variant_keys(alt_word)
        own = analysis.variant_keys(word)
        groups.append(WordGroup(word, list(dict.fromkeys(literals)), keys | own, own, parts))
    return groups


def build(text, operator="and"):
    """The search query for `text`: all words (operator "and") or any word ("or"). None
    when there is nothing to search for."""
    if '"' in text:
        _filters, parsed = parse_query_string(text, operator=operator)
        return parsed
    groups = word_groups(text)
    if not groups:
        return None
    queries = [group.query() for group in groups]
    if len(queries) == 1:
        return queries[0]
    return And(queries) if operator == "and" else Or(queries)
