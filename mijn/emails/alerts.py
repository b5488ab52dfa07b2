"""The alert emails, written to the outbox (hub.outbox.queue_email) in the caller's
transaction: the confirmation request (double opt-in) and the weekly news.

Every email carries the alert's signed unsubscribe link (no login needed), in the text and in
the List-Unsubscribe headers (RFC 2369, with RFC 8058 one-click). Links are absolute, under
SITE_URL. A confirmation link activates the alert, so that email loses its text once sent
(hub.models.outbox.SECRET_LINK_CATEGORIES).
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from academie.emails.language import in_dutch
from hub.outbox import queue_email
from hub.siteurl import absolute_url as page_url
from mijn import tokens
from mijn.services import alerts as service

CONFIRM_CATEGORY = "mijn:melding-bevestigen"
DIGEST_CATEGORY = "mijn:melding"


def site_url(path):
    return settings.SITE_URL.rstrip("/") + path if path else ""


def confirm_url(alert):
    return site_url(reverse("mijn:alert_confirm", args=[tokens.confirm_code(alert)]))


def unsubscribe_url(alert):
    return site_url(reverse("mijn:alert_unsubscribe", args=[tokens.unsubscribe_code(alert)]))


def unsubscribe_headers(alert):
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(alert)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def _context(alert, **extra):
    return {
        "alert": alert,
        "title": service.title(alert),
        "lines": service.describe(alert.listing, alert.params),
        "listing_url": site_url(service.listing_path(alert.listing, alert.params)),
        "manage_url": site_url(reverse("mijn:dashboard")) if alert.user_id else "",
        "unsubscribe_url": unsubscribe_url(alert),
        "site_url": settings.SITE_URL,
        **extra,
    }


@in_dutch
def confirm_request(alert):
    body = render_to_string(
        "mijn/email/alert_confirm.txt",
        _context(
            alert,
            # Nothing the visitor typed goes to an address nobody has confirmed yet.
            lines=service.describe(alert.listing, {**alert.params, "q": ""}),
            has_query=bool(alert.params.get("q")),
            confirm_url=confirm_url(alert),
            days=settings.ALERTS_CONFIRM_DAYS,
        ),
    )
    return queue_email(
        to=alert.recipient,
        subject=_("Bevestig uw melding van de Kennishub"),
        body_text=body,
        category=CONFIRM_CATEGORY,
        related=alert,
        headers=unsubscribe_headers(alert),
    )


@in_dutch
def digest(alert, sections):
    total = sum(section.total for section in sections)
    rendered = [
        {
            "label": section.kind.label,
            "total": section.total,
            "more": section.total - len(section.items),
            "items": [
                {"title": page.title, "url": page_url(page), "is_new": is_new}
                for page, is_new in section.items
            ],
        }
        for section in sections
    ]
    body = render_to_string(
        "mijn/email/alert_digest.txt", _context(alert, sections=rendered, total=total)
    )
    subject = ngettext(
        "Nieuw op de Kennishub: %(n)s pagina voor uw melding",
        "Nieuw op de Kennishub: %(n)s pagina's voor uw melding",
        total,
    ) % {"n": total}
    return queue_email(
        to=alert.recipient,
        subject=subject,
        body_text=body,
        category=DIGEST_CATEGORY,
        related=alert,
        headers=unsubscribe_headers(alert),
    )
