from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.faceting.views import render_listing
from hub.pdf import render_pdf
from hub.siteurl import absolute_url
from interventies.search import InterventionSearch
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
    data = render_pdf("interventies/intervention_pdf.html", context, settings.SITE_URL)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{page.slug}.pdf"'
    response["Cache-Control"] = "public, max-age=300"
    return response
