"""Editorial workflow "Redactie", scheduled publishing and the "Te reviewen" panel."""

import time
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page, Workflow

from hub.tasks import publish_scheduled
from tests.factories import ContentPageFactory
from tests.interventies.factories import InterventionIndexPageFactory, InterventionPageFactory

pytestmark = pytest.mark.django_db


def member(django_user_model, group):
    user = django_user_model.objects.create_user(
        group.lower(), f"{group.lower()}@example.org", "wachtwoord-123"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


def test_every_page_goes_through_the_redactie_workflow(home):
    workflow = Workflow.objects.get(name="Redactie")
    assert workflow.active
    assert home.get_workflow() == workflow
    assert [task.name for task in workflow.tasks] == ["Eindredactie"]


def test_redacteur_cannot_publish_but_eindredacteur_can(client, home, django_user_model):
    page = ContentPageFactory(parent=home, title="Nieuwe pagina", live=False)
    redacteur = member(django_user_model, "Redacteur")
    client.force_login(redacteur)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {
            "title": "Nieuwe pagina",
            "slug": page.slug,
            "intro": "",
            "body-count": "0",
            "action-publish": "1",
        },
    )
    page.refresh_from_db()
    assert not page.live
    assert response.status_code in (200, 302, 403)

    eind = member(django_user_model, "Eindredacteur")
    assert page.permissions_for_user(eind).can_publish()
    assert not page.permissions_for_user(redacteur).can_publish()


def test_submit_and_approve_publishes_the_page(home, django_user_model):
    page = ContentPageFactory(parent=home, title="Ter goedkeuring", live=False)
    redacteur = member(django_user_model, "Redacteur")
    eind = member(django_user_model, "Eindredacteur")
    page.save_revision(user=redacteur)
    workflow_state = page.get_workflow().start(page, redacteur)
    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(page, redacteur) == []  # a Redacteur cannot approve
    assert "approve" in [action[0] for action in task.get_actions(page, eind)]
    task.on_action(task_state, eind, "approve")
    page.refresh_from_db()
    assert page.live


def test_scheduled_publishing(home):
    """Publishing with a future "go live" date schedules it; the periodic task publishes it."""
    page = ContentPageFactory(parent=home, title="Later live", live=False)
    page.go_live_at = timezone.now() + timedelta(seconds=2)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live and page.scheduled_revision is not None
    time.sleep(2.1)
    publish_scheduled.apply()
    assert Page.objects.get(pk=page.pk).live


def test_review_panel_lists_overdue_content(client, superuser, home):
    index = InterventionIndexPageFactory(parent=home)
    InterventionPageFactory(parent=index, title="Verouderde aanpak", last_reviewed=date(2020, 1, 1))
    InterventionPageFactory(parent=index, title="Verse aanpak", last_reviewed=date.today())
    client.force_login(superuser)
    html = client.get("/admin/").content.decode()
    assert "Te reviewen" in html
    assert "Verouderde aanpak" in html and "Verse aanpak" not in html
