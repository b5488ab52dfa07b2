"""Site-wide search at /zoeken/: every public page type in one ranked, faceted list.

Page types take part by declaring `search_type = (slug, plural label)`; lesson pages and
other signed-in content (`is_private_content`) never do. Results are live and public pages of
the current site only.
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.http import QueryDict
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site, get_page_models

from hub.faceting import FacetedSearch, PageTypeFacet, Sort, TaxonomyFacet
from hub.faceting.synonyms import WORD, synonyms
from hub.models import Audience, DiscriminationGround, Domain, PolicyStep, ZeroResultQuery
from hub.querysets import public_filter

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


def query_terms(query):
    """The words of the query plus their synonyms, for highlighting."""
    words = [word.lower() for word in WORD.findall(query or "") if len(word) > 1]
    mapping = synonyms()
    return sorted(
        {*words, *(alt for word in words for alt in mapping.get(word, []))}, key=len, reverse=True
    )


def snippet_text(page, terms=()):
    """The page's summary, cut to SNIPPET_LENGTH around the first query term it contains."""
    text = getattr(page, "listing_summary", "") or page.search_description or ""
    if len(text) <= SNIPPET_LENGTH:
        return text
    start = 0
    match = _terms_pattern(terms).search(text) if terms else None
    if match and match.end() > SNIPPET_LENGTH:
        # Start a little before the match, at a word boundary, so the term shows in context.
        start = text.rfind(" ", 0, max(match.start() - SNIPPET_LENGTH // 4, 0)) + 1
    window = text[start : start + SNIPPET_LENGTH]
    end = start + len(window)
    return ("…" if start else "") + window + ("…" if end < len(text) else "")


def _terms_pattern(terms):
    return re.compile(r"\b(" + "|".join(re.escape(term) for term in terms) + r")", re.IGNORECASE)


def highlight(text, terms):
    """Escape `text` and wrap words that start with a query term in <mark>.

    Matching runs on the raw text and every piece is escaped on its own, so a term can never
    match inside an HTML entity (a search for "amp" must not break "&amp;").
    """
    if not terms:
        return escape(text)
    pieces = []
    position = 0
    for match in _terms_pattern(terms).finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(format_html("<mark>{}</mark>", match.group(0)))
        position = match.end()
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
        pages = results.get_queryset().filter(pk__in=allowed.values("pk")).specific()[:limit]
    else:
        ids = [page.pk for page in results[:50]]  # already evaluated by run_search
        pages = [page for page in allowed.filter(pk__in=ids).specific()][:limit]
    return [
        {"title": page.title, "url": page.get_url(request), "type": str(labels.get(type(page), ""))}
        for page in pages
    ]
