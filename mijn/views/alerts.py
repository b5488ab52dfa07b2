"""The alert pages: save a listing's filters (/meldingen/nieuw/?lijst=…&<filters>), the
pages behind the email links (/meldingen/bevestigen/<code>/, /meldingen/afmelden/<code>/)
and deleting an alert from Mijn Kennishub.

The listings link here with their current filters (a plain link: the cached listing pages
carry no form token); this page shows what will be saved and has the POST form with CSRF.
An email link shows a page with one button that POSTs, so the link checkers of mail systems
(which only GET) never change anything. The unsubscribe link also takes the one-click POST
of RFC 8058 (List-Unsubscribe-Post), which mail systems send without a CSRF token: the signed
code in the URL is the proof, so that view is exempt from CSRF.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from mijn import spam, tokens
from mijn.forms.alerts import AlertEmailForm
from mijn.models import Alert
from mijn.services import alerts as service

RATE_LIMITED = gettext_lazy(
    "Vanaf uw netwerk zijn in korte tijd veel meldingen aangevraagd. Probeer het over een uur "
    "opnieuw."
)


def _private(response):
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def new(request):
    """Save the filters in the query string as an alert (POST), after showing them (GET)."""
    listing = request.GET.get("lijst", "")
    try:
        filters = service.read_filters(listing, request.GET)
    except service.AlertRefused as refused:
        return _private(
            render(request, "mijn/alert_new.html", {"refused": refused.message}, status=400)
        )
    context = {
        "filters": filters,
        "listing_label": dict(Alert.Listing.choices).get(listing, ""),
        "lines": service.describe(listing, filters.params),
        "back_url": service.listing_path(listing, filters.params),
    }
    if request.user.is_authenticated:
        if request.method == "POST":
            try:
                _alert, created = service.save_for_user(request.user, filters)
            except service.AlertRefused as refused:
                context["message"] = refused.message
                return _private(render(request, "mijn/alert_new.html", context, status=400))
            messages.success(
                request,
                _("Uw melding is opgeslagen. U krijgt elke week een e-mail als er iets nieuws is.")
                if created
                else _("Deze melding had u al. Er is niets veranderd."),
            )
            return HttpResponseRedirect(reverse("mijn:dashboard"))
        return _private(render(request, "mijn/alert_new.html", context))

    if request.method == "POST":
        # The limit counts before anything is looked up: the same answer for every address.
        if spam.hit_rate_limit(request):
            context["form"] = AlertEmailForm()
            context["message"] = RATE_LIMITED
            return _private(render(request, "mijn/alert_new.html", context, status=429))
        form = AlertEmailForm(request.POST)
        if form.is_valid():
            if not form.is_trap:
                service.request_by_email(form.cleaned_data["email"], filters)
            return HttpResponseRedirect(reverse("mijn:alert_sent"))
        context["form"] = form
        return _private(render(request, "mijn/alert_new.html", context, status=400))
    context["form"] = AlertEmailForm()
    return _private(render(request, "mijn/alert_new.html", context))


@never_cache
def sent(request):
    """The same page for every address: whether it had alerts before is never told."""
    return _private(render(request, "mijn/alert_sent.html"))


def _link_error(request, template, status, message):
    return _private(render(request, template, {"error": message}, status=status))


def _alert_for(code, read):
    """The alert of a code, or (None, status, message) for a bad or stale one."""
    try:
        public_id = read(code)
    except signing.SignatureExpired:
        return (
            None,
            400,
            _("Deze link is verlopen. Vraag de melding opnieuw aan via de lijst op de Kennishub."),
        )
    except (signing.BadSignature, ValueError):
        return (
            None,
            404,
            _(
                "Deze link klopt niet. Kopieer de hele link uit de e-mail, of vraag de melding "
                "opnieuw aan."
            ),
        )
    alert = Alert.objects.filter(public_id=public_id).first()
    if alert is None:
        return (
            None,
            404,
            _(
                "Deze melding bestaat niet meer. Misschien heeft u zich al afgemeld of is de "
                "melding verlopen."
            ),
        )
    return alert, 200, ""


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, code):
    """/meldingen/bevestigen/<code>/: the double opt-in of a visitor's alert."""
    template = "mijn/alert_confirm.html"
    alert, status, error = _alert_for(code, tokens.read_confirm)
    if alert is None:
        return _link_error(request, template, status, error)
    if request.method == "POST":
        alert = service.confirm(alert.public_id)
    return _private(
        render(request, template, {"alert": alert, "title": service.title(alert)}, status=200)
    )


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, code):
    """/meldingen/afmelden/<code>/: stop an alert without logging in (GET asks, POST does)."""
    template = "mijn/alert_unsubscribe.html"
    alert, status, error = _alert_for(code, tokens.read_unsubscribe)
    if alert is None:
        return _link_error(request, template, status, error)
    if request.method == "POST":
        service.unsubscribe(alert.public_id)
        return _private(render(request, template, {"done": True}))
    return _private(render(request, template, {"alert": alert, "title": service.title(alert)}))


@never_cache
@login_required
@require_POST
def delete(request, public_id):
    """Delete one of the signed-in user's own alerts; anyone else's is "not found"."""
    if not service.delete_for_user(request.user, public_id):
        raise Http404
    messages.success(request, _("De melding is verwijderd."))
    return HttpResponseRedirect(reverse("mijn:dashboard"))
