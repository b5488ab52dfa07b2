"""Facets: each one knows its options, filters a queryset and lists which object has which value.

A listing declares its facets; the engine (hub.faceting.engine) combines them. Each facet
declares its field or relation once; from that one declaration `apply()` filters in SQL (for
exports and the API) and `memberships()` feeds the in-memory facet index
(hub.faceting.backends.memory) that gives the HTML listing its results and counts.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q
from wagtail.models import Page, get_page_models

from hub.faceting import terms


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    description: str = ""


class Facet:
    """Base class. `param` is the URL parameter and the facet's slug (`?grond=leeftijd`)."""

    # Whether a search engine can filter and count this facet (see `index_values`).
    engine_ready = True
    # A long facet shows its first `collapse_after` values and the rest behind "Toon alle";
    # with `top_first` it shows the values with the most results first instead (keywords).
    top_first = False

    def __init__(self, param, label, *, help_text="", collapse_after=8, top_first=None):
        self.param = param
        self.label = label
        self.help_text = help_text
        self.collapse_after = collapse_after
        if top_first is not None:
            self.top_first = top_first

    def options(self):
        raise NotImplementedError

    def clean(self, raw_values, options):
        """Split raw URL values into (known values in option order, unknown values)."""
        known = {option.value for option in options}
        wanted = set()
        unknown = []
        for value in raw_values:
            value = value.strip()
            if value in known:
                wanted.add(value)
            elif value and value not in unknown:
                unknown.append(value)
        return [o.value for o in options if o.value in wanted], unknown

    def apply(self, queryset, values):
        raise NotImplementedError

    def memberships(self, queryset):
        """(pk, value) pairs for every object of `queryset`: feeds the in-memory facet index."""
        raise NotImplementedError

    # A search engine (hub.faceting.backends.engine) stores, per document, an index value for
    # each facet of each listing the document appears in, and filters and counts with them.
    # For most facets that is the facet's value itself; a facet whose value changes with time
    # stores something fixed instead and says which range of it each value is.

    def index_values(self, queryset):
        """(pk, index value) pairs, as `memberships`: what a search engine stores."""
        return self.memberships(queryset)

    def stored_value(self, value):
        """The index value that stands for a facet value (the same, unless the facet stores
        something steadier, such as a taxonomy term's id instead of its slug)."""
        return value

    def value_of_stored(self, stored):
        """The facet value of an index value (the reverse of `stored_value`)."""
        return stored

    def object_values(self, obj):
        """The index values of one object as it is in memory, or None to read them from the
        database (`index_values`). A search engine indexes a page when it is saved, before
        the page's in-memory many-to-many relations reach the database (modelcluster)."""
        return None

    def value_ranges(self):
        """None when the index value is the facet's value; else {value: (lowest, highest)} of
        index values, inclusive, either end None for open (see ComputedFacet)."""
        return None


class TermIdsStored:
    """For a facet of taxonomy terms: a search engine stores the term's id, so that an editor
    who changes a term's slug does not leave every document with the old one."""

    def _slugs(self):
        return {term.pk: term.slug for term in terms.for_model(self.taxonomy_model)}

    def stored_value(self, value):
        ids = terms.ids_for_slugs(self.taxonomy_model, [value])
        return str(ids[0]) if ids else f"?{value}"

    def value_of_stored(self, stored):
        return self._slugs().get(int(stored)) if stored.isdigit() else None

    def index_values(self, queryset):
        for pk, term_id in self.term_rows(queryset):
            yield pk, None if term_id is None else str(term_id)

    def memberships(self, queryset):
        slugs = self._slugs()
        for pk, term_id in self.term_rows(queryset):
            yield pk, slugs.get(term_id)


