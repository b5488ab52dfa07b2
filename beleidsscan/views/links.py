"""Private links: opening one, sharing with colleagues (and revoking), emailing the owner's
link (double opt-in) and keeping a scan in an account."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from beleidsscan.forms.scan import EmailForm, ShareForm
from beleidsscan.models import ScanAccess
from beleidsscan.services import access, contact, scans
from beleidsscan.views.common import private_page
from hub.ratelimit import ip_key, over_limit

EMAIL_REQUESTS_PER_HOUR = 10


@private_page
@require_GET
def enter(request, code):
    """A private link: remember the grant in the session, then go to the scan itself."""
    try:
        link = access.find_link(code)
    except access.LinkInvalid:
        return render(request, "beleidsscan/link_invalid.html", status=404)
    access.remember(request, link)
    access.touch(link.scan)
    if link.kind == access.EDITOR:
        messages.info(request, _("U werkt mee aan deze scan via een gedeelde link."))
    return redirect("beleidsscan:overview", public_id=link.scan.public_id)


@private_page
@require_http_methods(["GET", "POST"])
def share(request, public_id):
    """Make a link with which colleagues can fill in the scan, or revoke one."""
    scan, _level = access.scan_for(request, public_id, need=access.OWNER)
    form = ShareForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and "intrekken" in request.POST:
        link = ScanAccess.objects.filter(
            scan=scan, kind=access.EDITOR, pk=_int(request.POST.get("intrekken"))
        ).first()
        if link is None:
            messages.error(request, _("Deze link bestaat niet (meer)."))
        else:
            access.revoke(link)
            messages.success(
                request, _("De link is ingetrokken. Wie hem gebruikt, komt niet meer bij de scan.")
            )
        return redirect("beleidsscan:share", public_id=scan.public_id)
    if request.method == "POST" and form.is_valid():
        _link, code = access.new_link(scan, access.EDITOR, label=form.cleaned_data["label"])
        return render(
            request,
            "beleidsscan/share_created.html",
            {
                "scan": scan,
                "link": request.build_absolute_uri(reverse("beleidsscan:enter", args=[code])),
            },
        )
    return render(
        request,
        "beleidsscan/share.html",
        {
            "scan": scan,
            "form": form,
            "links": scan.accesses.filter(kind=access.EDITOR).order_by("created_at"),
        },
    )


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@private_page
@require_http_methods(["GET", "POST"])
def email_link(request, public_id):
    scan, _level = access.scan_for(request, public_id, need=access.OWNER)
    form = EmailForm(request.POST if request.method == "POST" else None)
    refused = ""
    if request.method == "POST" and form.is_valid():
        if over_limit(ip_key("beleidsscan-email", request), EMAIL_REQUESTS_PER_HOUR, 3600):
            refused = _("U heeft te vaak een e-mail aangevraagd. Probeer het over een uur opnieuw.")
        else:
            try:
                contact.request_email(scan, form.cleaned_data["email"])
            except contact.ContactError as error:
                refused = error.message
            else:
                return render(
                    request,
                    "beleidsscan/email_sent.html",
                    {"scan": scan, "email": form.cleaned_data["email"]},
                )
    return render(
        request, "beleidsscan/email_link.html", {"scan": scan, "form": form, "refused": refused}
    )


@private_page
@require_GET
def confirm_email(request, code):
    try:
        scan, sent = contact.confirm(code)
    except contact.ContactError as error:
        return render(
            request, "beleidsscan/email_confirmed.html", {"error": error.message}, status=400
        )
    return render(request, "beleidsscan/email_confirmed.html", {"scan": scan, "sent": sent})


@private_page
@login_required
@require_POST
def keep_in_account(request, public_id):
    scan, _level = access.scan_for(request, public_id, need=access.OWNER)
    try:
        scans.keep_in_account(scan, request.user)
    except scans.ScanError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("De scan staat nu ook bij Mijn Kennishub."))
    return redirect("beleidsscan:overview", public_id=scan.public_id)
