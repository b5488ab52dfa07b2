"""Dutch text search on every backend: analysis (words, stop words, stems, compounds), the
companion text that is indexed next to each page (`search_keys`), the search query built from
what a visitor types, re-ranking of the best candidates, typo suggestions and highlighting.

SQLite FTS5 has no Dutch stemmer, so the hub does the Dutch part itself, the same way for
every backend: each page also indexes the *search keys* of its words (a Snowball stem with
doubled vowels folded, plus the parts of compound words), and each query word also searches
for its key. PostgreSQL keeps its `dutch` configuration on top; an engine its Dutch analyzer.
"""
