"""Open data (issue 17): /api/v2/cijfers/ lists the datasets, /api/v2/cijfers/<dataset>/ gives
its observations (paginated, filterable) and /api/v2/cijfers/<dataset>/csv/ all of them as CSV.

Registered on the site's `api_router` (hub/api.py) beside the page endpoints. These are plain
read-only views (the observations are not pages). The privacy rule holds here too
(inzicht.services.privacy): a municipal count of 1 to 4 is never given, only "minder dan 5".
Every response carries the licence and, for example figures, `voorbeeldcijfers: true` with a
warning. A page of observations takes a fixed number of queries, whatever its `limit`.
"""

import csv
import re

from django.db.models import Count
from django.http import JsonResponse, StreamingHttpResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from hub.api import api_router
from hub.spreadsheets import spreadsheet_cell
from inzicht.models import AreaKind, Dataset, Observation
from inzicht.services.privacy import SHOWN, figure

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
MAX_PARAMETER = 120
CSV_CHUNK = 2000
EXAMPLE_WARNING = gettext_lazy(
    "Voorbeeldcijfers: deze cijfers zijn verzonnen om de site te laten zien. "
    "Het zijn geen echte cijfers: gebruik ze niet."
)
PRIVACY_NOTE = gettext_lazy(
    "Aantallen van 1 tot en met 4 in een gemeente geven we niet: daar staat 'minder dan 5'."
)
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,120}")
FIELDS = ["jaar", "gebied", "soort_gebied", "bron", "grond", "terrein", "aard", "aantal"]


def _error(status, message):
    return JsonResponse({"message": message}, status=status)


def _licence(dataset):
    return {"naam": dataset.get_licence_display(), "url": dataset.licence_url}


def _dataset_json(request, dataset):
    data = {
        "titel": dataset.title,
        "slug": dataset.slug,
        "organisatie": dataset.organisation,
        "jaar": dataset.year,
        "methode": dataset.methodology,
        "bron_link": dataset.link or None,
        "licentie": _licence(dataset),
        "voorbeeldcijfers": dataset.is_example,
        "versie": dataset.version,
        "bijgewerkt_op": dataset.updated_at.isoformat() if dataset.updated_at else None,
        "links": {
            "waarnemingen": request.build_absolute_uri(
                reverse("wagtailapi:cijfers:detail", args=[dataset.slug])
            ),
            "csv": request.build_absolute_uri(
                reverse("wagtailapi:cijfers:csv", args=[dataset.slug])
            ),
        },
    }
    if dataset.is_example:
        data["waarschuwing"] = str(EXAMPLE_WARNING)
    return data


def observation_values(observation):
    """One observation as the API and the CSV give it, after the privacy rule."""
    area = observation.area
    fig = figure(observation.count, small_area=area.kind == AreaKind.MUNICIPALITY)
    shown = fig.state == SHOWN
    return {
        "jaar": observation.year,
        "gebied": area.slug,
        "soort_gebied": area.kind,
        "bron": observation.source.slug,
        "grond": observation.ground.slug if observation.ground_id else None,
        "terrein": observation.domain.slug if observation.domain_id else None,
        "aard": observation.nature.slug if observation.nature_id else None,
        "aantal": fig.value if shown else None,
        "opmerking": None if shown else fig.csv_value,
    }


def _observations(dataset):
    return (
        Observation.objects.filter(dataset=dataset)
        .select_related("area", "source", "ground", "domain", "nature")
        .order_by("year", "area__kind", "area__slug", "source__slug", "pk")
    )


def _find(slug):
    return Dataset.objects.filter(slug=slug[:MAX_PARAMETER]).first()


def _not_found():
    return _error(404, _("Deze dataset bestaat niet. Zie /api/v2/cijfers/ voor alle datasets."))


def _integer(request, name, default, *, maximum=None):
    """The parameter `name` as a whole number ≥ 0, or raise ValueError with a Dutch message."""
    raw = request.GET.get(name, "")
    if raw == "":
        return default
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9:
        raise ValueError(_("%(name)s moet een heel getal zijn (0 of meer).") % {"name": name})
    value = int(raw)
    if maximum is not None and value > maximum:
        raise ValueError(
            _("%(name)s mag niet groter zijn dan %(max)s.") % {"name": name, "max": maximum}
        )
    return value


