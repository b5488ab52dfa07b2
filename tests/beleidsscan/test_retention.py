"""Retention: a scan unused for two years goes, after one email warning 30 days before
(to the confirmed contact address or the owner's verified addresses); opening the scan
resets the clock; a scan without an address goes without warning. Time is moved by passing
`now` into the service."""

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core.files.base import ContentFile
from django.utils import timezone

from beleidsscan import tasks
from beleidsscan.models import Scan, ScanDocument
from beleidsscan.services import access, retention
from beleidsscan.storage import private_storage
from hub.models import OutboundEmail
from hub.outbox import queue_email
from hub.settings.schedule import CELERY_BEAT_SCHEDULE

pytestmark = pytest.mark.django_db

DAY = timedelta(days=1)
YEARS = timedelta(days=730)
WARNING = timedelta(days=30)


@pytest.fixture
def now():
    return timezone.now()


def scan_used(version, municipality, when, **fields):
    return Scan.objects.create(
        version=version,
        municipality=municipality,
        role="beleidsmedewerker",
        last_activity_at=when,
        **fields,
    )


def warnings():
    return OutboundEmail.objects.filter(category=retention.WARNING_CATEGORY)


def test_settings_and_schedule(settings):
    assert settings.BELEIDSSCAN_RETENTION_DAYS == 730
    assert settings.BELEIDSSCAN_WARNING_DAYS == 30
    entries = [item["task"] for item in CELERY_BEAT_SCHEDULE.values()]
    assert "beleidsscan.tasks.apply_retention" in entries
    assert tasks.apply_retention.name == "beleidsscan.tasks.apply_retention"


def test_a_confirmed_contact_is_warned_once_30_days_before(version, municipality, now):
    scan = scan_used(
        version,
        municipality,
        now - YEARS + WARNING - DAY,
        contact_email="beleid@testdam.example",
        contact_confirmed_at=now - YEARS,
    )
    fresh = scan_used(
        version,
        municipality,
        now - YEARS + WARNING + DAY,
        contact_email="ander@testdam.example",
        contact_confirmed_at=now,
    )
    assert retention.apply(now=now) == {"warned": 1, "deleted": 0}
    email = warnings().get()
    assert email.to == "beleid@testdam.example"
    assert email.related == scan
    assert "Testdam" in email.subject
    assert "Open de scan" in email.body_text and "twee jaar" in email.body_text
    scan.refresh_from_db()
    assert scan.retention_warned_at == now
    fresh.refresh_from_db()
    assert fresh.retention_warned_at is None

    # Idempotent: the next runs send nothing again.
    assert retention.apply(now=now) == {"warned": 0, "deleted": 0}
    assert warnings().count() == 1
    # A day later the other scan is due, and only that one is warned.
    assert retention.apply(now=now + DAY) == {"warned": 1, "deleted": 0}
    assert sorted(warnings().values_list("to", flat=True)) == [
        "ander@testdam.example",
        "beleid@testdam.example",
    ]


def test_an_unconfirmed_contact_gets_nothing_and_the_scan_goes_at_two_years(
    version, municipality, now
):
    scan = scan_used(
        version, municipality, now - YEARS + WARNING - DAY, contact_email="typ@fout.example"
    )
    assert retention.apply(now=now) == {"warned": 0, "deleted": 0}
    assert Scan.objects.filter(pk=scan.pk).exists()
    assert not warnings().exists()
    # Two years after the last use it goes, without a warning.
    assert retention.apply(now=now + WARNING) == {"warned": 0, "deleted": 1}
    assert not Scan.objects.filter(pk=scan.pk).exists()


def test_the_owner_is_warned_at_a_verified_address(version, municipality, now, django_user_model):
    user = django_user_model.objects.create_user("eigen", "eigen@example.org", "pw-123456789")
    EmailAddress.objects.create(user=user, email="eigen@example.org", verified=True, primary=True)
    EmailAddress.objects.create(user=user, email="niet-bevestigd@example.org", verified=False)
    scan_used(version, municipality, now - YEARS + WARNING - DAY, owner=user)
    assert retention.apply(now=now)["warned"] == 1
    assert list(warnings().values_list("to", flat=True)) == ["eigen@example.org"]
    assert "/mijn/" in warnings().get().body_text


