"""Policy scans and the account's rights (academie.services.privacy): the data export holds
every scan of the account and every scan whose confirmed contact is a verified address of
the account, with answers, scores, comments and advice; deleting the account deletes its own
scans (with the document file) and blanks its address on the others. Another person's scans
stay, and so do scans at an address the account has not verified."""

import json

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from academie.services.privacy import EXPORT_SECTIONS, export_user_data
from beleidsscan.models import ReviewComment, Scan, ScanDocument, ScanStatus
from beleidsscan.storage import private_storage
from hub.models import OutboundEmail, PolicyStep
from hub.outbox import queue_email
from tests.academie.factories import TEST_PASSWORD, make_user
from tests.beleidsscan.conftest import all_answers

pytestmark = pytest.mark.django_db

DELETE = "/academie/mijn/account-verwijderen/"


@pytest.fixture
def user(db):
    return make_user("beleid@testdam.example")


@pytest.fixture
def scans(user, version, municipality, other_municipality):
    answers = all_answers(version, "ja")
    answers["s1-1"] = "gedeeltelijk"
    own = Scan.objects.create(
        version=version,
        municipality=municipality,
        role="beleidsmedewerker",
        owner=user,
        answers=answers,
        status=ScanStatus.ADVISED,
        finished_at=timezone.now(),
        submitted_at=timezone.now(),
        submission_note="Graag kijken naar stap 2.",
        advice="Maak afspraken met de ADV.",
        advised_at=timezone.now(),
    )
    ReviewComment.objects.create(
        scan=own, step=PolicyStep.objects.get(number=2), text="Goed begin bij stap 2."
    )
    document = ScanDocument(scan=own, kind="pdf", original_name="nota-2026.pdf", size=4)
    document.file.save("x.pdf", ContentFile(b"%PDF"), save=False)
    document.save()
    contact = Scan.objects.create(
        version=version,
        municipality=other_municipality,
        role="adv-medewerker",
        contact_email="BELEID@testdam.example",
        contact_confirmed_at=timezone.now(),
    )
    unconfirmed = Scan.objects.create(
        version=version,
        municipality=other_municipality,
        role="anders",
        contact_email="beleid@testdam.example",
        submission_note="Niet van deze persoon.",
    )
    stranger = Scan.objects.create(
        version=version,
        municipality=municipality,
        role="raadslid",
        contact_email="iemand@anders.example",
        contact_confirmed_at=timezone.now(),
        submission_note="Van iemand anders.",
    )
    return {
        "own": own,
        "contact": contact,
        "unconfirmed": unconfirmed,
        "stranger": stranger,
        "file": document.file.name,
    }


def test_the_export_has_a_beleidsscans_section(user):
    assert "beleidsscans" in [name for name, _function in EXPORT_SECTIONS]
    assert export_user_data(user)["beleidsscans"] == []


def test_the_data_export_holds_the_accounts_scans(client, user, scans, version):
    client.force_login(user)
    data = json.loads(client.get("/academie/mijn/gegevens/").content)
    rows = data["beleidsscans"]
    assert [row["gemeente"] for row in rows] == ["Testdam", "Proefwijk"]
    own, contact = rows
    assert own["in_uw_account"] and not contact["in_uw_account"]
    assert own["rol"] == "Beleidsmedewerker of ambtenaar"
    assert own["status"] == "Advies gegeven"
    assert own["versie_vragenlijst"] == version.number
    assert len(own["antwoorden"]) == 12
    assert own["antwoorden"][0] == {
        "stap": 1,
        "beleidsstap": PolicyStep.objects.get(number=1).name,
        "vraag": "Vraag s1-1?",
        "antwoord": "Gedeeltelijk",
    }
    assert own["antwoorden"][1]["antwoord"] == "Ja"
    # Step 1: weight 1 partly (50) and weight 2 yes (100): (50 + 200) / 3 = 83.
    assert own["scores"][0]["score"] == 83 and own["scores"][0]["niveau"] == "Stevig"
    assert [item["score"] for item in own["scores"][1:]] == [100] * 5
    assert own["toelichting_bij_indienen"] == "Graag kijken naar stap 2."
    assert own["opmerkingen_toetser"][0]["opmerking"] == "Goed begin bij stap 2."
    assert own["advies"] == "Maak afspraken met de ADV."
    assert own["document"]["bestandsnaam"] == "nota-2026.pdf"
    assert "%PDF" not in json.dumps(rows)
    assert contact["antwoorden"][0]["antwoord"] == ""  # not answered yet
    assert contact["scores"][0]["score"] is None
    text = json.dumps(rows)
    assert "Niet van deze persoon." not in text and "Van iemand anders." not in text


def test_deleting_the_account_deletes_its_scans_and_blanks_its_address(
    client, user, scans, django_capture_on_commit_callbacks
):
    own, contact = scans["own"], scans["contact"]
    queue_email(to="x@elders.example", subject="Uw scan", body_text="...", related=own)
    assert private_storage.exists(scans["file"])
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(DELETE, {"password": TEST_PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert not Scan.objects.filter(pk=own.pk).exists()
    assert not private_storage.exists(scans["file"])
    assert not OutboundEmail.objects.related_to(own).exists()
    contact.refresh_from_db()
    assert contact.contact_email == "" and contact.contact_confirmed_at is None
    # Also an unconfirmed copy of the verified address goes; another person's scan stays.
    scans["unconfirmed"].refresh_from_db()
    assert scans["unconfirmed"].contact_email == ""
    scans["stranger"].refresh_from_db()
    assert scans["stranger"].contact_email == "iemand@anders.example"
    assert Scan.objects.count() == 3
