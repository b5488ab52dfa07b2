"""What the masterclass pages do when they are served (called from their routes).

Views stay thin: forms check input and spam signals, academie.services.registration decides.
Links from emails (confirm, cancel) show a page with one button that POSTs, so the link
checkers of mail systems never change anything; after the POST the page shows the new state.
"""

import logging

from django.contrib import messages
from django.core import signing
from django.http import HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from academie import tokens
from academie.emails import calendar
from academie.forms import spam
from academie.forms.masterclasses import ConfirmForm, RegistrationForm
from academie.models import (
    MasterclassRegistration,
    RegistrationStatus,
    SessionStatus,
    attach_counts,
)
from academie.search.masterclasses import SessionSearch, past_sessions
from academie.services import RegistrationRefused
from academie.services import registration as service

logger = logging.getLogger(__name__)

RESULT_TEMPLATE = "academie/masterclasses/includes/session_card.html"


def _render(request, page, template, context, status=200, private=False, fresh=False):
    response = TemplateResponse(
        request, template, {**page.get_context(request), **context}, status=status
    )
    if fresh:
        # Seats and deadlines change with every registration and with the clock.
        add_never_cache_headers(response)
    if private:
        # Pages reached with a personal code: never cached, never indexed.
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
    return response


def with_availability(sessions, now=None):
    now = now or timezone.now()
    for session in sessions:
        session.availability_value, session.availability_label = session.availability(now)
    return sessions


# --------------------------------------------------------------------------- listing


def listing(request, index_page):
    """/masterclasses/: upcoming sessions with facets (regio, maand, doelgroep, vorm) and
    text search; the past sessions below, separately."""
    search = SessionSearch(request, index_page=index_page)
    state = search.run()
    with_availability(state.results)
    context = {
        "search": state,
        "result_template": RESULT_TEMPLATE,
        "search_label": _("Zoek op plaats of onderwerp"),
        "past_sessions": past_sessions(index_page),
    }
    response = _render(request, index_page, "academie/masterclasses/index_page.html", context)
    if state.query:
        response["X-Robots-Tag"] = "noindex"
    return response


# --------------------------------------------------------------------------- series


def series(request, page):
    sessions = attach_counts(page.sessions.select_related("page").order_by("date", "start_time"))
    with_availability(sessions)
    today = timezone.localdate()
    context = {
        "upcoming": [s for s in sessions if s.date >= today],
        "past": [s for s in sessions if s.date < today][::-1],
        "audiences": list(page.audiences.all()),
        "steps": list(page.policy_steps.all()),
    }
    return _render(request, page, "academie/masterclasses/masterclass_page.html", context)


# --------------------------------------------------------------------------- one session


def _session_or_404(page, session_slug):
    return get_object_or_404(page.sessions.select_related("page"), slug=session_slug)


def session_context(request, page, session, form=None, error=""):
    now = timezone.now()
    with_availability([session], now)
    status = session.status(now)
    if form is None and status in (SessionStatus.OPEN, SessionStatus.FULL):
        get_token(request)  # the CSRF secret the form's timestamp is bound to
        form = RegistrationForm(session=session, user=request.user, bound_to=spam.binding(request))
    return {
        "session": session,
        "status": status,
        "form": form,
        "error": error,
        "calendar_links": calendar.calendar_links(session),
        "rounds": page.workshop_rounds(),
        "other_sessions": with_availability(
            attach_counts(page.sessions.upcoming().exclude(pk=session.pk).select_related("page")),
            now,
        ),
    }


def session(request, page, session_slug):
    """A session: date, place, programme, seats, and the registration form."""
    session = _session_or_404(page, session_slug)
    if request.method == "POST":
        return register(request, page, session)
    return _render(
        request,
        page,
        "academie/masterclasses/session_page.html",
        session_context(request, page, session),
        fresh=True,
    )