@require_GET
def listing(request):
    datasets = Dataset.objects.annotate(waarnemingen=Count("observations")).order_by(
        "-year", "title"
    )
    items = []
    for dataset in datasets:
        item = _dataset_json(request, dataset)
        item["aantal_waarnemingen"] = dataset.waarnemingen
        items.append(item)
    data = {
        "meta": {
            "total_count": len(items),
            "privacy": str(PRIVACY_NOTE),
            "voorbeeldcijfers": any(item["voorbeeldcijfers"] for item in items),
        },
        "items": items,
    }
    if data["meta"]["voorbeeldcijfers"]:
        data["meta"]["waarschuwing"] = str(EXAMPLE_WARNING)
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@require_GET
def detail(request, slug):
    dataset = _find(slug)
    if dataset is None:
        return _not_found()
    try:
        limit = _integer(request, "limit", DEFAULT_LIMIT, maximum=MAX_LIMIT)
        offset = _integer(request, "offset", 0)
        year = _integer(request, "jaar", None)
    except ValueError as error:
        return _error(400, str(error))
    observations = _observations(dataset)
    filters = {}
    if year is not None:
        observations = observations.filter(year=year)
        filters["jaar"] = year
    for parameter, lookup in (("gebied", "area__slug"), ("bron", "source__slug")):
        value = request.GET.get(parameter, "")
        if value and not SLUG.fullmatch(value):
            return _error(
                400,
                _("%(name)s moet een slug zijn, zoals 'utrecht' (kleine letters, cijfers en -).")
                % {"name": parameter},
            )
        if value:
            observations = observations.filter(**{lookup: value})
            filters[parameter] = value
    total = observations.count()
    page = [observation_values(o) for o in observations[offset : offset + limit]]
    data = {
        "meta": {
            "total_count": total,
            "limit": limit,
            "offset": offset,
            "filters": filters,
            "dataset": _dataset_json(request, dataset),
            "licentie": _licence(dataset),
            "voorbeeldcijfers": dataset.is_example,
            "privacy": str(PRIVACY_NOTE),
        },
        "items": page,
    }
    if dataset.is_example:
        data["meta"]["waarschuwing"] = str(EXAMPLE_WARNING)
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


class _Echo:
    def write(self, value):
        return value


def csv_rows(dataset):
    """The CSV of a dataset, row by row: a header with the licence, then every observation."""
    writer = csv.writer(_Echo(), delimiter=";", quoting=csv.QUOTE_MINIMAL)
    yield "\ufeff" + writer.writerow([spreadsheet_cell(dataset.title)])
    if dataset.is_example:
        yield writer.writerow([_("VOORBEELDCIJFERS: ") + str(EXAMPLE_WARNING)])
    yield writer.writerow(
        [
            _("Bron"),
            spreadsheet_cell(f"{dataset.organisation} ({dataset.year})"),
            spreadsheet_cell(dataset.link),
        ]
    )
    yield writer.writerow([_("Methode"), spreadsheet_cell(dataset.methodology)])
    yield writer.writerow([_("Licentie"), dataset.get_licence_display(), dataset.licence_url])
    yield writer.writerow([str(PRIVACY_NOTE)])
    yield writer.writerow([])
    yield writer.writerow([*FIELDS, "opmerking"])
    for observation in _observations(dataset).iterator(chunk_size=CSV_CHUNK):
        values = observation_values(observation)
        yield writer.writerow([spreadsheet_cell(values[name]) for name in [*FIELDS, "opmerking"]])


@require_GET
def dataset_csv(request, slug):
    dataset = _find(slug)
    if dataset is None:
        return _not_found()
    response = StreamingHttpResponse(csv_rows(dataset), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="cijfers-{dataset.slug}.csv"'
    return response


class FiguresAPIEndpoint:
    """The endpoint as `api_router` expects it: its URL patterns and the model it serves."""

    model = Dataset

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", listing, name="listing"),
            path("<slug:slug>/", detail, name="detail"),
            path("<slug:slug>/csv/", dataset_csv, name="csv"),
        ]


api_router.register_endpoint("cijfers", FiguresAPIEndpoint)
