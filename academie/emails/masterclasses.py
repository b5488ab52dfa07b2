"""The emails of the masterclasses. Each is written to the outbox (hub.outbox.queue_email) in
the caller's transaction, so it is sent after commit, or by the sweeper if the broker was down.

Every email before or on the day of the session carries the participant's signed cancel link
(no login needed); the confirmation and the promotion carry the .ics file and "add to
calendar" links.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _

from academie import conf, tokens
from academie.emails import calendar
from academie.emails.language import in_dutch
from hub.outbox import queue_email

LINK_ROUTES = {
    tokens.CONFIRM: "academie:masterclass_confirm",
    tokens.CANCEL: "academie:masterclass_cancel",
}


def link_path(registration, purpose):
    """The path of a registration's confirm or cancel link (tokens.CONFIRM or tokens.CANCEL):
    /masterclasses/bevestigen/<code>/ or /masterclasses/afmelden/<code>/."""
    return reverse(LINK_ROUTES[purpose], args=[tokens.make(registration, purpose)])


def confirm_url(registration):
    return conf.absolute_url(link_path(registration, tokens.CONFIRM))


def cancel_path(registration):
    return link_path(registration, tokens.CANCEL)


def cancel_url(registration):
    return conf.absolute_url(cancel_path(registration))


def when(session):
    """ "dinsdag 9 maart 2027, 12.30 tot 17.30 uur"."""
    day = formats.date_format(session.date, "l j F Y")
    return _("%(day)s, %(start)s tot %(end)s uur") % {
        "day": day,
        "start": f"{session.start_time:%H.%M}",
        "end": f"{session.end_time:%H.%M}",
    }


def _context(registration, **extra):
    session = registration.session
    context = {
        "registration": registration,
        "session": session,
        "page": session.page,
        "when": when(session),
        "where": calendar.location(session),
        "session_url": conf.absolute_url(session.url),
        "site_url": conf.site_url(),
        "programme": calendar.programme_lines(session.page),
    }
    context.update(extra)
    return context


def _send(registration, kind, subject, template, attach_calendar=False, with_cancel=True, **extra):
    cancel = cancel_url(registration) if with_cancel else ""
    context = _context(registration, cancel_url=cancel, **extra)
    if attach_calendar:
        context["calendar_links"] = calendar.calendar_links(registration.session)
    body = render_to_string(f"academie/email/{template}.txt", context)
    attachments = []
    if attach_calendar:
        attachments.append(calendar.attachment(registration.session, registration, cancel))
    return queue_email(
        to=registration.email,
        subject=str(subject),
        body_text=body,
        attachments=attachments,
        category=f"masterclass:{kind}",
        related=registration,
    )


def _subject(text, registration):
    session = registration.session
    return text % {
        "title": session.page.title,
        "city": session.city,
        "date": formats.date_format(session.date, "j F Y"),
    }


@in_dutch
def confirm_request(registration, *, waitlist):
    subject = _subject(_("Bevestig uw aanmelding: masterclass %(title)s in %(city)s"), registration)
    expires = formats.date_format(
        registration.expires_at.astimezone(calendar.session_zone()),
        "j F Y \\o\\m H.i \\u\\u\\r",
    )
    return _send(
        registration,
        "bevestigen",
        subject,
        "masterclass_confirm_request",
        confirm_url=confirm_url(registration),
        waitlist=waitlist,
        expires=expires,
    )


@in_dutch
def confirmed(registration):
    subject = _subject(
        _("U bent aangemeld: masterclass %(title)s op %(date)s in %(city)s"), registration
    )
    return _send(registration, "aangemeld", subject, "masterclass_confirmed", attach_calendar=True)


@in_dutch
def promoted(registration):
    subject = _subject(
        _("Er is een plaats vrij: u bent aangemeld voor de masterclass in %(city)s"),
        registration,
    )
    return _send(
        registration, "van-wachtlijst", subject, "masterclass_promoted", attach_calendar=True
    )


@in_dutch
def waitlisted(registration):
    subject = _subject(
        _("U staat op de wachtlijst: masterclass %(title)s in %(city)s"), registration
    )
    return _send(
        registration,
        "wachtlijst",
        subject,
        "masterclass_waitlisted",
        position=registration.waitlist_position(),
    )


@in_dutch
def cancelled(registration):
    """The cancellation is done: no cancel link, but the way back to the session page."""
    subject = _subject(_("U bent afgemeld: masterclass %(title)s in %(city)s"), registration)
    return _send(registration, "afgemeld", subject, "masterclass_cancelled", with_cancel=False)


@in_dutch
def reminder(registration):
    subject = _subject(
        _("Herinnering: masterclass %(title)s op %(date)s in %(city)s"), registration
    )
    return _send(registration, "herinnering", subject, "masterclass_reminder", attach_calendar=True)


@in_dutch
def thank_you(registration):
    """After the session: no cancel link (nothing left to cancel); slides and evaluation."""
    session = registration.session
    slides_url = conf.absolute_url(session.slides.url) if session.slides_id else ""
    subject = _subject(_("Bedankt voor uw komst: masterclass %(title)s"), registration)
    return _send(
        registration,
        "bedankt",
        subject,
        "masterclass_thank_you",
        with_cancel=False,
        slides_url=slides_url,
        evaluation_url=session.evaluation_url,
    )


@in_dutch
def organiser_message(registration, subject, message):
    """A message from the organiser to the participants of one session."""
    upcoming = not registration.session.has_started()
    return _send(
        registration,
        "bericht",
        subject,
        "masterclass_message",
        with_cancel=upcoming,
        message=message,
    )
