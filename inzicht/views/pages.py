"""The public pages of the figures dashboard: /cijfers/ and /cijfers/<gemeente>/."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from inzicht.charts import render_svg
from inzicht.services import municipality as municipality_service
from inzicht.services import national as national_service
from inzicht.services.municipality import population_display
from inzicht.views.params import requested_source


def _prepared(charts, page, route, args, source):
    """Each chart with its SVG and the address of its CSV."""
    query = f"?bron={source.slug}" if source else ""
    for chart in charts:
        chart.svg = render_svg(chart)
        chart.csv_url = page.url + page.reverse_subpage(route, args=[*args, chart.slug]) + query
    return charts


def overview(request, page):
    query, too_long = national_service.clean_query(request.GET.get("gemeente", ""))
    matches = national_service.find_municipalities(query)
    if query and len(matches) == 1 and "bron" not in request.GET:
        return redirect(page.url + page.reverse_subpage("municipality", args=[matches[0].slug]))
    notices = []
    if too_long:
        notices.append(_("Uw zoekwoord was te lang; we zochten op de eerste 80 tekens."))
    report = national_service.build(requested_source=requested_source(request))
    if report.notice:
        notices.append(report.notice)
    return page.render(
        request,
        context_overrides={
            "report": report,
            "charts": _prepared(report.charts, page, "national_chart_csv", [], report.source),
            "query": query,
            "matches": matches,
            "searched": "gemeente" in request.GET,
            "notices": notices,
            "groups": national_service.municipalities_by_province(),
        },
    )


def municipality(request, page, slug):
    area = municipality_service.find_municipality(slug)
    if area is None:
        raise Http404(_("Deze gemeente kennen we niet."))
    report = municipality_service.build(area, requested_source=requested_source(request))
    return page.render(
        request,
        template="inzicht/figures_municipality.html",
        context_overrides={
            "report": report,
            "area": area,
            "charts": _prepared(
                report.charts, page, "municipality_chart_csv", [area.slug], report.source
            ),
            "inhabitants": population_display(report.inhabitants),
            "notices": [report.notice] if report.notice else [],
        },
    )
