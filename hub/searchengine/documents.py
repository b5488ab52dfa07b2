"""What a search-engine document carries for the faceted listings, beside its text.

Every listing that a search engine can answer (hub.faceting.engine.FacetedSearch.engine_ready)
adds to the documents of its models:

- `kh_facets`: one keyword per facet value of the object, "<listing>:<facet>=<value>"
  ("interventionsearch:grond=leeftijd"), from the same facet declarations that feed the
  in-memory index (`Facet.index_values`);
- `kh_sort.<listing>__<sort>__<n>`: the n-th field of each of the listing's sorts, with the
  type of its model field (text sorts without case or accents: normalizer `kh_sort`);
- `kh_pk`: the primary key as a number, the last tie-breaker of every sort.

The backend hub.faceting.backends.engine filters, counts, sorts and pages with them. Bulk
indexing (`update_index`) reads these values with a few queries per chunk of objects, not per
object (`EngineIndexMixin.add_items`).
"""

from django.db import models
from django.utils.module_loading import autodiscover_modules

FACETS_FIELD = "kh_facets"
SORT_FIELD = "kh_sort"
PK_FIELD = "kh_pk"
SORT_NORMALIZER = "kh_sort"
# Where a cached computation is kept on an object while a chunk is indexed.
_EXTRAS = "_kh_engine_extras"

# The index settings (normalizer, max_result_window) are in SEARCH_ENGINE_INDEX_SETTINGS
# (hub/settings/base.py).


def engine_listings():
    """Every listing class a search engine answers (their modules are imported first)."""
    from hub.faceting.engine import listings

    autodiscover_modules("search", "sitesearch")
    return [listing for listing in listings() if listing.engine_ready()]


def listings_for(model):
    return [
        listing
        for listing in engine_listings()
        if any(issubclass(model, indexed) for indexed in listing.indexed_models())
    ]


def facet_key(listing, param, value):
    return f"{listing.engine_key()}:{param}={value}"


def sort_field(listing, sort, position):
    return f"{listing.engine_key()}__{sort.value}__{position}"


def sort_column(listing, sort, position):
    """The field to sort on in a query."""
    return f"{SORT_FIELD}.{sort_field(listing, sort, position)}"


def _model_field(model, path):
    """The model field at the end of a lookup path ("evidence_level__sort_order"); a relation
    at the end stands for the primary key it points to."""
    *relations, last = path.split("__")
    for name in relations:
        model = model._meta.get_field(name).related_model
    field = model._meta.get_field(last)
    return field.target_field if field.is_relation else field


def _field_mapping(field):
    if isinstance(field, models.BooleanField):
        return {"type": "boolean"}
    if isinstance(field, models.IntegerField | models.AutoField):
        return {"type": "long"}
    if isinstance(field, models.FloatField | models.DecimalField):
        return {"type": "double"}
    if isinstance(field, models.DateField):  # DateTimeField too
        return {"type": "date"}
    return {"type": "keyword", "normalizer": SORT_NORMALIZER}


def _sort_value(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return float(value) if hasattr(value, "as_integer_ratio") else str(value)


def sort_mapping(model):
    """{field name: mapping} of the sort keys of every listing of `model`."""
    properties = {}
    for listing in listings_for(model):
        for sort in listing.sorts:
            for position, name in enumerate(sort.ordering):
                field = _model_field(model, name.lstrip("-"))
                properties[sort_field(listing, sort, position)] = _field_mapping(field)
    return properties


def extras(model, objects, in_memory=False):
    """{pk: (facet keys, sort values)} for `objects` of `model`: a few queries per listing
    for all of them (one per facet and one per sort). `in_memory`: one object just saved,
    whose many-to-many relations are read from the object itself (Facet.object_values)."""
    pks = [obj.pk for obj in objects]
    found = {pk: (set(), {}) for pk in pks}
    for listing in listings_for(model):
        queryset = model._default_manager.filter(pk__in=pks)
        for facet in listing.facets:
            values = None
            if in_memory:
                values = facet.object_values(objects[0])
            if values is not None:
                pairs = [(objects[0].pk, value) for value in values]
            else:
                pairs = facet.index_values(queryset)
            for pk, value in pairs:
                if value is not None and pk in found:
                    found[pk][0].add(facet_key(listing, facet.param, value))
        for sort in listing.sorts:
            names = [name.lstrip("-") for name in sort.ordering]
            if not names:
                continue
            for pk, *values in queryset.order_by().values_list("pk", *names):
                if pk in found:
                    for position, value in enumerate(values):
                        if value is not None:
                            found[pk][1][sort_field(listing, sort, position)] = _sort_value(value)
    return found


class EngineMappingMixin:
    """For a mapping class of modelsearch's engine backends: the fields above."""

    def get_mapping(self):
        mapping = super().get_mapping()
        mapping["properties"][FACETS_FIELD] = {"type": "keyword"}
        mapping["properties"][PK_FIELD] = {"type": "long"}
        mapping["properties"][SORT_FIELD] = {
            "type": "object",
            "properties": sort_mapping(self.model),
        }
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        computed = getattr(obj, _EXTRAS, None)
        if computed is None:
            computed = extras(type(obj), [obj], in_memory=True).get(obj.pk, (set(), {}))
        keys, sorts = computed
        document[FACETS_FIELD] = sorted(keys)
        document[SORT_FIELD] = sorts
        document[PK_FIELD] = obj.pk
        return document


class EngineIndexMixin:
    """For an index class: bulk indexing computes the fields above once per chunk."""

    def add_items(self, model, items):
        items = list(items)
        if items:
            computed = extras(model, items)
            for item in items:
                setattr(item, _EXTRAS, computed.get(item.pk, (set(), {})))
        try:
            return super().add_items(model, items)
        finally:
            for item in items:
                if hasattr(item, _EXTRAS):
                    delattr(item, _EXTRAS)