class TaxonomyFacet(TermIdsStored, Facet):
    """A many-to-many relation to one of the shared taxonomy snippets.

    The relation is discovered on the listing's model(s): every ParentalManyToManyField that
    points at `taxonomy_model`. On a listing of one page type that is one field; on the
    site-wide search it is that field on every page type that has one.
    """

    def __init__(self, param, label, taxonomy_model, *, models=None, **kwargs):
        super().__init__(param, label, **kwargs)
        self.taxonomy_model = taxonomy_model
        self._models = models

    def options(self):
        return [Option(t.slug, t.name, t.description) for t in terms.for_model(self.taxonomy_model)]

    def fields(self, model):
        """The many-to-many fields of `model` itself that point at the taxonomy."""
        return [
            field
            for field in model._meta.get_fields()
            if field.many_to_many
            and not field.auto_created
            and field.model is model
            and getattr(field, "remote_field", None) is not None
            and field.remote_field.model is self.taxonomy_model
        ]

    def relations(self, queryset_model):
        models = self._models or _concrete_models_under(queryset_model)
        return [
            (field.remote_field.through, field.m2m_field_name(), field.m2m_reverse_field_name())
            for model in models
            for field in self.fields(model)
        ]

    def object_values(self, obj):
        found = []
        for model in type(obj).__mro__:
            if hasattr(model, "_meta") and not model._meta.abstract:
                for field in self.fields(model):
                    found += [str(term.pk) for term in getattr(obj, field.name).all()]
        return found

    def apply(self, queryset, values):
        term_ids = terms.ids_for_slugs(self.taxonomy_model, values)
        condition = Q()
        for through, source, target in self.relations(queryset.model):
            matching = through.objects.filter(**{f"{target}_id__in": term_ids}).values(
                f"{source}_id"
            )
            condition |= Q(pk__in=matching)
        return queryset.filter(condition) if condition else queryset.none()

    def term_rows(self, queryset):
        result_ids = queryset.values("pk")
        for through, source, target in self.relations(queryset.model):
            yield from through.objects.filter(**{f"{source}_id__in": result_ids}).values_list(
                f"{source}_id", f"{target}_id"
            )


class ForeignKeyFacet(TermIdsStored, Facet):
    """A ForeignKey to a taxonomy snippet, e.g. the evidence level of an intervention."""

    def __init__(self, param, label, taxonomy_model, field_name, **kwargs):
        super().__init__(param, label, **kwargs)
        self.taxonomy_model = taxonomy_model
        self.field_name = field_name

    def options(self):
        return [Option(t.slug, t.name, t.description) for t in terms.for_model(self.taxonomy_model)]

    def apply(self, queryset, values):
        ids = terms.ids_for_slugs(self.taxonomy_model, values)
        return queryset.filter(**{f"{self.field_name}_id__in": ids})

    def term_rows(self, queryset):
        return queryset.values_list("pk", f"{self.field_name}_id")


class FieldFacet(Facet):
    """A value every object has, declared once: a field name, or an ORM expression computed
    from its fields (e.g. `TruncMonth("date")` for "the month of a session").

    The SQL filter and the in-memory index both read that one declaration, so they cannot
    disagree. `to_value` turns what the database returns into the URL value ("2027-03") and
    `from_value` turns a URL value back into what the database compares with.
    """

    ALIAS = "_facet_value"

    def __init__(
        self,
        param,
        label,
        field=None,
        *,
        expression=None,
        options=None,
        to_value=str,
        from_value=None,
        **kwargs,
    ):
        super().__init__(param, label, **kwargs)
        if (field is None) == (expression is None):
            raise ValueError("Give a FieldFacet either a field or an expression.")
        self.field_name = field
        self.expression = expression if expression is not None else F(field)
        self._options = options
        self.to_value = to_value
        self.from_value = from_value

    def options(self):
        return list(self._options() if callable(self._options) else self._options)

    def apply(self, queryset, values):
        keys = [self.from_value(value) for value in values] if self.from_value else values
        return queryset.alias(**{self.ALIAS: self.expression}).filter(**{f"{self.ALIAS}__in": keys})

    def memberships(self, queryset):
        rows = queryset.annotate(**{self.ALIAS: self.expression}).values_list("pk", self.ALIAS)
        for pk, key in rows:
            yield pk, None if key is None else self.to_value(key)


