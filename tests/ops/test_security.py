"""Security headers on every kind of response, security.txt, login throttling, admin MFA."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.test import Client, override_settings

from hub.net import client_ip

pytestmark = pytest.mark.django_db

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def assert_security_headers(response, csp=True):
    for name, value in HEADERS.items():
        assert response[name] == value, name
    assert "camera=()" in response["Permissions-Policy"]
    if csp:
        policy = response["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
        assert "unsafe-inline" not in policy


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/over-de-kennishub/",
        "/bestaat-niet/",
        "/api/v2/pages/",
        "/zoeken/?q=beleid",
        "/zoeken/suggesties/?q=be",
        "/.well-known/security.txt",
        "/robots.txt",
        "/healthz",
        "/accounts/login/",
        "/interventies/",
        "/interventies/export/?format=csv",
    ],
)
def test_headers_on_every_response_type(client, home, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    assert_security_headers(response)


@override_settings(ALLOWED_HOSTS=["kennishub.example.nl"])
def test_headers_on_a_bad_request(home):
    response = Client().get("/", HTTP_HOST="aanvaller.example")
    assert response.status_code == 400
    assert_security_headers(response)


@override_settings(ROOT_URLCONF="tests.ops.forbidden_urls")
def test_headers_on_permission_denied(client, home):
    response = client.get("/verboden/")
    assert response.status_code == 403
    assert_security_headers(response)


def test_headers_on_the_csrf_failure_page(home):
    response = Client(enforce_csrf_checks=True).post("/accounts/login/", {"login": "a@b.nl"})
    assert response.status_code == 403
    assert_security_headers(response)


@override_settings(ACCOUNT_RATE_LIMITS={"signup": "1/m/ip"})
def test_headers_on_the_rate_limit_page(client, home):
    client.post("/accounts/signup/", {"email": "een@example.org"})
    response = client.post("/accounts/signup/", {"email": "twee@example.org"})
    assert response.status_code == 429
    assert_security_headers(response)


def test_headers_on_a_server_error(home):
    from unittest import mock

    from hub.models import HomePage

    client = Client(raise_request_exception=False)
    with mock.patch.object(HomePage, "get_context", side_effect=RuntimeError("kapot")):
        response = client.get("/")
    assert response.status_code == 500
    assert_security_headers(response)


def test_headers_on_a_static_file(client):
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert_security_headers(response)


def test_headers_on_redirects_and_admin(client, home):
    redirect = client.get("/admin/")
    assert redirect.status_code == 302
    assert_security_headers(redirect, csp=False)


def test_hsts_and_secure_cookies_in_production_settings():
    import subprocess
    import sys

    from tests.hub.test_settings import PRODUCTION_ENV, run

    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SECURE_SSL_REDIRECT, s.ADMIN_REQUIRE_MFA)"
    )
    result = run(["-c", code], PRODUCTION_ENV)
    assert result.stdout.split() == ["31536000", "True", "True", "True", "True", "True", "True"], (
        result.stderr
    )
    assert sys.executable and subprocess


def test_security_txt(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert body.startswith("Contact: mailto:")
    assert "Expires: " in body and "Preferred-Languages: nl" in body


@override_settings(TRUSTED_PROXY_IP_HEADER=None)
def test_client_ip_ignores_forwarded_header_without_trusted_proxy(rf):
    request = rf.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert client_ip(request) == "10.0.0.5"


@pytest.mark.parametrize("header", ["HTTP_X_FORWARDED_FOR", "X-Forwarded-For", "x-forwarded-for"])
def test_client_ip_from_trusted_proxy_header_in_either_spelling(rf, settings, header):
    """The setting may name the HTTP header or Django's META key: both mean the same."""
    from hub.accounts import AccountAdapter
    from hub.ratelimit import ip_key

    settings.TRUSTED_PROXY_IP_HEADER = header
    settings.TRUSTED_PROXY_COUNT = 1
    request = rf.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="6.6.6.6, 1.2.3.4")
    assert client_ip(request) == "1.2.3.4"  # the entry our proxy added, not the spoofable one
    # allauth's rate limits and the masterclass form's rate limit agree on the address.
    assert AccountAdapter(request).get_client_ip(request) == "1.2.3.4"
    # The forms' own rate limits (hub.ratelimit) count per that address too.
    assert ip_key("form", request) == ip_key("form", rf.get("/", REMOTE_ADDR="1.2.3.4"))
    assert ip_key("form", request) != ip_key("form", rf.get("/", REMOTE_ADDR="10.0.0.5"))


@override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "10/m/ip,5/5m/key"})
def test_lockout_after_repeated_failed_logins(django_user_model):
    from allauth.account.models import EmailAddress

    DEMO_PASSWORD = "Een-goed-wachtwoord-1"  # noqa: N806
    user = django_user_model.objects.create_user(
        "redacteur", "redacteur@kennishub.example", DEMO_PASSWORD
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client = Client()
    for _ in range(5):
        response = client.post(
            "/accounts/login/", {"login": "redacteur@kennishub.example", "password": "fout"}
        )
        assert response.status_code == 200
    blocked = client.post(
        "/accounts/login/", {"login": "redacteur@kennishub.example", "password": DEMO_PASSWORD}
    )
    assert blocked.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "te veel inlogpogingen" in blocked.content.decode().lower()


@override_settings(ADMIN_REQUIRE_MFA=True)
def test_editor_without_mfa_cannot_reach_the_admin(client, django_user_model):
    editor = django_user_model.objects.create_user("red", "red@example.org", "wachtwoord-123")
    editor.groups.add(Group.objects.get(name="Redacteur"))
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/2fa/totp/activate/")
    Authenticator.objects.create(user=editor, type=Authenticator.Type.TOTP, data={"secret": "x"})
    assert client.get("/admin/").status_code == 200


def test_mfa_optional_in_the_demo(client, django_user_model):
    editor = django_user_model.objects.create_user("red", "red@example.org", "wachtwoord-123")
    editor.groups.add(Group.objects.get(name="Redacteur"))
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_site_pages_refuse_frames_but_the_admin_preview_can_be_framed(client, home, superuser):
    """X-Frame-Options is DENY everywhere; Wagtail's preview panel frames its own admin view,
    which sets SAMEORIGIN itself (wagtail.utils.decorators.xframe_options_sameorigin_override)."""
    assert client.get("/").headers["X-Frame-Options"] == "DENY"
    client.force_login(superuser)
    preview = client.get(f"/admin/pages/{home.pk}/edit/preview/")
    assert preview.status_code == 200
    assert preview.headers["X-Frame-Options"] == "SAMEORIGIN"
