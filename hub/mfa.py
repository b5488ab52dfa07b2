"""Two-factor authentication (TOTP) for the admin.

Editors and academy managers sign in through django-allauth (also for /admin/), which
throttles failed logins and asks for the TOTP code of users who have set one up. With
ADMIN_REQUIRE_MFA on (production), a signed-in user without TOTP cannot use /admin/: they
are sent to set it up first.
"""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

ALLOWED_PREFIXES = ("/admin/logout/",)


def has_totp(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class AdminRequiresMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            getattr(settings, "ADMIN_REQUIRE_MFA", False)
            and request.path.startswith("/admin/")
            and not request.path.startswith(ALLOWED_PREFIXES)
            and request.user.is_authenticated
            and not has_totp(request.user)
        ):
            messages.warning(
                request,
                _(
                    "Voor de beheeromgeving is inloggen in twee stappen verplicht. Stel eerst een "
                    "authenticator-app in; daarna kunt u verder."
                ),
            )
            return redirect(f"{reverse('mfa_activate_totp')}?next={request.path}")
        return self.get_response(request)
