"""The scan from start to result: starting, answering per step, saving with bad input,
finishing, the result's scores and advice, a new version with the progress per step, and
deleting."""

import re

import pytest
from django.urls import reverse

from beleidsscan.models import Scan, ScanAccess, ScanStatus
from beleidsscan.services import scans as scan_service
from hub.models import Domain, MunicipalitySize
from tests.beleidsscan.conftest import all_answers, open_link

pytestmark = pytest.mark.django_db


def url(name, scan, *args):
    return reverse(f"beleidsscan:{name}", args=[scan.public_id, *args])


def answer_all(client, scan, version, answer="ja"):
    data = all_answers(version, answer)
    for number in range(1, 7):
        response = client.post(url("step", scan, number), {**data, "ga": "volgende"})
        assert response.status_code == 302


def test_start_page_lists_the_steps_and_asks_municipality_and_role(client, version, municipality):
    response = client.get(reverse("beleidsscan:start"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Stap 1:" in html and "Stap 6:" in html
    assert 'name="municipality"' in html and 'name="role"' in html
    assert "csrfmiddlewaretoken" in html
    assert "no-store" in response["Cache-Control"]


def test_start_creates_a_scan_and_shows_its_link_once(client, version, municipality):
    domain = Domain.objects.first()
    response = client.post(
        reverse("beleidsscan:start"),
        {"municipality": municipality.pk, "role": "adv-medewerker", "domains": [domain.pk]},
    )
    assert response.status_code == 200
    scan = Scan.objects.get()
    assert scan.version == version
    assert scan.role == "adv-medewerker"
    assert list(scan.focus_domains.all()) == [domain]
    assert (
        scan.size
        == MunicipalitySize.objects.filter(min_inhabitants__lte=45_000)
        .order_by("-min_inhabitants")
        .first()
    )
    link = re.search(
        r'value="(http://[^"]+/beleidsscan/toegang/([^/"]+)/)"', response.content.decode()
    )
    assert link, "the private link is on the page"
    code = link.group(2)
    # Only a hash is stored.
    assert not ScanAccess.objects.filter(secret_hash=code).exists()
    assert ScanAccess.objects.get(scan=scan).secret_hash != code
    # The visitor who started it can go on at once (the grant is in the session).
    assert client.get(url("overview", scan)).status_code == 200
    # The same link works from another browser.
    other = client.__class__()
    assert other.get(url("overview", scan)).status_code == 404
    assert other.get(reverse("beleidsscan:enter", args=[code])).status_code == 302
    assert other.get(url("overview", scan)).status_code == 200


def test_start_with_bad_input_explains_and_keeps_the_choices(client, version, municipality):
    response = client.post(
        reverse("beleidsscan:start"), {"municipality": "99999", "role": "adv-medewerker"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kies een gemeente uit de lijst." in html
    assert 'value="adv-medewerker" checked' in html or "checked" in html
    assert not Scan.objects.exists()
    response = client.post(reverse("beleidsscan:start"), {})
    assert "Kies de gemeente waarvoor u de scan invult." in response.content.decode()
    assert "Kies uw rol." in response.content.decode()


def test_signed_in_user_owns_the_scan(client, django_user_model, version, municipality):
    user = django_user_model.objects.create_user("ambtenaar", "a@gemeente.nl", "x")
    client.force_login(user)
    client.post(
        reverse("beleidsscan:start"), {"municipality": municipality.pk, "role": "beleidsmedewerker"}
    )
    scan = Scan.objects.get()
    assert scan.owner == user
    response = client.get(reverse("mijn:dashboard"))
    assert scan.municipality.name in response.content.decode()


def test_answers_are_saved_per_step_and_shown_again(owner_client, scan, version):
    response = owner_client.post(
        url("step", scan, 1), {"s1-1": "ja", "s1-2": "weet-niet", "ga": "blijf"}
    )
    assert response.status_code == 302
    scan.refresh_from_db()
    assert scan.answers == {"s1-1": "ja", "s1-2": "weet-niet"}
    html = owner_client.get(url("step", scan, 1)).content.decode()
    assert re.search(r'value="weet-niet"[^>]*checked', html)
    assert "Waarom deze vraag?" in html


def test_tampered_answer_is_refused_and_nothing_else_lost(owner_client, scan):
    response = owner_client.post(
        url("step", scan, 1),
        {"s1-1": "ja", "s1-2": "misschien", "s9-9": "ja", "ga": "volgende"},
    )
    assert response.status_code == 200
    assert "Kies ja, gedeeltelijk, nee of weet ik niet." in response.content.decode()
    scan.refresh_from_db()
    assert scan.answers == {"s1-1": "ja"}  # the valid answer kept, the unknown key dropped


def test_unknown_step_is_404(owner_client, scan):
    assert owner_client.get(url("step", scan, 9)).status_code == 404


def test_finish_needs_every_answer(owner_client, scan, version):
    owner_client.post(url("step", scan, 1), {"s1-1": "ja", "s1-2": "ja", "ga": "blijf"})
    response = owner_client.post(url("finish", scan), follow=True)
    assert "Nog niet alle vragen zijn beantwoord" in response.content.decode()
    scan.refresh_from_db()
    assert scan.finished_at is None
    assert owner_client.get(url("result", scan)).status_code == 302


def test_result_scores_labels_and_advice(owner_client, scan, version):
    answers = all_answers(version, "ja")
    answers.update({"s1-1": "nee", "s1-2": "nee", "s2-2": "gedeeltelijk", "s3-1": "weet-niet"})
    scan.answers = answers
    scan.save()
    owner_client.post(url("finish", scan))
    html = owner_client.get(url("result", scan)).content.decode()
    # Step 1: both "nee": 0. Step 2: weight 1 ja (100) + weight 2 partly (50) -> 67. Step 3:
    # weight 1 unknown (0) + weight 2 ja -> 67. Others 100.
    assert "0 van 100" in html
    assert html.count("67 van 100") == 2
    assert "Nog niet gestart" in html and "Op weg" in html and "Stevig" in html
    assert "Regel s1-2." in html and "Advies nee s1-2." in html  # heaviest first
    assert html.index("Regel s1-2.") < html.index("Regel s1-1.")
    assert "Advies onbekend s3-1." in html
    assert "Er is s4-1." in html  # in place
    assert 'role="img"' in html  # the chart, with its numbers as a table beside it
    assert "Bekijk de scores als tabel" in html


def test_submitted_scan_cannot_be_edited(owner_client, scan, version):
    scan.answers = all_answers(version)
    scan.finished_at = scan.created_at
    scan.status = ScanStatus.SUBMITTED
    scan.save()
    response = owner_client.post(url("step", scan, 1), {"s1-1": "nee", "ga": "blijf"})
    assert response.status_code == 302
    scan.refresh_from_db()
    assert scan.answers["s1-1"] == "ja"
    with pytest.raises(scan_service.ScanError):
        scan_service.save_answers(scan, {"s1-1": "nee"})


def test_new_version_continues_and_shows_the_change(owner_client, scan, version):
    answers = all_answers(version, "nee")
    scan.answers = answers
    scan.save()
    owner_client.post(url("finish", scan))
    response = owner_client.post(url("new_version", scan))
    assert response.status_code == 200
    newer = Scan.objects.exclude(pk=scan.pk).get()
    assert newer.previous == scan and newer.answers == answers and newer.finished_at is None
    owner_client.post(url("step", newer, 1), {"s1-1": "ja", "s1-2": "ja", "ga": "blijf"})
    owner_client.post(url("finish", newer))
    html = owner_client.get(url("result", newer)).content.decode()
    assert "100 punten hoger dan de vorige scan" in html
    assert "gelijk aan de vorige scan" in html
    assert "Score vorige scan" in html


def test_delete_removes_the_scan_and_its_links(owner_client, scan):
    assert owner_client.get(url("delete", scan)).status_code == 200
    response = owner_client.post(url("delete", scan))
    assert response.status_code == 302
    assert not Scan.objects.filter(pk=scan.pk).exists()
    assert not ScanAccess.objects.exists()


def test_editor_link_can_fill_in_but_not_manage(client, scan):
    open_link(client, scan, kind="bewerker")
    assert client.post(url("step", scan, 1), {"s1-1": "ja", "ga": "blijf"}).status_code == 302
    assert client.get(url("share", scan)).status_code == 403
    assert client.post(url("delete", scan)).status_code == 403
    assert client.get(url("email_link", scan)).status_code == 403
    assert Scan.objects.filter(pk=scan.pk).exists()


def test_starting_many_scans_from_one_address_is_limited(client, version, municipality, settings):
    from beleidsscan.views.scan import STARTS_PER_HOUR

    data = {"municipality": municipality.pk, "role": "anders"}
    for _ in range(STARTS_PER_HOUR):
        assert client.post(reverse("beleidsscan:start"), data).status_code == 200
    response = client.post(reverse("beleidsscan:start"), data)
    assert response.status_code == 429
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert Scan.objects.count() == STARTS_PER_HOUR


def test_start_page_may_be_indexed_the_scan_pages_not(client, owner_client, scan, version):
    html = client.get(reverse("beleidsscan:start")).content.decode()
    assert 'name="robots"' not in html
    html = owner_client.get(url("overview", scan)).content.decode()
    assert '<meta name="robots" content="noindex, nofollow">' in html
