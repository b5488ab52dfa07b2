from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from hub.faceting.views import render_listing
from hub.pdf import PDF_UA, render_pdf
from hub.querysets import public_filter
from hub.siteurl import absolute_url
from interventies.models import InterventionIndexPage
from interventies.search import InterventionSearch
from interventies.services import comparison, shortlist
from interventies.services import gaps as gap_service
from interventies.spreadsheets import export as exporter
from mijn.models import Alert
from mijn.services import alerts

RESULT_TEMPLATE = "interventies/includes/intervention_card.html"


def listing(request, index_page):
    search = InterventionSearch(request, index_page=index_page)
    state = search.run()
    query = search.url_for()[1:]
    export_url = f"{index_page.url}export/?{query}{'&' if query else ''}format="
    export_links = [
        {"url": export_url + "csv", "label": _("CSV")},
        {"url": export_url + "xlsx", "label": _("Excel (XLSX)")},
    ]
    return render_listing(
        request,
        state,
        page=index_page,
        result_template=RESULT_TEMPLATE,
        search_label=_("Zoek in de interventies"),
        export_links=export_links if state.total else [],
        alert_url=alerts.new_alert_path(Alert.Listing.INTERVENTIONS, search),
    )


def export(request, index_page):
    params = request.GET.copy()
    fmt = params.pop("format", ["csv"])[-1]
    search = InterventionSearch(request, index_page=index_page, params=params)
    queryset = search.filtered_queryset()
    stamp = timezone.localdate().isoformat()
    if fmt == "xlsx":
        response = HttpResponse(
            exporter.as_xlsx(queryset, request),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        filename = f"interventies-{stamp}.xlsx"
    else:
        response = HttpResponse(
            exporter.as_csv(queryset, request), content_type="text/csv; charset=utf-8"
        )
        filename = f"interventies-{stamp}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def intervention_pdf(request, page):
    """One intervention as PDF (<intervention>/pdf/): the facts of its page, the warning about
    a backfiring effect first. Live, public pages only (InterventionPage.route gives 404
    before this for the others; checked again here). Anyone may keep it for five minutes: it
    holds nothing personal, and the page cache (hub.pagecache) drops it with every content
    change."""
    if not page.is_public_for_pdf():
        raise Http404
    context = {
        "page": page,
        "source_url": absolute_url(page, request),
        "printed_on": timezone.localdate(),
    }
    data = render_pdf(
        "interventies/intervention_pdf.html", context, settings.SITE_URL, pdf_variant=PDF_UA
    )
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{page.slug}.pdf"'
    response["Cache-Control"] = "public, max-age=300"
    return response


# ---------------------------------------------------------------------- "Mijn lijst", compare
# The rules live in interventies.services.shortlist and .comparison; these views only read
# the request, call them and answer.


def _see_other(url):
    """303: after a POST, the browser GETs `url` (no re-post on reload)."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def _safe_next(request, fallback):
    """The `next` of the form when it is a path on this site, else `fallback`: never a
    redirect to another site (an open redirect)."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if (
        target
        and len(target) <= 2000
        and target.startswith("/")
        and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return target
    return fallback


def _shortlist_url():
    return reverse("shortlist:list")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def shortlist_add(request):
    """POST: keep an intervention in "Mijn lijst". GET: ask to confirm, with a form that
    has a CSRF token. The GET is where the "Bewaar" button of a shared (cached) page leads:
    such a page has no token (hub.pagecache never stores one), and its visitor has no list
    yet (see interventies.services.shortlist)."""
    next_url = _safe_next(request, _shortlist_url())
    if request.method != "POST":
        try:
            page = shortlist.find_available(request, request.GET.get("id"))
        except shortlist.ShortlistError as error:
            return render(
                request,
                "interventies/shortlist_confirm.html",
                {"error": error.message, "next": next_url},
                status=404,
            )
        # After logging in, back to this page, with the checked `next` only.
        back_here = f"{request.path}?{urlencode({'id': page.pk, 'next': next_url})}"
        return render(
            request,
            "interventies/shortlist_confirm.html",
            {
                "item": page,
                "next": next_url,
                "saved": shortlist.contains(request, page.pk),
                "login_url": f"{reverse('account_login')}?{urlencode({'next': back_here})}",
            },
        )
    try:
        page = shortlist.add(request, request.POST.get("id"))
    except shortlist.ShortlistError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("‘%(title)s’ staat in uw lijst. Bekijk uw lijst via ‘Mijn lijst’ bovenaan.")
            % {"title": page.title},
        )
    return _see_other(next_url)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def shortlist_remove(request):
    """POST: take an intervention off the visitor's own list. A GET (a typed or followed
    link) changes nothing and leads to the list."""
    if request.method != "POST":
        return _see_other(_shortlist_url())
    next_url = _safe_next(request, _shortlist_url())
    try:
        removed = shortlist.remove(request, request.POST.get("id"))
    except shortlist.ShortlistError as error:
        messages.error(request, error.message)
    else:
        if removed:
            messages.success(request, _("De interventie is uit uw lijst gehaald."))
        else:
            messages.info(request, _("Deze interventie stond al niet meer in uw lijst."))
    return _see_other(next_url)


@never_cache
def shortlist_page(request):
    """The page "Mijn lijst": the kept interventions, with a form to compare two or three of them."""
    pages, unavailable = shortlist.entries(request)
    site = Site.find_for_request(request)
    index_page = (
        InterventionIndexPage.objects.live().in_site(site).filter(public_filter()).first()
        if site
        else None
    )
    return render(
        request,
        "interventies/shortlist.html",
        {
            "items": pages,
            "unavailable": unavailable,
            "index_page": index_page,
            "compare_url": f"{index_page.url}vergelijk/" if index_page else None,
            "max_items": shortlist.MAX_ITEMS,
            "max_compared": comparison.MAX_COMPARED,
            "signed_in": request.user.is_authenticated,
        },
    )


def compare(request, index_page):
    """/interventies/vergelijk/?id=…&id=…: two or three interventions side by side."""
    result = comparison.compare(index_page, request.GET.getlist("id"))
    context = {
        "page": index_page,
        "comparison": result,
        "max_compared": comparison.MAX_COMPARED,
        "shortlist_url": _shortlist_url(),
    }
    return render(request, "interventies/compare.html", context)


def gaps(request, index_page):
    """/interventies/kennislacunes/?doelgroep=…&stap=…: the evidence gap map, discrimination
    ground × domain (the rules: interventies.services.gaps). Like the comparison, the page
    cache (hub.pagecache) keeps the map without filters only: a response from `render` has
    no listing state, so a URL with a query string is answered but not stored."""
    gap_map = gap_service.build(request, index_page)
    ancestors = index_page.get_ancestors().filter(depth__gte=2).live()
    context = {
        "page": index_page,
        "gap_map": gap_map,
        "crumbs": [(ancestor.get_url(request), ancestor.title) for ancestor in ancestors]
        + [(index_page.get_url(request), index_page.title)],
    }
    return render(request, "interventies/gaps.html", context)
