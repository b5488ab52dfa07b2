"""Site-wide search at /zoeken/: every public page type in one ranked, faceted list.

Page types take part by declaring `search_type = (slug, plural label)`; lesson pages and
other signed-in content (`is_private_content`) never do. Results are live and public pages of
the current site only.
"""

import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.http import QueryDict
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site, get_page_models

from hub.faceting import FacetedSearch, PageTypeFacet, Sort, TaxonomyFacet
from hub.models import Audience, DiscriminationGround, Domain, PolicyStep, ZeroResultQuery
from hub.querysets import public_filter
from hub.textsearch import analysis, lexicon

SNIPPET_LENGTH = 260


def search_types():
    """{slug: (page model, label)} of every page type that appears in site search."""
    types = {}
    for model in get_page_models():
        declared = model.__dict__.get("search_type")
        if declared and not getattr(model, "is_private_content", False):
            slug, label = declared
            types[slug] = (model, label)
    return types


class SiteSearch(FacetedSearch):
    sorts = [
        Sort("nieuwste", _("Nieuwste eerst"), ("-first_published_at",)),
        Sort("titel", _("Titel (A-Z)"), ("title",)),
    ]
    default_sort = "nieuwste"
    noun_singular = _("resultaat")
    noun_plural = _("resultaten")
    facets = [
        PageTypeFacet("type", _("Soort inhoud"), search_types, collapse_after=10),
        TaxonomyFacet("grond", _("Discriminatiegrond"), DiscriminationGround),
        TaxonomyFacet("domein", _("Domein"), Domain),
        TaxonomyFacet("stap", _("Beleidsstap"), PolicyStep),
        TaxonomyFacet("doelgroep", _("Doelgroep"), Audience),
    ]

    @classmethod
    def indexed_models(cls):
        return tuple(model for model, _label in search_types().values())

    def __init__(self, request, params=None):
        self.site = Site.find_for_request(request)
        super().__init__(request, params=params)

    def index_key(self):
        return ("hub.sitesearch", getattr(self.site, "pk", None))

    def base_queryset(self):
        types = search_types()
        content_types = ContentType.objects.get_for_models(*[model for model, _l in types.values()])
        queryset = Page.objects.live().filter(
            public_filter(), content_type__in=list(content_types.values())
        )
        if self.site is None:
            return queryset.none()
        return queryset.descendant_of(self.site.root_page, inclusive=True)

    def fetch(self, ids):
        """Specific pages (one query per page type on this page of results)."""
        queryset = self.base_queryset().filter(pk__in=list(ids)).specific()
        by_pk = {page.pk: page for page in queryset}
        return [by_pk[pk] for pk in ids if pk in by_pk]

    def prepare_results(self, pages):
        labels = {model: slug for slug, (model, _label) in search_types().items()}
        type_labels = {slug: label for slug, (_model, label) in search_types().items()}
        terms = query_terms(self.query)
        for page in pages:
            page.search_type_label = type_labels.get(labels.get(type(page)), "")
            page.search_snippet = highlight(snippet_text(page, terms), terms)
            page.search_title = highlight(page.title, terms)
        return pages


@dataclass(frozen=True)
class Terms:
    """What to mark in results: the search keys and the words (folded) of the query and its
    synonyms, and the compound parts of the query words."""

    keys: frozenset = frozenset()
    words: frozenset = frozenset()

    def __bool__(self):
        return bool(self.keys or self.words)

    def matches(self, word):
        """Whether a word of a result answers the query: the same word, another form of it,
        or a compound with it (a search for "woning" marks "Woningmarkt" as a whole)."""
        folded = analysis.fold(word)
        if len(folded) < 2 or folded in analysis.STOP_WORDS:
            return False
        if folded in self.words or analysis.key(folded) in self.keys:
            return True
        return any(
            analysis.key(part) in self.keys
            for part in analysis.split_compound(folded, lexicon.lexicon())
        )


def query_terms(query):
    """The Terms of a query, for highlighting (hub.textsearch.query decides what matches)."""
    from hub.textsearch.query import word_groups

    groups = word_groups(query or "")
    keys = set()
    words = set()
    for group in groups:
        keys |= group.keys | set(group.parts)
        words |= {word for literal in group.literals for word in analysis.words(literal)}
    return Terms(frozenset(keys), frozenset(words - analysis.STOP_WORDS))


def _as_terms(terms):
    if isinstance(terms, Terms):
        return terms
    words = {analysis.fold(term) for term in terms or ()}
    return Terms(frozenset(analysis.key(word) for word in words), frozenset(words))


_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _matches(text, terms):
    """The (start, end) of every word of `text` that answers `terms`."""
    return [
        (match.start(), match.end())
        for match in _WORD.finditer(text)
        if terms.matches(match.group(0))
    ]


