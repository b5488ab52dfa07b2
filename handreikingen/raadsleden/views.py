"""Views of the raadsledentool. No account, no session, nothing stored.

The answers and the municipality's name are in the URL (GET). The result page's edited
motion and question texts are POSTed (with a CSRF token) to the print view and the Word export,
which answer with those texts and forget them.
"""

from django.http import HttpResponse, HttpResponseNotAllowed
from django.utils.translation import gettext as _

from handreikingen.raadsleden.advice import build_result
from handreikingen.raadsleden.scan import ScanForm, instrument_labels, roles
from handreikingen.raadsleden.texts import MAX_TEXT_LENGTH, EditsForm
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
            "question_count": page.questions.count(),
        },
    )


def scan(request, page, form=None, notice=""):
    if form is None:
        # Coming back from the result ("Pas uw antwoorden aan"): the answers are filled in.
        form = ScanForm(page)
        form.initial = {key: request.GET[key] for key in form.fields if key in request.GET}
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


def _build(request, page, form):
    """The result steps for a valid scan form, with the edited texts of a POST put in.

    Returns (steps, edits form or None); the edits form is invalid when a text is too long."""
    municipality = form.cleaned_data["gemeente"]
    steps = build_result(page, form.answers(), municipality)
    if request.method != "POST":
        return steps, None
    edits = EditsForm(
        [item for step in steps for item in step.advice], data=request.POST, auto_id="%s"
    )
    if edits.is_valid():
        edits.apply()
    else:
        edits.keep_posted()
    return steps, edits


def _allowed(request):
    return request.method in ("GET", "HEAD", "POST")


def result(request, page):
    if not _allowed(request):
        return HttpResponseNotAllowed(["GET", "POST"])
    form = ScanForm(page, data=request.GET)
    if not form.is_valid():
        return _incomplete(request, page, form)
    steps, edits = _build(request, page, form)
    printing = request.GET.get("afdrukken") == "1" and not (edits and edits.errors)
    municipality = form.cleaned_data["gemeente"]
    query = request.GET.copy()
    query.pop("afdrukken", None)
    query.pop("gemeente", None)
    if municipality:  # the cleaned name in every link: one line, at most 80 characters
        query["gemeente"] = municipality
    return page.render(
        request,
        template="handreikingen/raadsleden_result.html",
        context_overrides={
            "steps": steps,
            "role": _role_context(page, form.cleaned_data["rol"]),
            "printing": printing,
            "edits": edits,
            "municipality": municipality,
            "answers_query": query.urlencode(),
            "answer_fields": [("rol", form.cleaned_data["rol"]), *form.answers().items()],
            "advice_count": sum(len(step.advice) for step in steps),
            "max_text_length": MAX_TEXT_LENGTH,
        },
    )


def result_docx(request, page):
    """The result as an editable Word document; the answers come from the URL, as for the page,
    and the edited texts from a POST of the result page (without one: the texts of the site)."""
    if not _allowed(request):
        return HttpResponseNotAllowed(["GET", "POST"])
    form = ScanForm(page, data=request.GET)
    if not form.is_valid():
        return _incomplete(request, page, form)
    steps, edits = _build(request, page, form)
    if edits and edits.errors:  # a text too long: back to the page, with the texts kept
        return result(request, page)
    data = build_docx(
        page,
        steps,
        _role_context(page, form.cleaned_data["rol"]),
        absolute_url=lambda target: target.get_full_url(request),
        municipality=form.cleaned_data["gemeente"],
    )
    response = HttpResponse(data, content_type=DOCX_TYPE)
    response["Content-Disposition"] = 'attachment; filename="raadsledentool-resultaat.docx"'
    response["X-Robots-Tag"] = "noindex"
    if request.method == "POST":
        response["Cache-Control"] = "no-store"
    return response
