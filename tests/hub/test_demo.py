import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from hub.models import HomePage


@pytest.mark.django_db
def test_load_demo_builds_the_site_and_prints_the_login(demo_output):
    assert "admin@kennishub.example" in demo_output
    assert "wachtwoord" in demo_output
    home = HomePage.objects.get()
    assert len(home.entry_points) == 3
    slugs = set(home.get_children().values_list("slug", flat=True))
    assert {"over-de-kennishub", "privacy", "toegankelijkheid"} <= slugs


@pytest.mark.django_db
def test_load_demo_twice_changes_nothing(demo, django_user_model):
    counts = (Page.objects.count(), Revision.objects.count(), django_user_model.objects.count())
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert (
        Page.objects.count(),
        Revision.objects.count(),
        django_user_model.objects.count(),
    ) == counts
    assert "niets veranderd" in out.getvalue()


@pytest.mark.django_db
def test_demo_admin_can_log_in_to_wagtail(demo, client):
    from hub.demo import DEMO_PASSWORD

    assert (
        client.get("/admin/login/?next=/admin/pages/").url
        == "/accounts/login/?next=%2Fadmin%2Fpages%2F"
    )
    response = client.post(
        "/accounts/login/?next=/admin/",
        {"login": "admin@kennishub.example", "password": DEMO_PASSWORD},
    )
    assert response.status_code == 302 and response.url == "/admin/"
    assert client.get("/admin/").status_code == 200
