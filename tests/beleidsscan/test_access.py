"""Who may open a scan: the holder of a private link or the owner's account, and nobody
else. Links are unguessable, stored only as a hash, revocable and never cached or logged."""

import logging

import pytest
from django.test import Client
from django.urls import reverse

from beleidsscan.models import ScanAccess
from beleidsscan.services import access
from hub.ops.redact import redact
from hub.pagecache import EXCLUDED_PREFIXES
from tests.beleidsscan.conftest import open_link

pytestmark = pytest.mark.django_db

PAGES = [
    "overview",
    "result",
    "finish",
    "share",
    "email_link",
    "delete",
    "new_version",
    "report_pdf",
    "report_docx",
]


def url(name, scan, *args):
    return reverse(f"beleidsscan:{name}", args=[scan.public_id, *args])


@pytest.mark.parametrize("name", PAGES)
def test_without_a_grant_every_page_is_404(client, scan, name):
    response = (
        client.post(url(name, scan))
        if name in ("finish", "new_version")
        else client.get(url(name, scan))
    )
    assert response.status_code == 404


def test_unknown_and_existing_ids_look_the_same(client, scan):
    import uuid

    assert client.get(url("overview", scan)).status_code == 404
    assert client.get(reverse("beleidsscan:overview", args=[uuid.uuid4()])).status_code == 404


@pytest.mark.parametrize("code", ["x", "A" * 43, "A" * 42 + "!", "%2e%2e"])
def test_forged_link_gives_a_clear_message(client, scan, code):
    response = client.get(reverse("beleidsscan:enter", args=[code]))
    assert response.status_code == 404
    assert "Deze link werkt niet" in response.content.decode()
    assert client.get(url("overview", scan)).status_code == 404


def test_link_is_random_and_stored_as_hash(scan):
    first, code_one = access.new_link(scan, access.OWNER)
    _second, code_two = access.new_link(scan, access.OWNER)
    assert len(code_one) == 43 and code_one != code_two
    assert code_one not in first.secret_hash
    assert not ScanAccess.objects.filter(secret_hash=code_one).exists()


def test_revoked_share_link_stops_working_also_in_an_open_session(client, scan):
    colleague = Client()
    code = open_link(colleague, scan, kind=access.EDITOR)
    assert colleague.get(url("overview", scan)).status_code == 200
    open_link(client, scan)
    link = ScanAccess.objects.get(kind=access.EDITOR)
    response = client.post(url("share", scan), {"intrekken": link.pk}, follow=True)
    assert "De link is ingetrokken" in response.content.decode()
    assert colleague.get(url("overview", scan)).status_code == 404
    assert colleague.get(reverse("beleidsscan:enter", args=[code])).status_code == 404


def test_owner_cannot_revoke_another_scans_link(client, scan, version, other_municipality):
    from beleidsscan.models import Scan

    other = Scan.objects.create(version=version, municipality=other_municipality, role="anders")
    foreign, _code = access.new_link(other, access.EDITOR)
    open_link(client, scan)
    client.post(url("share", scan), {"intrekken": foreign.pk})
    foreign.refresh_from_db()
    assert foreign.revoked_at is None


def test_share_link_is_shown_once_and_works_as_editor(client, scan):
    open_link(client, scan)
    response = client.post(url("share", scan), {"label": "Team Samenleving"})
    html = response.content.decode()
    assert "Link voor collega’s gemaakt" in html
    link = ScanAccess.objects.get(kind=access.EDITOR)
    assert link.label == "Team Samenleving"
    # The list of links never shows a code again.
    listing = client.get(url("share", scan)).content.decode()
    assert "/toegang/" not in listing


def test_account_owner_has_access_other_accounts_do_not(client, django_user_model, scan):
    owner = django_user_model.objects.create_user("eigenaar", "e@gemeente.nl", "x")
    stranger = django_user_model.objects.create_user("ander", "a@gemeente.nl", "x")
    scan.owner = owner
    scan.save()
    client.force_login(stranger)
    assert client.get(url("overview", scan)).status_code == 404
    client.force_login(owner)
    assert client.get(url("overview", scan)).status_code == 200
    assert client.get(url("share", scan)).status_code == 200


def test_keep_in_account(client, django_user_model, scan):
    user = django_user_model.objects.create_user("bewaar", "b@gemeente.nl", "x")
    open_link(client, scan)
    client.force_login(user)
    open_link(client, scan)
    client.post(url("keep", scan))
    scan.refresh_from_db()
    assert scan.owner == user
    # Someone else with an owner link cannot take it over.
    thief = django_user_model.objects.create_user("dief", "d@gemeente.nl", "x")
    other = Client()
    other.force_login(thief)
    open_link(other, scan)
    other.post(url("keep", scan))
    scan.refresh_from_db()
    assert scan.owner == user


def test_editor_cannot_keep_in_account(client, django_user_model, scan):
    user = django_user_model.objects.create_user("collega", "c@gemeente.nl", "x")
    client.force_login(user)
    open_link(client, scan, kind=access.EDITOR)
    assert client.post(url("keep", scan)).status_code == 403
    scan.refresh_from_db()
    assert scan.owner is None


def test_pages_are_never_cached(owner_client, scan):
    for name in ("overview", "share", "email_link"):
        response = owner_client.get(url(name, scan))
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
        assert "noindex" in response["X-Robots-Tag"]
    assert "/beleidsscan/" in EXCLUDED_PREFIXES


def test_link_code_is_redacted_from_logs(scan):
    _link, code = access.new_link(scan, access.OWNER)
    line = f"GET /beleidsscan/toegang/{code}/ HTTP/1.1"
    assert code not in redact(line)
    record = logging.LogRecord("django.server", logging.INFO, "", 0, '"%s" 302', (line,), None)
    from hub.ops.redact import RedactingFilter

    RedactingFilter().filter(record)
    assert code not in record.getMessage()


def test_entering_a_link_gives_a_new_session_id(client, scan):
    client.get("/")
    client.cookies["sessionid"] = "attacker-chosen"
    _link, code = access.new_link(scan, access.OWNER)
    client.get(reverse("beleidsscan:enter", args=[code]))
    assert client.cookies["sessionid"].value != "attacker-chosen"


def test_forms_need_csrf(scan):
    client = Client(enforce_csrf_checks=True)
    open_link(client, scan)
    assert client.post(url("step", scan, 1), {"s1-1": "ja"}).status_code == 403
    assert client.post(url("delete", scan)).status_code == 403
    assert client.post(reverse("beleidsscan:start"), {}).status_code == 403
