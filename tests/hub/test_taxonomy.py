"""The shared vocabulary is seeded by migration and editable in the admin."""

import pytest

from hub.models import (
    Audience,
    CouncilRole,
    DiscriminationGround,
    Domain,
    EvidenceLevel,
    Mechanism,
    MunicipalitySize,
    MunicipalRole,
    PolicyStep,
    Province,
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "count"),
    [
        (PolicyStep, 6),
        (MunicipalRole, 3),
        (Domain, 11),
        (DiscriminationGround, 16),
        (Audience, 8),
        (Mechanism, 5),
        (EvidenceLevel, 6),
        (CouncilRole, 4),
        (MunicipalitySize, 4),
        (Province, 12),
    ],
)
def test_every_fresh_database_has_the_vocabulary(model, count):
    assert model.objects.count() == count


@pytest.mark.django_db
def test_policy_steps_are_in_order():
    assert [step.number for step in PolicyStep.objects.all()] == [1, 2, 3, 4, 5, 6]
    assert PolicyStep.objects.first().name == "Verken wat er lokaal speelt"


@pytest.mark.django_db
def test_evidence_levels_are_ordered_from_weak_to_strong():
    names = list(EvidenceLevel.objects.values_list("name", flat=True))
    assert names[0] == "Niet beoordeeld"
    assert names[-1] == "Effectief – sterke aanwijzingen"
    assert EvidenceLevel.objects.get(slug="goed-beschreven").validity_years == 3


@pytest.mark.django_db
def test_specific_forms_of_discrimination_are_marked():
    assert DiscriminationGround.objects.get(slug="antisemitisme").kind == "specific"
    assert DiscriminationGround.objects.get(slug="leeftijd").kind == "legal"


@pytest.mark.django_db
def test_editor_can_edit_a_term_in_the_admin(client, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("red", "red@example.org", "wachtwoord-123-abc")
    editor.groups.add(Group.objects.get(name="Eindredacteur"))
    client.force_login(editor)
    domain = Domain.objects.get(slug="wonen")
    url = f"/admin/snippets/hub/domain/edit/{domain.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"name": "Wonen en huisvesting", "slug": "wonen", "description": ""}
    )
    assert response.status_code == 302
    domain.refresh_from_db()
    assert domain.name == "Wonen en huisvesting"