class ComputedFacet(Facet):
    """A value computed in Python by one function from some fields of each object, for a rule
    that SQL would have to repeat (e.g. "is this rating still valid", which depends on today).

    `fields` are `values_list` names; `compute(*values)` returns the URL value (or None).
    `memberships()` runs it over every row; `apply()` runs the same function over the rows of
    the queryset it filters and keeps the matching primary keys (`pk__in`, or `exclude` of the
    others when that list is shorter). One query of the named fields either way.
    """

    def __init__(
        self, param, label, fields, compute, *, options, index_value=None, ranges=None, **kwargs
    ):
        """`index_value(*values)` and `ranges()` let a search engine filter on this facet: a
        fixed string per object (e.g. an end date, "2026-06-07") and, at query time, the range
        of those strings that each value means today ({value: (lowest, highest)}). Without
        them the listing keeps its in-memory index with an engine too."""
        super().__init__(param, label, **kwargs)
        self.fields = tuple(fields)
        self.compute = compute
        self._options = options
        self.index_value = index_value
        self.ranges = ranges

    def options(self):
        return list(self._options() if callable(self._options) else self._options)

    def memberships(self, queryset):
        for pk, *values in queryset.order_by().values_list("pk", *self.fields):
            yield pk, self.compute(*values)

    def index_values(self, queryset):
        if self.index_value is None:
            raise NotImplementedError(f"facet {self.param!r} has no index value")
        for pk, *values in queryset.order_by().values_list("pk", *self.fields):
            yield pk, self.index_value(*values)

    def value_ranges(self):
        if self.ranges is None:
            raise NotImplementedError(f"facet {self.param!r} has no index value")
        return self.ranges()

    @property
    def engine_ready(self):
        return self.index_value is not None and self.ranges is not None

    def apply(self, queryset, values):
        wanted = set(values)
        matching, other = [], []
        for pk, value in self.memberships(queryset):
            (matching if value in wanted else other).append(pk)
        if len(other) < len(matching):
            return queryset.exclude(pk__in=other)
        return queryset.filter(pk__in=matching)


class ChoiceFacet(FieldFacet):
    """A field with fixed choices (TextChoices), e.g. cost category or course format."""

    def __init__(self, param, label, field_name, choices, **kwargs):
        choices = list(choices)
        super().__init__(
            param,
            label,
            field_name,
            options=[Option(str(value), str(label)) for value, label in choices],
            **kwargs,
        )
        self.choices = choices


class TagFacet(Facet):
    """Free keywords (django-taggit) of one model; values are tag slugs. Many and in A-Z
    order, so a long list shows the most used ones first."""

    top_first = True

    def __init__(self, param, label, model, **kwargs):
        super().__init__(param, label, **kwargs)
        self.model = model

    @property
    def through(self):
        return self.model.tags.through

    def options(self):
        return [Option(slug, name) for slug, name in terms.tags_for(self.through)]

    def apply(self, queryset, values):
        matching = self.through.objects.filter(tag__slug__in=values).values("content_object_id")
        return queryset.filter(pk__in=matching)

    def object_values(self, obj):
        if not isinstance(obj, self.model):
            return []
        return [tag.slug for tag in obj.tags.all()]

    def memberships(self, queryset):
        yield from self.through.objects.filter(
            content_object_id__in=queryset.values("pk")
        ).values_list("content_object_id", "tag__slug")


class PageTypeFacet(Facet):
    """The kind of page, for the site-wide search: values are short Dutch slugs."""

    def __init__(self, param, label, types, **kwargs):
        """`types` maps a slug to (page model, plural label), e.g. {"interventie": (...)}, or
        is a function returning that mapping (page models are known only once apps load)."""
        super().__init__(param, label, **kwargs)
        self._types = types

    @property
    def types(self):
        return self._types() if callable(self._types) else self._types

    def options(self):
        return [Option(slug, str(label)) for slug, (_model, label) in self.types.items()]

    def _content_type_ids(self, values):
        models = [self.types[value][0] for value in values]
        return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]

    def apply(self, queryset, values):
        return queryset.filter(content_type_id__in=self._content_type_ids(values))

    def memberships(self, queryset):
        content_types = ContentType.objects.get_for_models(*[m for m, _l in self.types.values()])
        by_id = {content_types[model].pk: slug for slug, (model, _label) in self.types.items()}
        for pk, content_type_id in queryset.values_list("pk", "content_type_id"):
            yield pk, by_id.get(content_type_id)


def _concrete_models_under(model):
    """The page models a queryset of `model` can contain (itself and its subclasses)."""
    if model is Page:
        return [m for m in get_page_models() if m is not Page]
    return [m for m in get_page_models() if issubclass(m, model)] or [model]
