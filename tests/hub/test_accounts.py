"""Public accounts (django-allauth, in Dutch) and the editor groups."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import Page

from hub.models import OutboundEmail


@pytest.mark.django_db
def test_sign_up_verify_email_and_log_in(
    client, django_capture_on_commit_callbacks, django_user_model
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/accounts/signup/",
            {
                "email": "fatima@gemeente.example",
                "password1": "Gelijk-behandelen-2026",
                "password2": "Gelijk-behandelen-2026",
            },
        )
    assert response.status_code == 302
    assert OutboundEmail.objects.get().status == "sent"
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    link = re.search(r"http://testserver(/accounts/confirm-email/[^\s]+)", body).group(1)

    page = client.get(link)
    assert page.status_code == 200
    assert "Bevestig" in page.content.decode()
    confirmed = client.post(link)
    assert confirmed.status_code == 302
    user = django_user_model.objects.get(email="fatima@gemeente.example")
    assert user.emailaddress_set.get().verified


@pytest.mark.django_db
def test_login_page_is_dutch_and_has_csrf(client):
    html = client.get("/accounts/login/").content.decode()
    assert "csrfmiddlewaretoken" in html
    assert "Inloggen" in html
    assert '<html lang="nl">' in html


@pytest.mark.django_db
def test_unverified_user_cannot_log_in(client, django_user_model):
    user = django_user_model.objects.create_user("x", "x@example.org", "Een-goed-wachtwoord-1")
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    response = client.post(
        "/accounts/login/", {"login": "x@example.org", "password": "Een-goed-wachtwoord-1"}
    )
    assert response.status_code == 302
    assert "/accounts/confirm-email/" in response["Location"]
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_password_reset_sends_email(client, django_capture_on_commit_callbacks, django_user_model):
    django_user_model.objects.create_user("y", "y@example.org", "Een-goed-wachtwoord-1")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/password/reset/", {"email": "y@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


@pytest.mark.django_db
def test_editor_groups_exist_with_the_right_page_permissions(django_user_model):
    root = Page.objects.get(depth=2)
    redacteur = django_user_model.objects.create_user("r", "r@example.org", "pw-123456789")
    redacteur.groups.add(Group.objects.get(name="Redacteur"))
    eind = django_user_model.objects.create_user("e", "e@example.org", "pw-123456789")
    eind.groups.add(Group.objects.get(name="Eindredacteur"))

    assert root.permissions_for_user(redacteur).can_edit()
    assert not root.permissions_for_user(redacteur).can_publish()
    assert root.permissions_for_user(eind).can_publish()
    assert redacteur.has_perm("wagtailadmin.access_admin")
    assert (
        Group.objects.get(name="Academiebeheerder")
        .permissions.filter(codename="access_admin")
        .exists()
    )
