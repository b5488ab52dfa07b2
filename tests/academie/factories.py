"""Accounts for the academy's tests: a participant with a verified address."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

TEST_PASSWORD = "Een-lang-wachtwoord-2026"


def make_user(email="deelnemer@gemeente.example", password=TEST_PASSWORD, **extra):
    user = get_user_model().objects.create_user(
        username=email.split("@")[0], email=email, password=password, **extra
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user
