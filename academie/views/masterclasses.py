"""What the masterclass pages do when they are served (called from their routes): the listing
at /masterclasses/, a series, a session with its registration form, the page after
registering, and the public calendar file of a session.

Views stay thin: forms check input and spam signals, academie.services.registration decides.
"""

import logging

from django.http import HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from academie.emails import calendar
from academie.forms import spam
from academie.forms.masterclasses import RegistrationForm
from academie.models import SessionStatus, attach_counts
from academie.search.masterclasses import SessionSearch, past_sessions
from academie.services import RegistrationRefused
from academie.services import registration as service
from academie.views.responses import render_page
from hub.faceting.views import render_listing
from hub.net import client_ip

logger = logging.getLogger(__name__)

RESULT_TEMPLATE = "academie/masterclasses/includes/session_card.html"


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
    return render_listing(
        request,
        state,
        page=index_page,
        template="academie/masterclasses/index_page.html",
        result_template=RESULT_TEMPLATE,
        search_label=_("Zoek op plaats of onderwerp"),
        past_sessions=past_sessions(index_page),
    )


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
    return render_page(request, page, "academie/masterclasses/masterclass_page.html", context)


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
    return render_page(
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
        return render_page(request, page, template, context, status=429)
    form = RegistrationForm(
        request.POST, session=session, user=request.user, bound_to=spam.binding(request)
    )
    if not form.is_valid():
        reason = getattr(form, "spam_reason", None)
        if reason:
            logger.info("Masterclass registration refused as spam (%s)", reason)
        context = session_context(request, page, session, form=form)
        return render_page(request, page, template, context, status=400)
    try:
        registration, _created = service.register(
            session,
            user=request.user,
            client_key=service.client_key(client_ip(request)),
            **form.registration_data(),
        )
    except RegistrationRefused as error:
        context = session_context(request, page, session, form=form, error=error.message)
        return render_page(request, page, template, context, status=400)
    # The same answer for a new and a known address: what happened is in the email, which
    # only the owner of the address reads.
    return HttpResponseRedirect(session.get_registered_url())


def registered(request, page, session_slug):
    """After the form: "check your email". The same for a new and a repeated registration,
    so the page never tells whether an address was registered before: it only says what
    anyone can see on the session page (whether the session is full now)."""
    session = _session_or_404(page, session_slug)
    context = {"session": session, "full": session.status() == SessionStatus.FULL}
    return render_page(
        request, page, "academie/masterclasses/registered.html", context, private=True
    )


def calendar_file(request, page, session_slug):
    """The public .ics of a session (no personal data)."""
    session = _session_or_404(page, session_slug)
    response = HttpResponse(
        calendar.session_calendar(session), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{calendar.filename(session)}"'
    return response
