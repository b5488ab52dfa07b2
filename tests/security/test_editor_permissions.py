"""Review item 10: a Redacteur cannot put anything live without review."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


@pytest.fixture
def redacteur(django_user_model):
    user = django_user_model.objects.create_user("red", "red@kennishub.example", "pw-1234567890")
    user.groups.add(Group.objects.get(name="Redacteur"))
    return user


def test_a_redacteur_cannot_change_the_navigation(client, redacteur, site):
    assert not redacteur.has_perm("hub.change_navigationsettings")
    client.force_login(redacteur)
    url = f"/admin/settings/hub/navigationsettings/{site.pk}/"
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert client.post(url, {}).status_code in (302, 403)


def test_an_eindredacteur_still_can(client, django_user_model, site):
    user = django_user_model.objects.create_user("eind", "e@kennishub.example", "pw-1234567890")
    user.groups.add(Group.objects.get(name="Eindredacteur"))
    assert user.has_perm("hub.change_navigationsettings")
    client.force_login(user)
    assert client.get(f"/admin/settings/hub/navigationsettings/{site.pk}/").status_code == 200
