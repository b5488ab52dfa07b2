"""Views of the raadsledentool. No account, no session, nothing stored: only GET requests."""

from django.http import HttpResponse
from django.utils.translation import gettext as _

from handreikingen.raadsleden.advice import build_result
from handreikingen.raadsleden.scan import ScanForm, instrument_labels, roles
from handreikingen.raadsleden.word import build_docx

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _role_context(page, slug):
    for role_slug, value in roles(page):
        if role_slug == slug:
            return {
                "slug": role_slug,
                "value": value,
                "instruments": instrument_labels(value["instruments"]),
            }
    return None


def start(request, page):
    return page.render(
        request,
        context_overrides={
            "roles": [
                {
                    "slug": slug,
                    "value": value,
                    "instruments": instrument_labels(value["instruments"]),
                }
                for slug, value in roles(page)
            ],
        },
    )


def scan(request, page, form=None, notice=""):
    form = form or ScanForm(page, initial={"rol": request.GET.get("rol", "")})
    return page.render(
        request,
        template="handreikingen/raadsleden_scan.html",
        context_overrides={
            "form": form,
            "notice": notice,
            "role": _role_context(page, request.GET.get("rol")),
        },
    )


def _incomplete(request, page, form):
    """Missing, unknown or tampered answers: back to the scan with what was valid filled in."""
    notice = _("Niet alle vragen zijn (goed) beantwoord. Vul de ontbrekende antwoorden aan.")
    return scan(request, page, form=form, notice=notice)


def _answers(form):
    return {key: value for key, value in form.cleaned_data.items() if key != "rol"}


def result(request, page):
    form = ScanForm(page, data=request.GET)
    if not form.is_valid():
        return _incomplete(request, page, form)
    steps = build_result(page, _answers(form))
    printing = request.GET.get("afdrukken") == "1"
    query = request.GET.copy()
    query.pop("afdrukken", None)
    return page.render(
        request,
        template="handreikingen/raadsleden_result.html",
        context_overrides={
            "steps": steps,
            "role": _role_context(page, form.cleaned_data["rol"]),
            "printing": printing,
            "answers_query": query.urlencode(),
            "advice_count": sum(len(step.advice) for step in steps),
        },
    )


def result_docx(request, page):
    """The result as an editable Word document; the answers come from the URL, as for the page."""
    form = ScanForm(page, data=request.GET)
    if not form.is_valid():
        return _incomplete(request, page, form)
    steps = build_result(page, _answers(form))
    data = build_docx(
        page,
        steps,
        _role_context(page, form.cleaned_data["rol"]),
        absolute_url=lambda target: target.get_full_url(request),
    )
    response = HttpResponse(data, content_type=DOCX_TYPE)
    response["Content-Disposition"] = 'attachment; filename="raadsledentool-resultaat.docx"'
    response["X-Robots-Tag"] = "noindex"
    return response
