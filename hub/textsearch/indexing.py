"""The companion text of each page: the search keys of all its searchable text.

Indexed as the search field `search_keys` (hub.models.pages.BasePage and the other indexed
models), so the backends find a page by the keys of its words whatever their own stemming.
"""

from django.utils.encoding import force_str
from modelsearch import index

from hub.textsearch.analysis import index_keys
from hub.textsearch.lexicon import lexicon

FIELD = "search_keys"


def _prepare(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(_prepare(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_prepare(item) for item in value.values())
    return force_str(value)


def _texts(obj, field):
    if isinstance(field, index.SearchField):
        if field.field_name != FIELD:
            yield _prepare(field.get_value(obj))
    elif isinstance(field, index.RelatedFields):
        related = field.get_value(obj)
        if related is None:
            return
        objects = related.all() if hasattr(related, "all") else [related]
        for sub in objects:
            for sub_field in field.fields:
                yield from _texts(sub, sub_field)


def searchable_text(obj):
    """The text of every search field of `obj` (what the backends index), as one string."""
    return " ".join(text for field in obj.get_search_fields() for text in _texts(obj, field))


def kind_words(obj):
    """What kind of content `obj` is, in words ("cursus Cursussen"): a search for "cursus
    beleid" finds the course about policy even when its text never says "cursus"."""
    declared = getattr(type(obj), "search_type", None)
    return f"{declared[0]} {declared[1]}" if declared else ""


def search_keys(obj):
    return index_keys(f"{kind_words(obj)} {searchable_text(obj)}", lexicon())


class SearchKeysMixin:
    """Indexes `search_keys` next to the model's own search fields. Add
    `SearchKeysField("search_keys")` to the model's search_fields (`with_search_keys`)."""

    def search_keys(self):
        return search_keys(self)


class SearchKeysField(index.SearchField):
    """The `search_keys` search field. Its method comes from SearchKeysMixin, a plain class:
    the search engines (Elasticsearch, OpenSearch) name a field that a subclass of the index's
    root model defines after the model that defines it, and read `_meta` of that class. The
    defining model here is the most basic Django model with the method (BasePage for every
    page type), so all page types share one field name in the engine's index."""

    def get_definition_model(self, cls):
        models = [
            base
            for base in cls.__mro__
            if hasattr(base, "_meta") and callable(getattr(base, FIELD, None))
        ]
        return models[-1] if models else super().get_definition_model(cls)


def with_search_keys(fields):
    """`fields` with the companion field last (after the lead text, which ranking reads
    first): `search_fields = with_search_keys([...])` on every searchable model."""
    return [field for field in fields if getattr(field, "field_name", None) != FIELD] + [
        SearchKeysField(FIELD)
    ]
