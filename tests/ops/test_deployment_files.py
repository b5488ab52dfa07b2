"""The deployment files say what README.md promises: Docker health checks that can pass, a
bounded cache of its own, no trusted proxy header by default, code the app cannot change,
and a demo whose links point at the port it runs on."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def compose_service(name):
    """The text of one service block in docker-compose.yml (up to the next service)."""
    text = (ROOT / "docker-compose.yml").read_text()
    match = re.search(rf"^  {name}:\n(.*?)(?=^  [a-z-]+:\n|^\S|\Z)", text, re.M | re.S)
    assert match, f"no service {name} in docker-compose.yml"
    return match.group(1)


def test_web_liveness_check_uses_healthz_not_readyz():
    """A down Elasticsearch or Redis must not mark a web container that serves pages as
    unhealthy: the container checks /healthz; /readyz is for monitoring."""
    web = compose_service("web")
    healthcheck = web[web.index("healthcheck:") :]
    assert "http://127.0.0.1:8000/healthz" in healthcheck
    assert "/readyz" not in healthcheck


def test_cache_has_its_own_bounded_redis():
    text = (ROOT / "docker-compose.yml").read_text()
    cache = compose_service("cache")
    assert "--maxmemory" in cache and '"allkeys-lru"' in cache
    assert "CACHE_URL: redis://cache:6379/0" in text
    assert "CELERY_BROKER_URL: redis://redis:6379/0" in text
    assert "maxmemory" not in compose_service("redis")  # queued tasks are never evicted


def test_no_trusted_proxy_header_by_default():
    """gunicorn is published directly: a client could forge X-Forwarded-For."""
    text = (ROOT / "docker-compose.yml").read_text()
    assert "TRUSTED_PROXY_IP_HEADER: ${TRUSTED_PROXY_IP_HEADER:-}" in text


def test_the_runtime_user_owns_only_the_upload_directories():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "COPY --chown" not in dockerfile
    chowns = re.findall(r"chown\s+(?:-R\s+)?\S+\s+([^\n&\\]+)", dockerfile)
    assert [paths.split() for paths in chowns] == [["/app/media", "/app/private-media"]]
    assert "USER kennishub" in dockerfile


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_runs_on_the_port_it_announces():
    plan = subprocess.run(
        ["make", "-n", "demo", "PORT=8123"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    commands = [line for line in plan.splitlines() if "manage.py" in line]
    assert len(commands) == 3
    assert all("SITE_URL=http://127.0.0.1:8123" in line for line in commands)


def test_pip_itself_is_pinned():
    makefile = (ROOT / "Makefile").read_text()
    assert "--upgrade pip" not in makefile
    assert re.search(r"^PIP_VERSION \?= \d+(\.\d+)+$", makefile, re.M)


def test_every_scheduled_task_is_known_to_the_worker():
    """Tasks live next to their services; the beat schedule names them by string. A fresh
    worker process that does not import a task's module would drop its messages."""
    from tests.hub.test_settings import run

    code = (
        "import django; django.setup(); from django.conf import settings; "
        "from hub import celery_app; celery_app.loader.import_default_modules(); "
        "names = {e['task'] for e in settings.CELERY_BEAT_SCHEDULE.values()}; "
        "names |= {'hub.tasks.send_outbound_email', 'academie.tasks.finish_certificate'}; "
        "print(sorted(n for n in names if n not in celery_app.tasks))"
    )
    result = run(["-c", code], {"DJANGO_SETTINGS_MODULE": "hub.settings.test"})
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_debug_keeps_debug_on_and_demo_turns_it_off():
    def plan(target):
        return subprocess.run(
            ["make", "-n", target], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout

    assert "DJANGO_SETTINGS_MODULE=hub.settings.demo " in plan("demo")
    assert "DJANGO_SETTINGS_MODULE=hub.settings.dev " in plan("demo-debug")
    assert "hub.settings.demo " not in plan("demo-debug")


# Runs in a subprocess with the demo settings, against the database `make demo-load` filled.
DEMO_REQUESTS = """
import django
django.setup()
from django.conf import settings
from django.test import Client
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
assert not settings.DEBUG
client = Client(HTTP_HOST="127.0.0.1")
missing = client.get("/bestaat-niet/")
print("404", missing.status_code, "Deze pagina bestaat niet" in missing.content.decode())
home = client.get("/")
print("home", home.status_code)
static = client.get("/static/css/site.css")
print("static", static.status_code)
name = default_storage.save("original_images/demo-check.txt", ContentFile(b"ok"))
media = client.get(default_storage.url(name))
print("media", media.status_code)
"""


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_prints_only_the_address_and_the_accounts(tmp_path):
    """`make demo` loads the demo as `make demo-load` does: migrate and load_demo write to a
    log file, the terminal gets a few lines. Then the demo settings (DEBUG off) answer an
    unknown address with the Dutch 404 page and still serve static files and media."""
    import os
    import sys

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "SECRET_KEY", "DEBUG", "MAKEFLAGS", "MFLAGS"}
    }
    env |= {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private-media"),
    }
    bin_dir = Path(sys.executable).parent
    log = tmp_path / "var" / "demo.log"
    loaded = subprocess.run(
        ["make", "--no-print-directory", "demo-load", f"BIN={bin_dir}", f"DEMO_LOG={log}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert loaded.returncode == 0, loaded.stdout + loaded.stderr
    lines = loaded.stdout.splitlines()
    assert len(lines) < 40, loaded.stdout
    assert loaded.stderr == ""
    assert "admin@kennishub.example" in loaded.stdout
    assert "redacteur@kennishub.example" in loaded.stdout
    assert "Applying" not in loaded.stdout and "INFO" not in loaded.stdout
    assert "Applying" in log.read_text()  # the details are in the log

    answers = subprocess.run(
        [sys.executable, "-c", DEMO_REQUESTS],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "hub.settings.demo"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert answers.returncode == 0, answers.stderr
    assert answers.stdout.split("\n")[:4] == [
        "404 404 True",
        "home 200",
        "static 200",
        "media 200",
    ], answers.stdout + answers.stderr


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_shows_the_log_when_a_step_fails(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS"}}
    log = tmp_path / "demo.log"
    # A Python that fails at once stands in for a broken step.
    (tmp_path / "python").write_text("#!/bin/sh\necho 'boom: het ging fout' >&2\nexit 3\n")
    (tmp_path / "python").chmod(0o755)
    result = subprocess.run(
        ["make", "--no-print-directory", "demo-load", f"BIN={tmp_path}", f"DEMO_LOG={log}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "Dit ging mis: de database bijwerken" in result.stdout
    assert "boom: het ging fout" in result.stdout


DEMO_SETTINGS_REPORT = """
import django
django.setup()
from django.conf import settings
from django.urls import Resolver404, resolve
try:
    media = resolve("/media/original_images/a.png").func.__module__
except Resolver404:
    media = "none"
print(settings.DEBUG, getattr(settings, "WHITENOISE_USE_FINDERS", False), media)
print(" ".join(settings.ALLOWED_HOSTS))
"""


def test_demo_settings_have_debug_off_and_serve_static_files_and_media():
    """`make demo` (hub.settings.demo): no debug pages, static files through WhiteNoise from
    the app folders, the uploaded media through Django (runserver serves neither with DEBUG
    off), on 127.0.0.1 and localhost; production leaves media to the web server or the object
    store."""
    from tests.hub.test_settings import PRODUCTION_ENV, run

    demo = run(["-c", DEMO_SETTINGS_REPORT], {"DJANGO_SETTINGS_MODULE": "hub.settings.demo"})
    assert demo.returncode == 0, demo.stderr
    flags, hosts = demo.stdout.splitlines()
    assert flags == "False True django.views.static"
    assert {"127.0.0.1", "localhost"} <= set(hosts.split())
    production = run(["-c", DEMO_SETTINGS_REPORT], PRODUCTION_ENV)
    assert production.returncode == 0, production.stderr
    assert production.stdout.splitlines()[0].startswith("False") and "none" in production.stdout
