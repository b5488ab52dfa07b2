"""Review item 2: nobody reads password-reset or verification links in the outbox.

Account emails lose their text as soon as they are sent (or given up); the admin shows the
text of any email to superusers only; every sent email loses its text after a week and the
row goes after half a year.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from hub.models import OutboundEmail
from hub.outbox import deliver, purge_old, queue_email

pytestmark = pytest.mark.django_db

SECRET = "/accounts/password/reset/key/"


def request_reset(client, address, capture):
    with capture(execute=True):
        response = client.post("/accounts/password/reset/", {"email": address})
    assert response.status_code == 302
    return OutboundEmail.objects.get(to=address, category="account:password_reset_key")


def test_a_sent_reset_email_keeps_only_its_metadata(
    client, victim, django_capture_on_commit_callbacks
):
    email = request_reset(client, victim.email, django_capture_on_commit_callbacks)
    assert SECRET in mail.outbox[0].body  # the person got the link ...
    assert email.status == OutboundEmail.Status.SENT
    assert SECRET not in email.body_text and SECRET not in email.body_html  # ... nobody else
    assert email.body_text == "" and email.body_purged_at is not None
    assert email.to == victim.email and email.subject and email.sent_at


def test_a_failed_account_email_loses_its_text_too(victim):
    email = queue_email(
        to=victim.email,
        subject="Wachtwoord",
        body_text=f"https://kennishub.example{SECRET}abc/",
        category="account:password_reset_key",
        attachments=[{"filename": "x", "content": "y"}],  # broken: cannot be sent
    )
    assert deliver(email.pk) == OutboundEmail.Status.FAILED
    email.refresh_from_db()
    assert email.body_text == "" and email.attachments == []


@pytest.fixture
def eindredacteur(django_user_model):
    user = django_user_model.objects.create_user("eind", "eind@kennishub.example", "pw-1234567890")
    user.groups.add(Group.objects.get(name="Eindredacteur"))
    return user


@pytest.fixture
def organiser(django_user_model):
    user = django_user_model.objects.create_user("org", "org@kennishub.example", "pw-1234567890")
    user.groups.add(Group.objects.get(name="Academiebeheerder"))
    return user


@pytest.mark.parametrize("role", ["eindredacteur", "organiser"])
def test_editors_and_organisers_see_no_email_text_in_the_admin(client, role, request):
    pending = OutboundEmail.objects.create(
        to="deelnemer@gemeente.example",
        subject="Uw aanmelding",
        body_text="Afmelden: https://kennishub.example/masterclasses/afmelden/GEHEIM123/",
        category="masterclass:aangemeld",
    )
    client.force_login(request.getfixturevalue(role))
    page = client.get(f"/admin/outbox/inspect/{pending.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Uw aanmelding" in html and "deelnemer@gemeente.example" in html
    assert "GEHEIM123" not in html


def test_a_superuser_sees_the_text(client, superuser):
    email = OutboundEmail.objects.create(to="a@example.org", subject="S", body_text="GEHEIM123")
    client.force_login(superuser)
    assert "GEHEIM123" in client.get(f"/admin/outbox/inspect/{email.pk}/").content.decode()


def test_an_email_without_text_cannot_be_sent_again(client, superuser):
    email = OutboundEmail.objects.create(
        to="a@example.org",
        subject="Wachtwoord",
        body_text="",
        status=OutboundEmail.Status.FAILED,
        body_purged_at=timezone.now(),
    )
    client.force_login(superuser)
    response = client.post(f"/admin/outbox/edit/{email.pk}/", {"status": "pending"})
    assert response.status_code == 200  # the form again, with the reason
    assert "kan niet opnieuw worden verstuurd" in response.content.decode()
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.FAILED


def test_retention_purges_texts_after_a_week_and_rows_after_half_a_year(settings):
    now = timezone.now()
    week_old = queue_email(to="a@example.org", subject="Week", body_text="tekst")
    fresh = queue_email(to="b@example.org", subject="Vers", body_text="tekst")
    ancient = queue_email(to="c@example.org", subject="Oud", body_text="tekst")
    waiting = queue_email(to="d@example.org", subject="Wacht", body_text="tekst")
    OutboundEmail.objects.exclude(pk=waiting.pk).update(status=OutboundEmail.Status.SENT)
    OutboundEmail.objects.filter(pk__in=[week_old.pk, waiting.pk]).update(
        created_at=now - timedelta(days=8)
    )
    OutboundEmail.objects.filter(pk=ancient.pk).update(created_at=now - timedelta(days=200))

    assert purge_old(now) == (2, 1)
    week_old.refresh_from_db()
    fresh.refresh_from_db()
    waiting.refresh_from_db()
    assert week_old.body_text == "" and week_old.subject == "Week"
    assert fresh.body_text == "tekst"
    assert waiting.body_text == "tekst"  # not sent yet: still needed
    assert not OutboundEmail.objects.filter(pk=ancient.pk).exists()
    assert "outbox-retention" in settings.CELERY_BEAT_SCHEDULE


def test_the_retry_command_leaves_emails_without_text_alone():
    from io import StringIO

    from django.core.management import call_command

    purged = OutboundEmail.objects.create(
        to="a@example.org",
        subject="Wachtwoord",
        body_text="",
        status=OutboundEmail.Status.FAILED,
        body_purged_at=timezone.now(),
    )
    retry = OutboundEmail.objects.create(
        to="b@example.org", subject="Aanmelding", body_text="t", status=OutboundEmail.Status.FAILED
    )
    out = StringIO()
    call_command("send_outbox", "--mislukte", stdout=out)
    purged.refresh_from_db()
    retry.refresh_from_db()
    assert purged.status == OutboundEmail.Status.FAILED
    assert retry.status == OutboundEmail.Status.SENT
    assert [m.to for m in mail.outbox] == [["b@example.org"]]
    assert "kunnen niet opnieuw" in out.getvalue()