def snippet_text(page, terms=()):
    """The page's summary, cut to SNIPPET_LENGTH around the first query word it contains."""
    terms = _as_terms(terms)
    text = getattr(page, "listing_summary", "") or page.search_description or ""
    if len(text) <= SNIPPET_LENGTH:
        return text
    start = 0
    found = _matches(text, terms) if terms else []
    if found and found[0][1] > SNIPPET_LENGTH:
        # Start a little before the match, at a word boundary, so the word shows in context.
        start = text.rfind(" ", 0, max(found[0][0] - SNIPPET_LENGTH // 4, 0)) + 1
    window = text[start : start + SNIPPET_LENGTH]
    end = start + len(window)
    return ("…" if start else "") + window + ("…" if end < len(text) else "")


def highlight(text, terms):
    """Escape `text` and wrap the whole words that answer the query in <mark>: the query's
    words in any form, compounds with them, never stop words, never part of a word.

    Matching runs on the raw text and every piece is escaped on its own, so a term can never
    match inside an HTML entity (a search for "amp" must not break "&amp;").
    """
    terms = _as_terms(terms)
    if not terms:
        return escape(text)
    pieces = []
    position = 0
    for start, end in _matches(text, terms):
        pieces.append(escape(text[position:start]))
        pieces.append(format_html("<mark>{}</mark>", text[start:end]))
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped


def promoted_pages(query, site):
    """Editors' recommended results for this query (live, public pages only)."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    if not query:
        return []
    promotions = (
        SearchPromotion.objects.filter(query__query_string=query.lower().strip())
        .select_related("page")
        .order_by("sort_order")
    )
    pages = []
    for promotion in promotions:
        page = promotion.page
        if page is None or not page.live:
            continue
        if not Page.objects.filter(pk=page.pk).filter(public_filter()).exists():
            continue
        pages.append((page.specific, promotion.description))
    return pages


# The list is a to-do list for editors, not a record of visitors: it has a size limit, rows
# go after ZERO_RESULT_RETENTION_DAYS without a search (hub.tasks.purge_search_log), and a
# query that looks like personal data (an email address, a phone or citizen service number)
# is never written down.
MAX_ZERO_RESULT_QUERIES = 2000
_PERSONAL = re.compile(r"@|\d[\d\s.-]{5,}\d")


def log_zero_results(query):
    """Count a search that found nothing (editors see these in the admin)."""
    from django.utils import timezone

    normalized = " ".join(query.lower().split())[:200]
    if not normalized or _PERSONAL.search(normalized):
        return
    updated = ZeroResultQuery.objects.filter(query=normalized).update(
        count=F("count") + 1, last_searched=timezone.now()
    )
    if not updated and ZeroResultQuery.objects.count() < MAX_ZERO_RESULT_QUERIES:
        ZeroResultQuery.objects.get_or_create(query=normalized)


def purge_search_log(now=None):
    """Delete zero-result queries nobody searched for in the retention period."""
    from datetime import timedelta

    from django.conf import settings
    from django.utils import timezone

    cutoff = (now or timezone.now()) - timedelta(days=settings.ZERO_RESULT_RETENTION_DAYS)
    deleted, _ = ZeroResultQuery.objects.filter(last_searched__lt=cutoff).delete()
    return deleted


def _word_form_matches(term, allowed, limit, exclude):
    """Pages for a finished word that title prefixes miss: other forms, compound parts and
    synonyms (as in the search itself), and a spelling correction when nothing matches."""
    from hub.faceting.text import SearchUnavailable, run_search
    from hub.textsearch.query import build
    from hub.textsearch.suggest import correct

    for text in (term, correct(term)):
        query = build(text) if text else None
        if query is None:
            continue
        try:
            results, _backend, _degraded = run_search(
                "search", query, Page.objects.live(), limit=50
            )
        except SearchUnavailable:
            return []
        if hasattr(results, "get_queryset"):
            found = results.get_queryset().filter(pk__in=allowed.values("pk"))
            ids = [pk for pk in found.values_list("pk", flat=True)[: limit + len(exclude)]]
        else:
            ids = list(results)  # the engine's first 50 ids
        ids = [pk for pk in ids if pk not in exclude][:limit]
        if ids:
            by_pk = {page.pk: page for page in allowed.filter(pk__in=ids).specific()}
            return [by_pk[pk] for pk in ids if pk in by_pk]
    return []


def suggestions(request, term, limit=8):
    """Autocomplete on titles of public pages: [{title, url, type}]."""
    from hub.faceting.text import SearchUnavailable, normalize_text, run_search

    # Autocomplete takes the words only: quotes, brackets and operators mean nothing in a
    # title prefix and the database engines choke on some of them (an open quote on SQLite).
    term = " ".join(re.sub(r"[^\w\s]", " ", normalize_text(term)).split())
    if not term or len(term) > 100 or not any(char.isalnum() for char in term):
        return []
    search = SiteSearch(request, params=QueryDict())
    types = search_types()
    labels = {model: label for _slug, (model, label) in types.items()}
    allowed = search.base_queryset()
    try:
        results, _backend, _degraded = run_search(
            "autocomplete", term, Page.objects.live(), operator="and"
        )
    except SearchUnavailable:
        return []
    if hasattr(results, "get_queryset"):
        pages = list(results.get_queryset().filter(pk__in=allowed.values("pk")).specific()[:limit])
    else:
        ids = [page.pk for page in results[:50]]  # already evaluated by run_search
        pages = [page for page in allowed.filter(pk__in=ids).specific()][:limit]
    if len(pages) < limit:
        pages += _word_form_matches(term, allowed, limit - len(pages), {p.pk for p in pages})
    return [
        {"title": page.title, "url": page.get_url(request), "type": str(labels.get(type(page), ""))}
        for page in pages
    ]
