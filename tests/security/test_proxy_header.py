"""Review item 12: X-Forwarded-Proto is trusted only when the operator declares a reverse
proxy (TRUSTED_PROXY_IP_HEADER), and docker-compose does not publish gunicorn to the world."""

import re
from pathlib import Path

from tests.hub.test_settings import PRODUCTION_ENV, run

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import django; django.setup(); from django.conf import settings; "
    "print(getattr(settings, 'SECURE_PROXY_SSL_HEADER', None))"
)


def test_without_a_declared_proxy_the_proto_header_is_not_trusted():
    result = run(["-c", PROBE], {**PRODUCTION_ENV, "TRUSTED_PROXY_IP_HEADER": ""})
    assert result.stdout.strip() == "None", result.stderr


def test_with_a_declared_proxy_it_is():
    env = {**PRODUCTION_ENV, "TRUSTED_PROXY_IP_HEADER": "X-Forwarded-For"}
    result = run(["-c", PROBE], env)
    assert result.stdout.strip() == "('HTTP_X_FORWARDED_PROTO', 'https')", result.stderr


def test_a_forged_header_does_not_pass_as_https():
    code = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/', HTTP_HOST='kennishub.example.nl', HTTP_X_FORWARDED_PROTO='https'); "
        "print(r.status_code, r.get('Location', ''))"
    )
    result = run(["-c", code], {**PRODUCTION_ENV, "TRUSTED_PROXY_IP_HEADER": ""})
    assert result.stdout.split()[:2] == ["301", "https://kennishub.example.nl/"], result.stderr


def test_compose_publishes_gunicorn_on_loopback_only():
    text = (ROOT / "docker-compose.yml").read_text()
    ports = re.findall(r'- "([^"]*):8000"', text)
    assert ports == ["${WEB_BIND:-127.0.0.1}:8000"]
