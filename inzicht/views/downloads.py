"""CSV downloads of every chart's numbers, after the privacy rule, with source and licence."""

import csv
import io

from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _

from hub.spreadsheets import spreadsheet_cell
from inzicht.services import municipality as municipality_service
from inzicht.services import national as national_service
from inzicht.services.tables import cell_csv
from inzicht.views.params import requested_source


def chart_csv_text(chart, *, area_name):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # BOM: Excel opens UTF-8 correctly
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([spreadsheet_cell(chart.title)])
    if chart.is_example:
        writer.writerow(
            [_("VOORBEELDCIJFERS: verzonnen cijfers om de site te laten zien. Gebruik ze niet.")]
        )
    writer.writerow([_("Gebied"), spreadsheet_cell(area_name)])
    writer.writerow([])
    writer.writerow(["", *[spreadsheet_cell(column.label) for column in chart.columns]])
    for row in chart.rows:
        writer.writerow(
            [spreadsheet_cell(row.label), *[spreadsheet_cell(cell_csv(c)) for c in row.cells]]
        )
    writer.writerow([])
    writer.writerow(
        [_("Aantallen van 1 tot en met 4 in een gemeente staan er als 'minder dan 5'.")]
    )
    if chart.note:
        writer.writerow([spreadsheet_cell(chart.note)])
    for dataset in chart.datasets:
        writer.writerow(
            [
                _("Bron"),
                spreadsheet_cell(f"{dataset.title} ({dataset.organisation}, {dataset.year})"),
            ]
        )
        writer.writerow([_("Methode"), spreadsheet_cell(dataset.methodology)])
        writer.writerow([_("Licentie"), dataset.get_licence_display(), dataset.licence_url])
        if dataset.link:
            writer.writerow([_("Link"), spreadsheet_cell(dataset.link)])
    return buffer.getvalue()


def _csv_response(text, filename):
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def municipality_chart_csv(request, page, slug, chart_slug):
    area = municipality_service.find_municipality(slug)
    if area is None:
        raise Http404(_("Deze gemeente kennen we niet."))
    report = municipality_service.build(area, requested_source=requested_source(request))
    chart = report.chart(chart_slug)
    if chart is None:
        raise Http404(_("Deze grafiek bestaat niet."))
    source = report.source.slug if report.source else "geen"
    return _csv_response(
        chart_csv_text(chart, area_name=area.name),
        f"cijfers-{area.slug}-{source}-{chart.slug}.csv",
    )


def national_chart_csv(request, page, chart_slug):
    report = national_service.build(requested_source=requested_source(request))
    chart = next((c for c in report.charts if c.slug == chart_slug), None)
    if chart is None:
        raise Http404(_("Deze grafiek bestaat niet."))
    source = report.source.slug if report.source else "geen"
    return _csv_response(
        chart_csv_text(chart, area_name=_("Nederland")),
        f"cijfers-nederland-{source}-{chart.slug}.csv",
    )
