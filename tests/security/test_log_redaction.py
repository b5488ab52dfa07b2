"""Review item 12: access and request logs never hold the codes of confirm, cancel,
certificate and account links."""

import logging
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.conf import settings
from gunicorn.config import Config

from hub.ops.access_log import RedactingLogger
from hub.ops.redact import RedactingFilter, redact

SECRET_URLS = [
    "/masterclasses/bevestigen/eyJhbGciOi.GEHEIM/",
    "/masterclasses/afmelden/eyJhbGciOi.GEHEIM/",
    "/academie/certificaat/ADV-GEHEIM-2026/",
    "/academie/mijn/certificaten/ADV-GEHEIM-2026/pdf/",
    "/accounts/password/reset/key/1d-GEHEIM/",
    "/accounts/confirm-email/MQ:GEHEIM/",
    "/academie/certificaat/?code=ADV-GEHEIM",
]


@pytest.mark.parametrize("url", SECRET_URLS)
def test_redact_hides_the_code_and_keeps_the_shape(url):
    redacted = redact(f"GET {url} HTTP/1.1")
    assert "GEHEIM" not in redacted
    assert redacted.startswith("GET /") and "***" in redacted


def test_ordinary_paths_are_left_alone():
    for path in ["/interventies/?grond=leeftijd&page=2", "/masterclasses/", "/academie/mijn/"]:
        assert redact(path) == path


def gunicorn_atoms(path, query=""):
    logger = RedactingLogger(Config())
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": path + (f"?{query}" if query else ""),
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "192.0.2.1",
        "HTTP_REFERER": f"https://kennishub.example{path}",
    }
    request = SimpleNamespace(headers=[("REFERER", environ["HTTP_REFERER"])])
    response = SimpleNamespace(status="200 OK", headers=[], sent=10)
    return logger.atoms(response, request, environ, timedelta(milliseconds=5))


@pytest.mark.parametrize("url", SECRET_URLS)
def test_gunicorns_access_log_line_has_no_code(url):
    path, _sep, query = url.partition("?")
    atoms = gunicorn_atoms(path, query)
    line = Config().access_log_format % atoms
    assert "GEHEIM" not in line
    for name in ("r", "U", "q", "f", "{referer}i"):
        assert "GEHEIM" not in str(atoms.get(name, "")), name


def test_djangos_development_server_log_is_redacted():
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        ("GET /masterclasses/afmelden/GEHEIM/ HTTP/1.1", "200", "1234"),
        None,
    )
    RedactingFilter().filter(record)
    assert "GEHEIM" not in record.getMessage()


def test_every_log_handler_redacts():
    for name, handler in settings.LOGGING["handlers"].items():
        assert "redact" in handler.get("filters", []), name


@pytest.mark.django_db
def test_the_slow_request_log_has_no_code(client, home, caplog, settings):
    settings.SLOW_REQUEST_SECONDS = 0  # log every request
    with caplog.at_level(logging.WARNING, logger="hub.requests"):
        client.get("/academie/certificaat/ADV-GEHEIM-2026/")
    paths = [record.path for record in caplog.records if hasattr(record, "path")]
    assert paths and all("GEHEIM" not in path for path in paths)