def register(request, page, session):
    template = "academie/masterclasses/session_page.html"
    if spam.hit_rate_limit(request):
        logger.warning("Masterclass registration rate limit hit for session %s", session.pk)
        error = _(
            "U heeft dit formulier te vaak verstuurd. Wacht een uur en probeer het dan opnieuw."
        )
        context = session_context(request, page, session, error=error)
        return _render(request, page, template, context, status=429)
    form = RegistrationForm(
        request.POST, session=session, user=request.user, bound_to=spam.binding(request)
    )
    if not form.is_valid():
        reason = getattr(form, "spam_reason", None)
        if reason:
            logger.info("Masterclass registration refused as spam (%s)", reason)
        context = session_context(request, page, session, form=form)
        return _render(request, page, template, context, status=400)
    try:
        registration, _created = service.register(
            session,
            user=request.user,
            client_key=service.client_key(spam.client_ip(request)),
            **form.registration_data(),
        )
    except RegistrationRefused as error:
        context = session_context(request, page, session, form=form, error=error.message)
        return _render(request, page, template, context, status=400)
    # The same answer for a new and a known address: what happened is in the email, which
    # only the owner of the address reads.
    return HttpResponseRedirect(session.get_registered_url())


def registered(request, page, session_slug):
    """After the form: "check your email". The same for a new and a repeated registration,
    so the page never tells whether an address was registered before: it only says what
    anyone can see on the session page (whether the session is full now)."""
    session = _session_or_404(page, session_slug)
    context = {"session": session, "full": session.status() == SessionStatus.FULL}
    return _render(request, page, "academie/masterclasses/registered.html", context, private=True)


def calendar_file(request, page, session_slug):
    """The public .ics of a session (no personal data)."""
    session = _session_or_404(page, session_slug)
    response = HttpResponse(
        calendar.session_calendar(session), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{calendar.filename(session)}"'
    return response


# --------------------------------------------------------------------------- email links


def _registration_for(code, purpose):
    try:
        public_id = tokens.read(code, purpose)
    except signing.BadSignature:
        return None
    return service.find_by_public_id(public_id)


def link_problem(request, index_page, purpose, status):
    context = {"purpose": purpose}
    return _render(
        request,
        index_page,
        "academie/masterclasses/link_problem.html",
        context,
        status=status,
        private=True,
    )


def _link_context(registration):
    session = registration.session
    now = timezone.now()
    with_availability([session], now)
    return {
        "registration": registration,
        "session": session,
        "series": session.page,
        "form": ConfirmForm(),
        "calendar_links": calendar.calendar_links(session),
        "position": registration.waitlist_position(),
        "started": session.has_started(now),
    }


def confirm(request, index_page, code):
    """/masterclasses/bevestigen/<code>/: confirm the email address (double opt-in)."""
    registration = _registration_for(code, tokens.CONFIRM)
    if registration is None:
        return link_problem(request, index_page, "confirm", status=400)
    template = "academie/masterclasses/confirm.html"
    if request.method == "POST":
        try:
            service.confirm(registration)
        except RegistrationRefused as error:
            registration.refresh_from_db()
            context = {**_link_context(registration), "error": error.message}
            return _render(request, index_page, template, context, status=400, private=True)
        return HttpResponseRedirect(request.path)
    return _render(request, index_page, template, _link_context(registration), private=True)


def cancel(request, index_page, code):
    """/masterclasses/afmelden/<code>/: cancel without logging in."""
    registration = _registration_for(code, tokens.CANCEL)
    if registration is None:
        return link_problem(request, index_page, "cancel", status=400)
    template = "academie/masterclasses/cancel.html"
    if request.method == "POST":
        try:
            service.cancel(registration)
        except RegistrationRefused as error:
            registration.refresh_from_db()
            context = {**_link_context(registration), "error": error.message}
            return _render(request, index_page, template, context, status=400, private=True)
        if request.user.is_authenticated and registration.user_id == request.user.pk:
            messages.success(request, _("U bent afgemeld. U krijgt een bevestiging per e-mail."))
        return HttpResponseRedirect(request.path)
    return _render(request, index_page, template, _link_context(registration), private=True)


def registrations_for_user(user):
    """A signed-in user's masterclass registrations (by account or by a verified address),
    for "Mijn academie"."""
    from django.db.models import Q

    from hub.accounts import verified_addresses

    condition = Q(user=user) | Q(email__in=verified_addresses(user))
    registrations = list(
        MasterclassRegistration.objects.filter(condition, anonymised_at__isnull=True)
        .exclude(status=RegistrationStatus.EXPIRED)
        .select_related("session", "session__page")
        .order_by("session__date", "session__start_time")
    )
    for registration in registrations:
        if registration.is_active and not registration.session.has_started():
            from academie.emails.masterclasses import cancel_path

            registration.cancel_path = cancel_path(registration)
    return registrations
