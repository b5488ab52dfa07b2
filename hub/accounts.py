"""django-allauth glue: account emails go through the outbox (hub.mail)."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site

from hub.mail import queue_message
from hub.net import client_ip


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
        queue_message(message, category=f"account:{template_prefix.rsplit('/', 1)[-1]}")
