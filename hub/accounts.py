"""django-allauth glue: account emails go through the outbox (hub.outbox)."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site

from hub.models.outbox import ACCOUNT_CATEGORY_PREFIX
from hub.net import client_ip
from hub.outbox import queue_message


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request):
        """Rate limits use the trusted client address (see hub.net)."""
        return client_ip(request) or super().get_client_ip(request)

    def send_mail(self, template_prefix, email, context):
        """Render the email as allauth does, then queue it instead of sending it in-request."""
        request = allauth_context.request
        ctx = {"request": request, "email": email, "current_site": get_current_site(request)}
        ctx.update(context)
        message = self.render_mail(template_prefix, email, ctx)
        user = context.get("user")
        queue_message(
            message,
            category=f"{ACCOUNT_CATEGORY_PREFIX}{template_prefix.rsplit('/', 1)[-1]}",
            related=user if getattr(user, "pk", None) else None,
        )


def verified_addresses(user):
    """The email addresses this account has proven to own (lower case).

    allauth lets anyone add any address to their account, unverified; only a verified one
    says the address belongs to this person. Everything that hands out or deletes data by
    address (the data export, account deletion, "Mijn academie") goes through this list.
    """
    from allauth.account.models import EmailAddress

    if not getattr(user, "is_authenticated", False):
        return []
    return sorted(
        {
            address.lower()
            for address in EmailAddress.objects.filter(user=user, verified=True).values_list(
                "email", flat=True
            )
        }
    )


def address_condition(field, addresses):
    """A case-insensitive `field in addresses` condition (empty list: matches nothing)."""
    from django.db.models import Q

    condition = Q(pk__in=[])
    for address in addresses:
        condition |= Q(**{f"{field}__iexact": address})
    return condition
