"""The participant's rights (AVG) for masterclasses: their registrations are part of the data
export of "Mijn academie", and deleting the account cancels upcoming registrations (the seats
go to the waitlist) and anonymises all of them. See academie/privacy.py."""

from django.db.models import Q

from academie import conf
from academie.privacy import export_section, on_account_delete
from hub.accounts import verified_addresses


def _iso(value):
    return value.isoformat() if value else None


@export_section("masterclasses")
def export_registrations(user):
    from academie.models import MasterclassRegistration

    registrations = (
        MasterclassRegistration.objects.filter(Q(user=user) | Q(email__in=verified_addresses(user)))
        .filter(anonymised_at__isnull=True)
        .select_related("session", "session__page")
        .order_by("created_at")
    )
    return [
        {
            "masterclass": registration.session.page.title,
            "plaats": registration.session.city,
            "datum": _iso(registration.session.date),
            "pagina": conf.absolute_url(registration.session.url),
            "status": registration.get_status_display(),
            "naam": registration.name,
            "e_mailadres": registration.email,
            "organisatie": registration.organisation,
            "gemeente": registration.municipality,
            "functie": registration.get_role_display(),
            "wensen": registration.needs,
            "workshops": registration.workshop_summary,
            "aangemeld_op": _iso(registration.created_at),
            "bevestigd_op": _iso(registration.confirmed_at),
            "afgemeld_op": _iso(registration.cancelled_at),
            "aanwezig": registration.attended,
        }
        for registration in registrations
    ]


@on_account_delete
def forget_registrations(user):
    from academie.services import registration

    registration.forget_user(user)
