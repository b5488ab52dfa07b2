"""An organiser's email to the participants of one masterclass session (through the
outbox). A token from the form makes a double click send the message once."""

from django.db import transaction
from django.utils.translation import gettext as _

from academie.emails import masterclasses as emails
from academie.models import ParticipantMessage, RegistrationStatus
from academie.services.errors import RegistrationRefused
from academie.services.seats import lock_session

Status = RegistrationStatus


AUDIENCES = {
    "aangemeld": (Status.CONFIRMED,),
    "wachtlijst": (Status.WAITLISTED,),
    "allen": (Status.CONFIRMED, Status.WAITLISTED),
}


def mail_participants(session, *, audience, subject, message, token=None, sent_by=None):
    """An organiser's message to the participants of one session (through the outbox).

    Returns (recipients, sent). `token` comes from the form (a hidden field): the same
    token twice (a double click on "E-mail versturen") sends nothing the second time and
    returns the number of recipients of the first.
    """
    statuses = AUDIENCES.get(audience)
    if statuses is None:
        raise RegistrationRefused(_("Kies aan wie u de e-mail stuurt."), code="audience")
    subject, message = (subject or "").strip(), (message or "").strip()
    if not subject or not message:
        raise RegistrationRefused(_("Vul een onderwerp en een bericht in."), code="empty")
    with transaction.atomic():
        session = lock_session(session)  # one message at a time per session
        if token is not None:
            earlier = ParticipantMessage.objects.filter(token=token).first()
            if earlier is not None:
                return earlier.recipients, False
        registrations = list(
            session.registrations.filter(status__in=statuses, anonymised_at__isnull=True)
            .exclude(email="")
            .select_related("session__page")
            .order_by("sequence")
        )
        for registration in registrations:
            emails.organiser_message(registration, subject, message)
        if token is not None:
            ParticipantMessage.objects.create(
                session=session,
                token=token,
                audience=audience,
                subject=subject[:200],
                recipients=len(registrations),
                sent_by=sent_by if getattr(sent_by, "is_authenticated", False) else None,
            )
    return len(registrations), True