def test_an_owner_without_a_verified_address_is_not_warned(
    version, municipality, now, django_user_model
):
    user = django_user_model.objects.create_user("eigen", "eigen@example.org", "pw-123456789")
    EmailAddress.objects.create(user=user, email="eigen@example.org", verified=False)
    scan = scan_used(version, municipality, now - YEARS - DAY, owner=user)
    assert retention.apply(now=now) == {"warned": 0, "deleted": 1}
    assert not Scan.objects.filter(pk=scan.pk).exists()


def test_a_warned_scan_goes_when_the_warning_is_30_days_old(version, municipality, now):
    scan = scan_used(
        version,
        municipality,
        now - YEARS + WARNING - DAY,
        contact_email="beleid@testdam.example",
        contact_confirmed_at=now - YEARS,
    )
    retention.apply(now=now)
    # Two years have passed a day before the warning is 30 days old: not yet.
    assert retention.apply(now=now + WARNING - DAY)["deleted"] == 0
    assert Scan.objects.filter(pk=scan.pk).exists()
    assert retention.apply(now=now + WARNING)["deleted"] == 1
    assert not Scan.objects.filter(pk=scan.pk).exists()
    assert not OutboundEmail.objects.related_to(scan).exists()


def test_a_late_warning_still_gives_30_days(version, municipality, now):
    """A scan past its two years that was never warned (say, its address was confirmed
    late) is warned first and kept another 30 days."""
    scan = scan_used(
        version,
        municipality,
        now - YEARS - 10 * DAY,
        contact_email="beleid@testdam.example",
        contact_confirmed_at=now,
    )
    assert retention.apply(now=now) == {"warned": 1, "deleted": 0}
    assert retention.apply(now=now + WARNING - DAY)["deleted"] == 0
    assert retention.apply(now=now + WARNING)["deleted"] == 1
    assert not Scan.objects.filter(pk=scan.pk).exists()


def test_opening_the_scan_resets_the_clock(version, municipality, now):
    scan = scan_used(
        version,
        municipality,
        now - YEARS + WARNING - DAY,
        contact_email="beleid@testdam.example",
        contact_confirmed_at=now - YEARS,
    )
    retention.apply(now=now)
    access.touch(scan)
    scan.refresh_from_db()
    assert scan.retention_warned_at is None
    assert retention.apply(now=now + WARNING + DAY) == {"warned": 0, "deleted": 0}
    assert Scan.objects.filter(pk=scan.pk).exists()


def test_deleting_takes_the_document_file_and_the_emails(
    version, municipality, now, django_capture_on_commit_callbacks
):
    scan = scan_used(version, municipality, now - YEARS - DAY)
    document = ScanDocument(scan=scan, kind="pdf", original_name="beleid.pdf", size=4)
    document.file.save("beleid.pdf", ContentFile(b"%PDF"), save=False)
    document.save()
    name = document.file.name
    assert private_storage.exists(name)
    queue_email(to="x@example.org", subject="Link", body_text="...", related=scan)
    other = scan_used(version, municipality, now)
    kept = queue_email(to="y@example.org", subject="Link", body_text="...", related=other)

    with django_capture_on_commit_callbacks(execute=True):
        assert retention.apply(now=now)["deleted"] == 1
    assert not Scan.objects.filter(pk=scan.pk).exists()
    assert not private_storage.exists(name)
    assert list(OutboundEmail.objects.values_list("pk", flat=True)) == [kept.pk]
    assert Scan.objects.filter(pk=other.pk).exists()


def test_the_task_runs_the_service(version, municipality):
    scan = scan_used(version, municipality, timezone.now() - YEARS - DAY)
    assert tasks.apply_retention.delay().get() == {"warned": 0, "deleted": 1}
    assert not Scan.objects.filter(pk=scan.pk).exists()
