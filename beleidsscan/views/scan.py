"""The scan itself: start, the overview, a step's questions, finishing, the result, a new
version and deleting. Every page is personal: never cached, never indexed."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from beleidsscan.charts import score_chart
from beleidsscan.forms.scan import StartForm, StepForm
from beleidsscan.models import Questionnaire
from beleidsscan.services import access, results, scans
from beleidsscan.services.questionnaire import Version
from beleidsscan.services.scoring import scores
from beleidsscan.views.common import private_page
from hub.ratelimit import ip_key, over_limit

# New scans per client address per hour: enough for a team, not for filling the database.
STARTS_PER_HOUR = 20


def link_page(request, scan, code, *, new_version=False):
    """The private link, shown once (the response is never cached)."""
    access.remember(request, access.find_link(code))
    return render(
        request,
        "beleidsscan/link_created.html",
        {
            "scan": scan,
            "link": request.build_absolute_uri(reverse("beleidsscan:enter", args=[code])),
            "new_version": new_version,
            "first_step": Version.of(scan.version).steps[0].number,
        },
    )


@private_page
@require_http_methods(["GET", "POST"])
def start(request):
    questionnaire = Questionnaire.objects.current()
    version = scans.current_version() if questionnaire else None
    form = StartForm(request.POST if request.method == "POST" else None)
    refused = ""
    if request.method == "POST" and over_limit(
        ip_key("beleidsscan-start", request), STARTS_PER_HOUR, 3600
    ):
        refused = _("U heeft in korte tijd veel scans gestart. Probeer het over een uur opnieuw.")
    elif request.method == "POST" and version is not None and form.is_valid():
        scan, code = scans.start(
            municipality=form.cleaned_data["municipality"],
            role=form.cleaned_data["role"],
            domains=form.cleaned_data["domains"],
            grounds=form.cleaned_data["grounds"],
            user=request.user,
        )
        return link_page(request, scan, code)
    own = scans.scans_of_user(request.user)[:10] if request.user.is_authenticated else []
    return render(
        request,
        "beleidsscan/start.html",
        {
            "form": form,
            "version": Version.of(version) if version else None,
            "own_scans": own,
            "refused": refused,
        },
        status=429 if refused else 200,
    )


def _progress(scan):
    version = Version.of(scan.version)
    return version, scores(version, scan.answers)


@private_page
def overview(request, public_id):
    scan, level = access.scan_for(request, public_id)
    version, step_scores = _progress(scan)
    context = {
        "scan": scan,
        "level": level,
        "is_owner": level == access.OWNER,
        "version": version,
        "step_scores": step_scores,
        "complete": all(item.complete for item in step_scores),
        "answered": sum(item.answered for item in step_scores),
        "total": sum(item.total for item in step_scores),
        "links": scan.accesses.filter(kind=access.EDITOR).order_by("created_at")
        if level == access.OWNER
        else [],
    }
    return render(request, "beleidsscan/overview.html", context)


@private_page
@require_http_methods(["GET", "POST"])
def step(request, public_id, number):
    scan, level = access.scan_for(request, public_id)
    version = Version.of(scan.version)
    current = version.step(number)
    if current is None:
        raise Http404
    if not scan.is_editable:
        messages.info(
            request, _("Deze scan is ingediend voor toetsing en kan niet meer worden gewijzigd.")
        )
        return redirect("beleidsscan:overview", public_id=scan.public_id)
    numbers = [item.number for item in version.steps]
    position = numbers.index(number)
    previous_number = numbers[position - 1] if position > 0 else None
    next_number = numbers[position + 1] if position + 1 < len(numbers) else None
    if request.method == "POST":
        form = StepForm(current, request.POST)
        if form.is_valid():
            scans.save_answers(scan, form.answers())
            target = request.POST.get("ga")
            if target == "vorige" and previous_number:
                return redirect(
                    "beleidsscan:step", public_id=scan.public_id, number=previous_number
                )
            if target == "volgende" and next_number:
                return redirect("beleidsscan:step", public_id=scan.public_id, number=next_number)
            if target == "volgende":
                return redirect(
                    reverse("beleidsscan:overview", args=[scan.public_id]) + "#afronden"
                )
            messages.success(request, _("Uw antwoorden zijn opgeslagen."))
            return redirect("beleidsscan:step", public_id=scan.public_id, number=number)
        # Keep every valid answer, also when one value was tampered with.
        scans.save_answers(scan, form.valid_answers())
    else:
        form = StepForm(
            current, initial={q.key: scan.answers.get(q.key) for q in current.questions}
        )
    return render(
        request,
        "beleidsscan/step.html",
        {
            "scan": scan,
            "level": level,
            "version": version,
            "current": current,
            "form": form,
            "position": position + 1,
            "step_count": len(numbers),
            "previous_number": previous_number,
            "next_number": next_number,
        },
    )


@private_page
@require_POST
def finish(request, public_id):
    scan, _level = access.scan_for(request, public_id)
    try:
        scans.finish(scan)
    except scans.ScanError as error:
        messages.error(request, error.message)
        return redirect("beleidsscan:overview", public_id=scan.public_id)
    return redirect("beleidsscan:result", public_id=scan.public_id)


@private_page
def result(request, public_id):
    scan, level = access.scan_for(request, public_id)
    if not scan.is_finished:
        messages.info(request, _("Rond eerst alle stappen af. Dan ziet u de uitslag."))
        return redirect("beleidsscan:overview", public_id=scan.public_id)
    outcome = results.build(scan)
    return render(
        request,
        "beleidsscan/result.html",
        {
            "scan": scan,
            "level": level,
            "is_owner": level == access.OWNER,
            "result": outcome,
            "chart": score_chart(outcome),
        },
    )


@private_page
@require_POST
def new_version(request, public_id):
    scan, _level = access.scan_for(request, public_id, need=access.OWNER)
    try:
        copy, code = scans.new_version(scan, user=request.user)
    except scans.ScanError as error:
        messages.error(request, error.message)
        return redirect("beleidsscan:overview", public_id=scan.public_id)
    return link_page(request, copy, code, new_version=True)


@private_page
@require_http_methods(["GET", "POST"])
def delete(request, public_id):
    scan, _level = access.scan_for(request, public_id, need=access.OWNER)
    if request.method == "POST":
        access.forget(request, scan)
        scans.delete(scan)
        messages.success(request, _("De scan is verwijderd, met alle antwoorden en links."))
        return redirect("beleidsscan:start")
    return render(request, "beleidsscan/delete.html", {"scan": scan})
