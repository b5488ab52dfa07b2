"""Alerts (mijn.services.alerts): which filters are kept, the double opt-in, and the weekly
email: what it matches (the same pages as the listings), nothing for an empty week, never
twice in one week, absolute links, the unsubscribe headers."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.http import QueryDict
from django.utils import timezone
from wagtail.models import PageViewRestriction

from hub.models import EvidenceLevel, OutboundEmail
from hub.outbox import deliver
from interventies.search import InterventionSearch
from mijn import tasks, tokens
from mijn.models import Alert
from mijn.services import alerts as service
from tests.mijn.conftest import published

pytestmark = pytest.mark.django_db

SITE = "https://kennishub.example"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = SITE


def filters(query, listing="interventies"):
    return service.read_filters(listing, QueryDict(query))


# --------------------------------------------------------------------------- filters


def test_only_what_the_listing_understands_is_kept():
    kept = filters("grond=leeftijd&grond=bestaat-niet&domein=wonen&onzin=1&page=3&sort=titel&q=")
    assert kept.params == {"grond": ["leeftijd"], "domein": ["wonen"]}
    assert len(kept.notices) == 2
    assert any("onzin" in notice for notice in kept.notices)
    assert any("bestaat-niet" in notice for notice in kept.notices)
    assert filters("q=  woning  ").params == {"q": "woning"}


def test_a_thousand_parameters_are_refused_with_a_dutch_message():
    query = "&".join(f"p{n}=x" for n in range(1000))
    with pytest.raises(service.AlertRefused) as refused:
        filters(query)
    assert refused.value.code == "too_many" and "te veel filters" in refused.value.message


def test_too_many_known_values_are_refused(settings):
    settings.ALERTS_MAX_FILTER_VALUES = 3
    assert filters("grond=leeftijd&grond=geslacht&domein=wonen").params
    with pytest.raises(service.AlertRefused):
        filters("grond=leeftijd&grond=geslacht&domein=wonen&domein=arbeidsmarkt")


def test_an_unknown_listing_is_refused():
    with pytest.raises(service.AlertRefused) as refused:
        filters("grond=leeftijd", listing="cursussen")
    assert refused.value.code == "listing"


def test_many_unknown_parameters_give_a_short_list_of_notices():
    kept = filters("&".join(f"x{n}=1" for n in range(40)))
    assert kept.params == {}
    assert len(kept.notices) == 6 and "35" in kept.notices[-1]


# --------------------------------------------------------------------------- owners


def test_a_signed_in_users_alert_is_active_at_once_and_kept_once(user):
    alert, created = service.save_for_user(user, filters("grond=leeftijd"))
    assert created and alert.is_active and alert.user == user and alert.email == ""
    again, created = service.save_for_user(user, filters("grond=leeftijd"))
    assert not created and again.pk == alert.pk
    assert Alert.objects.count() == 1


def test_the_number_of_alerts_per_account_is_capped(user, settings):
    settings.ALERTS_MAX_PER_OWNER = 2
    service.save_for_user(user, filters("grond=leeftijd"))
    service.save_for_user(user, filters("grond=geslacht"))
    with pytest.raises(service.AlertRefused) as refused:
        service.save_for_user(user, filters("domein=wonen"))
    assert refused.value.code == "cap" and "Mijn Kennishub" in refused.value.message
    assert Alert.objects.count() == 2


def test_a_visitors_alert_waits_for_the_confirmation(django_capture_on_commit_callbacks, index):
    with django_capture_on_commit_callbacks(execute=True):
        assert service.request_by_email("Lid@Gemeente.example", filters("grond=leeftijd")) == (
            "created"
        )
    alert = Alert.objects.get()
    assert not alert.is_active and alert.email == "Lid@Gemeente.example"
    [message] = mail.outbox
    [code] = re.findall(rf"{SITE}/meldingen/bevestigen/([^/\s]+)/", message.body)
    assert tokens.read_confirm(code) == alert.public_id
    unsubscribe = f"{SITE}/meldingen/afmelden/{tokens.unsubscribe_code(alert)}/"
    assert unsubscribe in message.body
    assert "Leeftijd" in message.body
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The confirmation link activates the alert: the outbox keeps no copy once sent.
    row = OutboundEmail.objects.get()
    assert row.status == OutboundEmail.Status.SENT
    assert row.body_text == "" and row.headers == {} and row.body_purged_at

    assert service.send_due() == 0  # not confirmed: nothing goes out
    service.confirm(alert.public_id)
    alert.refresh_from_db()
    assert alert.is_active and alert.last_period == service.period_key(timezone.now())


def test_the_confirmation_email_never_repeats_what_the_visitor_typed():
    service.request_by_email("a@gemeente.example", filters("q=Bel 0900-1234 voor geld"))
    body = OutboundEmail.objects.get().body_text
    assert "0900" not in body and "zoekwoorden" in body


def test_asking_again_resends_at_most_every_five_minutes_and_never_tells(settings):
    wanted = filters("grond=leeftijd")
    assert service.request_by_email("a@gemeente.example", wanted) == "created"
    assert service.request_by_email("A@gemeente.example", wanted) == "unchanged"
    assert OutboundEmail.objects.count() == 1
    Alert.objects.update(confirm_sent_at=timezone.now() - timedelta(minutes=6))
    assert service.request_by_email("a@gemeente.example", wanted) == "resent"
    assert OutboundEmail.objects.count() == 2
    service.confirm(Alert.objects.get().public_id)
    assert service.request_by_email("a@gemeente.example", wanted) == "unchanged"
    settings.ALERTS_MAX_PER_OWNER = 1
    assert service.request_by_email("a@gemeente.example", filters("domein=wonen")) == "capped"
    assert Alert.objects.count() == 1 and OutboundEmail.objects.count() == 2


def test_unsubscribing_removes_the_alert_its_address_and_its_emails():
    service.request_by_email("weg@gemeente.example", filters("grond=leeftijd"))
    alert = Alert.objects.get()
    assert service.unsubscribe(alert.public_id)
    assert not Alert.objects.exists()
    assert not OutboundEmail.objects.filter(to="weg@gemeente.example").exists()
    assert not service.unsubscribe(alert.public_id)


def test_unconfirmed_alerts_go_after_the_link_expired(settings):
    service.request_by_email("oud@gemeente.example", filters("grond=leeftijd"))
    service.request_by_email("nieuw@gemeente.example", filters("grond=leeftijd"))
    Alert.objects.filter(email="oud@gemeente.example").update(
        created_at=timezone.now() - timedelta(days=settings.ALERTS_CONFIRM_DAYS + 1)
    )
    assert tasks.purge_unconfirmed_alerts.apply().get() == 1
    assert list(Alert.objects.values_list("email", flat=True)) == ["nieuw@gemeente.example"]
    assert not OutboundEmail.objects.filter(to="oud@gemeente.example").exists()


# --------------------------------------------------------------------------- weekly email


def level(slug):
    return EvidenceLevel.objects.get(slug=slug)


@pytest.fixture
def content(make_intervention, make_practice, make_guide, long_ago):
    """An alert's window runs from `long_ago`; pages on both sides of it, matching or not."""
    recent = timezone.now() - timedelta(days=2)
    pages = {
        "match": make_intervention(
            title="Leeftijd op de werkvloer", taxonomy={"grounds": ["leeftijd"]}
        ),
        "other_ground": make_intervention(title="Geslacht", taxonomy={"grounds": ["geslacht"]}),
        "old": make_intervention(title="Oude aanpak", taxonomy={"grounds": ["leeftijd"]}),
        "draft": make_intervention(title="Concept", live=False, taxonomy={"grounds": ["leeftijd"]}),
        "restricted": make_intervention(title="Besloten", taxonomy={"grounds": ["leeftijd"]}),
        "practice": make_practice(title="Gemeente Zwolle", taxonomy={"grounds": ["leeftijd"]}),
        "guide": make_guide(title="Handreiking leeftijd", taxonomy={"grounds": ["leeftijd"]}),
    }
    for key, page in pages.items():
        published(page, long_ago - timedelta(days=10) if key == "old" else recent)
    PageViewRestriction.objects.create(
        page=pages["restricted"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    # Changed this week after being first published long ago: "veranderd", not "nieuw".
    changed = make_intervention(title="Bijgewerkte aanpak", taxonomy={"grounds": ["leeftijd"]})
    published(changed, long_ago - timedelta(days=30))
    type(changed).objects.filter(pk=changed.pk).update(last_published_at=recent)
    pages["changed"] = changed
    return pages


def active_alert(user, query, since, listing="interventies"):
    alert, _created = service.save_for_user(user, filters(query, listing))
    Alert.objects.filter(pk=alert.pk).update(covered_until=since, last_period="")
    alert.refresh_from_db()
    return alert


def test_the_weekly_email_lists_what_matches_like_the_listing_does(
    user, content, long_ago, django_capture_on_commit_callbacks
):
    alert = active_alert(user, "grond=leeftijd", long_ago)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.send_alert_digests.apply().get() == 1
    [message] = mail.outbox
    body = message.body
    for key in ("match", "practice", "guide", "changed"):
        page = content[key]
        assert f"{SITE}{page.url}" in body, key
    for key in ("other_ground", "old", "draft", "restricted"):
        assert content[key].title not in body, key
    assert "Bijgewerkte aanpak (veranderd)" in body
    assert "Leeftijd op de werkvloer (nieuw)" in body
    assert f"{SITE}/interventies/?grond=leeftijd" in body
    assert f"{SITE}/mijn/" in body
    unsubscribe = f"{SITE}/meldingen/afmelden/{tokens.unsubscribe_code(alert)}/"
    assert unsubscribe in body and message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.to == [user.email]
    assert "4 pagina's" in message.subject

    # The interventions in the email are exactly those the listing's SQL filter finds.
    search = InterventionSearch(None, params=QueryDict("grond=leeftijd"))
    listed = set(
        search.filtered_queryset()
        .filter(last_published_at__gt=long_ago)
        .values_list("title", flat=True)
    )
    assert listed == {"Leeftijd op de werkvloer", "Bijgewerkte aanpak"}


def test_a_filter_other_kinds_lack_keeps_them_out(user, content, long_ago):
    level_slug = content["match"].evidence_level.slug
    active_alert(user, f"grond=leeftijd&erkenning={level_slug}", long_ago)
    assert service.send_due() == 1
    body = OutboundEmail.objects.get().body_text
    assert content["match"].title in body
    assert content["guide"].title not in body and content["practice"].title not in body


def test_a_practice_alert_uses_the_practice_listing(user, content, long_ago):
    active_alert(user, "grond=leeftijd&provincie=utrecht", long_ago, listing="praktijkvoorbeelden")
    assert service.send_due() == 1
    body = OutboundEmail.objects.get().body_text
    assert content["practice"].title in body
    assert content["match"].title not in body  # interventions have no province


def test_nothing_is_sent_for_an_empty_week_and_the_week_counts_as_done(user, content, long_ago):
    alert = active_alert(user, "grond=godsdienst", long_ago)
    assert service.send_due() == 0
    assert not OutboundEmail.objects.exists()
    alert.refresh_from_db()
    assert alert.last_period == service.period_key(timezone.now())
    assert alert.last_sent_at is None and alert.covered_until > long_ago


def test_a_second_run_in_the_same_week_sends_nothing(user, content, long_ago):
    alert = active_alert(user, "grond=leeftijd", long_ago)
    now = timezone.now()
    assert service.send_due(now) == 1
    assert service.send_due(now + timedelta(minutes=5)) == 0
    assert service.send_digest(alert.pk, now + timedelta(hours=1)) is False
    assert OutboundEmail.objects.count() == 1

    # Next week: only what changed since the previous email.
    next_week = now + timedelta(days=7)
    assert service.send_due(next_week) == 0
    later = content["other_ground"]
    later.grounds.set(content["match"].grounds.all())
    later.save()
    type(later).objects.filter(pk=later.pk).update(last_published_at=next_week + timedelta(days=1))
    assert service.send_due(next_week + timedelta(days=7)) == 1
    latest = OutboundEmail.objects.order_by("-pk").first().body_text
    assert later.title in latest and content["match"].title not in latest


def test_weeks_start_on_monday_morning():
    monday_6 = timezone.make_aware(timezone.datetime(2026, 12, 7, 6, 59))
    monday_7 = timezone.make_aware(timezone.datetime(2026, 12, 7, 7, 0))
    sunday = timezone.make_aware(timezone.datetime(2026, 12, 13, 23, 0))
    assert service.period_key(monday_6) != service.period_key(monday_7)
    assert service.period_key(monday_7) == service.period_key(sunday) == "2026-W50"


def test_one_broken_alert_does_not_stop_the_others(user, other_user, content, long_ago):
    broken = active_alert(user, "grond=leeftijd", long_ago)
    active_alert(other_user, "grond=leeftijd", long_ago)
    Alert.objects.filter(pk=broken.pk).update(listing="bestaat-niet")
    assert service.send_due() == 1
    assert list(OutboundEmail.objects.values_list("to", flat=True)) == [other_user.email]


def test_the_digest_email_is_sent_with_its_headers(user, content, long_ago):
    active_alert(user, "grond=leeftijd", long_ago)
    service.send_due()
    email = OutboundEmail.objects.get()
    assert deliver(email.pk) == OutboundEmail.Status.SENT
    assert "List-Unsubscribe" in mail.outbox[-1].message().as_string()
    email.refresh_from_db()
    assert email.body_text  # not a secret link: kept for the retention period


def test_the_weekly_task_is_scheduled(settings):
    from hub.celery import app

    schedule = settings.CELERY_BEAT_SCHEDULE
    names = {entry["task"] for entry in schedule.values()}
    assert {"mijn.tasks.send_alert_digests", "mijn.tasks.purge_unconfirmed_alerts"} <= names
    app.loader.import_default_modules()
    assert "mijn.tasks.send_alert_digests" in app.tasks


def test_search_words_of_an_alert_are_searched_like_on_the_listing(
    user, make_intervention, long_ago
):
    recent = timezone.now() - timedelta(days=1)
    hit = make_intervention(title="Gesprek", summary="Een spiegelgesprek met de buurt.")
    miss = make_intervention(title="Training", summary="Een training voor de wijk.")
    for page in (hit, miss):
        published(page, recent)
    active_alert(user, "q=spiegelgesprek", long_ago)
    assert service.send_due() == 1
    body = OutboundEmail.objects.get().body_text
    assert "Gesprek (nieuw)" in body and "Training" not in body
    assert "Zoekwoorden: spiegelgesprek" in body
