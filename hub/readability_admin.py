"""Readability in the admin: the live check while an editor writes (a JSON endpoint the page
editor's script posts the text to) and the report of published pages above B1.

Both are for anyone who may use the admin (Wagtail's admin URLs require it). The check only
reads the text it is sent and stores nothing; it is guidance, never a gate.
"""

import json

from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hub.models import PageReadability
from hub.readability import LEVELS, analyse

MAX_TEXT = 200_000  # characters; a page's text is far shorter
PER_PAGE = 50


@require_POST
def check(request):
    """POST {"text": "..."} (JSON): the analysis as JSON."""
    if len(request.body) > MAX_TEXT * 4:
        return HttpResponseBadRequest(_("De tekst is te lang om te controleren."))
    try:
        text = json.loads(request.body or b"{}").get("text", "")
    except (ValueError, AttributeError):
        return HttpResponseBadRequest(_("Ongeldige aanvraag."))
    if not isinstance(text, str):
        return HttpResponseBadRequest(_("Ongeldige aanvraag."))
    response = JsonResponse(analyse(text[:MAX_TEXT]).as_dict())
    return response


def report(request):
    """Published pages whose text is above B1, hardest first, with counts per level."""
    rows = (
        PageReadability.objects.filter(level__in=["B2", "C1"], page__live=True)
        .select_related("page", "page__content_type")
        .order_by("douma", "page__title")
    )
    counts = {level: 0 for level in [*LEVELS, ""]}
    for level, number in _level_counts():
        counts[level] = number
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "hub/admin/readability_report.html",
        {
            "title": _("Leesbaarheid van pagina's"),
            "page_obj": page,
            "counts": counts,
            "levels": LEVELS,
        },
    )


def _level_counts():
    from django.db.models import Count

    return (
        PageReadability.objects.filter(page__live=True)
        .values_list("level")
        .annotate(number=Count("pk"))
        .order_by()
    )
