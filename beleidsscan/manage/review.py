"""Admin views for reviewers ("Toetser"): the queue of submitted scans, one scan with its
answers, scores, note and document, and the review itself (take it in, comment per step, send
the advice).

Every view checks `beleidsscan.review_scan` on the server and answers 403 without it (the
site's 403 page: Wagtail would turn PermissionDenied into a redirect to the dashboard, which
hides the refusal). Only submitted scans exist here: a concept is 404, whoever asks.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods
from django.views.defaults import permission_denied

from beleidsscan.forms.review import ReviewCommentsForm
from beleidsscan.models import Scan, ScanDocument, ScanStatus
from beleidsscan.services import reviews, scoring
from beleidsscan.services.questionnaire import Version
from beleidsscan.views.common import private_page
from beleidsscan.views.review import document_response

ADVISED_SHOWN = 20


def _forbidden(request):
    return permission_denied(
        request, PermissionDenied(_("U mag geen beleidsscans toetsen. Vraag een beheerder."))
    )


def reviewer_name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.email or user.get_username()


def _queue_rows(scans):
    return [
        {
            "scan": scan,
            "reviewer": reviewer_name(scan.reviewer),
        }
        for scan in scans
    ]


@private_page
@require_GET
def queue_view(request):
    if not reviews.may_review(request.user):
        return _forbidden(request)
    base = Scan.objects.select_related("municipality", "reviewer")
    waiting = base.filter(status__in=reviews.OPEN).order_by(
        F("submitted_at").asc(nulls_last=True), "pk"
    )
    advised = base.filter(status=ScanStatus.ADVISED).order_by("-advised_at", "-pk")[:ADVISED_SHOWN]
    return TemplateResponse(
        request,
        "beleidsscan/admin/queue.html",
        {
            "title": _("Scans om te toetsen"),
            "waiting": _queue_rows(waiting),
            "advised": _queue_rows(advised),
            "advised_shown": ADVISED_SHOWN,
        },
    )


def _reviewable(public_id):
    scan = (
        Scan.objects.filter(status__in=reviews.REVIEWABLE, public_id=public_id)
        .select_related("version", "municipality", "size", "reviewer")
        .first()
    )
    if scan is None:
        raise Http404
    return scan


def step_rows(scan, version, comments, form):
    """Per step of the scan's own questionnaire version: its score, each question with the
    answer, the reviewer's comment and (while in review) its form field."""
    answers = scan.answers or {}
    rows = []
    for item in scoring.scores(version, answers):
        step = item.step
        rows.append(
            {
                "step": step,
                "score": item,
                "answers": [
                    {
                        "question": question,
                        "answer": answers.get(question.key, ""),
                        "label": scoring.answer_label(answers.get(question.key)),
                    }
                    for question in step.questions
                ],
                "comment": comments.get(step.id, ""),
                "field": form[form.field_name(step.id)] if form is not None else None,
            }
        )
    return rows


@private_page
@require_http_methods(["GET", "POST"])
def detail_view(request, public_id):
    if not reviews.may_review(request.user):
        return _forbidden(request)
    scan = _reviewable(public_id)
    version = Version.of(scan.version)
    comments = {comment.step_id: comment.text for comment in scan.review_comments.all()}
    form = None
    status = 200
    if scan.status == ScanStatus.IN_REVIEW or request.method == "POST":
        form = ReviewCommentsForm(
            request.POST if request.method == "POST" else None,
            steps=version.steps,
            comments=comments,
            advice=scan.advice,
        )
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "start":
                reviews.start_review(scan, request.user)
                messages.success(request, _("U heeft de scan in behandeling genomen."))
                return redirect("beleidsscan_review_detail", public_id=scan.public_id)
            if action not in ("save", "send"):
                return HttpResponseBadRequest(_("Onbekende actie."))
            if form.is_valid():
                advice = form.cleaned_data["advice"]
                if action == "send" and not advice.strip():
                    form.add_error("advice", _("Schrijf eerst een algemeen advies."))
                else:
                    with transaction.atomic():
                        reviews.save_comments(scan, request.user, form.comments(), advice=advice)
                        if action == "send":
                            reviews.send_advice(scan, request.user, advice)
                    messages.success(
                        request,
                        _("Het advies is verstuurd. De gemeente krijgt een e-mail.")
                        if action == "send"
                        else _("Uw opmerkingen en advies zijn opgeslagen."),
                    )
                    return redirect("beleidsscan_review_detail", public_id=scan.public_id)
            status = 400
        except reviews.ReviewError as error:
            messages.error(request, error.message)
            status = 409
            scan.refresh_from_db()
        if scan.status != ScanStatus.IN_REVIEW:
            form = None
    document = ScanDocument.objects.filter(scan=scan).first()
    return TemplateResponse(
        request,
        "beleidsscan/admin/detail.html",
        {
            "title": str(scan),
            "scan": scan,
            "version": version,
            "rows": step_rows(scan, version, comments, form),
            "form": form,
            "document": document,
            "reviewer": reviewer_name(scan.reviewer) if scan.reviewer_id else "",
            "can_start": scan.status == ScanStatus.SUBMITTED
            or (scan.status == ScanStatus.IN_REVIEW and scan.reviewer_id != request.user.pk),
            "is_taking_over": scan.status == ScanStatus.IN_REVIEW,
        },
        status=status,
    )


@private_page
@require_GET
def document_view(request, public_id):
    if not reviews.may_review(request.user):
        return _forbidden(request)
    scan = _reviewable(public_id)
    document = ScanDocument.objects.filter(scan=scan).first()
    if document is None:
        raise Http404
    return document_response(document)
