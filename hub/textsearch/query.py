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
from hub.textsearch.lexicon import lexicon


@dataclass
class WordGroup:
    """One word of the query with everything that may stand for it."""

    word: str
    literals: list = field(default_factory=list)  # the word and its synonyms, folded
    keys: set = field(default_factory=set)  # search keys of those
    parts: list = field(default_factory=list)  # keys of the compound's parts
    weight: float = 1.0  # how telling the word is (rarer: heavier), set by the search

    def query(self):
        alternatives = [PlainText(literal) for literal in self.literals]
        alternatives += [PlainText(key) for key in sorted(self.keys - set(self.literals))]
        if self.parts:
            alternatives.append(And([PlainText(part) for part in self.parts]))
        return alternatives[0] if len(alternatives) == 1 else Or(alternatives)

    def matches(self, keys):
        """Whether a text with these search keys answers this word."""
        return bool(self.keys & keys) or bool(self.parts) and set(self.parts) <= keys


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
        parts = [analysis.key(part) for part in analysis.split_compound(word, lex)]
        groups.append(WordGroup(word, list(dict.fromkeys(literals)), keys, parts))
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
