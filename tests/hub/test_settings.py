"""Settings per environment: production refuses to start without SECRET_KEY, passes
`check --deploy`, and the search backend follows the environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "hub.settings.production",
    "SECRET_KEY": "x" * 20 + "-productie-sleutel-met-genoeg-willekeur-9f8e7d6c5b4a",
    "ALLOWED_HOSTS": "kennishub.example.nl",
    "SITE_URL": "https://kennishub.example.nl",
    # A cache every process shares, as in production (the checks do not connect to it).
    "CACHE_URL": "redis://127.0.0.1:6379/15",
}


def run(args, env):
    clean = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE"}
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_without_secret_key_fails_with_one_clear_line():
    env = {**PRODUCTION_ENV}
    del env["SECRET_KEY"]
    result = run(["manage.py", "check"], env)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Configuratiefout: SECRET_KEY ontbreekt")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_production_check_deploy_has_no_warnings():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


CACHE_REPORT = (
    "import django; django.setup(); from django.conf import settings; "
    "from django.core import checks; "
    "ids = [m.id for m in checks.run_checks(include_deployment_checks=True)]; "
    "print(settings.PAGE_CACHE_SECONDS, 'hub.W001' in ids)"
)


def test_a_cache_per_process_switches_the_page_cache_off_and_warns():
    """With local memory, a publish in one gunicorn worker or in Celery beat stays invisible
    to the other processes; production serves no cached pages then and `check --deploy`
    says why (a warning, so CI with --fail-level WARNING must configure a shared cache)."""
    local = run(["-c", CACHE_REPORT], {**PRODUCTION_ENV, "CACHE_URL": "locmemcache://"})
    assert local.stdout.split() == ["0", "True"], local.stderr
    shared = run(["-c", CACHE_REPORT], PRODUCTION_ENV)
    assert shared.stdout.split() == ["300", "False"], shared.stderr


def test_debug_is_off_in_production():
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    result = run(["-c", code], PRODUCTION_ENV)
    assert result.stdout.strip() == "False", result.stderr


def backend_for(env):
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "b = settings.WAGTAILSEARCH_BACKENDS['default']; "
        "print(b['BACKEND'], b.get('SEARCH_CONFIG'))"
    )
    result = run(["-c", code], {"DJANGO_SETTINGS_MODULE": "hub.settings.dev", **env})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


NO_ENGINE = {"ELASTICSEARCH_URL": "", "OPENSEARCH_URL": ""}


def test_database_search_by_default():
    env = {"DATABASE_URL": "sqlite:////tmp/x.sqlite3", **NO_ENGINE}
    assert backend_for(env) == "wagtail.search.backends.database None"


def test_dutch_search_config_on_postgresql():
    env = {"DATABASE_URL": "postgres://postgres@127.0.0.1:5432/kennishub", **NO_ENGINE}
    assert backend_for(env) == "wagtail.search.backends.database dutch"


def test_elasticsearch_when_url_is_set():
    env = {**NO_ENGINE, "ELASTICSEARCH_URL": "http://127.0.0.1:9200"}
    assert backend_for(env).startswith("hub.searchengine.elasticsearch8 ")


ENGINE_REPORT = (
    "import django, json; django.setup(); from django.conf import settings; "
    "b = settings.WAGTAILSEARCH_BACKENDS; d = b['default']; "
    "print(json.dumps([d['BACKEND'], d['URLS'], d['INDEX_SETTINGS'], b['fallback']['BACKEND']]))"
)


def engine_report(env):
    result = run(["-c", ENGINE_REPORT], {"DJANGO_SETTINGS_MODULE": "hub.settings.dev", **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_opensearch_when_url_is_set_with_the_dutch_analyzer_and_the_database_fallback():
    backend, urls, index_settings, fallback = engine_report(
        {**NO_ENGINE, "OPENSEARCH_URL": "http://127.0.0.1:9201"}
    )
    assert backend == "hub.searchengine.opensearch2"
    assert urls == ["http://127.0.0.1:9201"]
    assert index_settings["settings"]["analysis"]["analyzer"]["default"] == {"type": "dutch"}
    assert fallback == "wagtail.search.backends.database"


def test_opensearch_wins_when_both_urls_are_set():
    backend, urls, _settings, _fallback = engine_report(
        {"OPENSEARCH_URL": "http://127.0.0.1:9201", "ELASTICSEARCH_URL": "http://127.0.0.1:9200"}
    )
    assert (backend, urls) == ("hub.searchengine.opensearch2", ["http://127.0.0.1:9201"])


def test_celery_is_eager_without_broker_and_not_with_one():
    code = (
        "import django; django.setup(); from hub import celery_app; "
        "print(celery_app.conf.task_always_eager)"
    )
    eager = run(
        ["-c", code], {"DJANGO_SETTINGS_MODULE": "hub.settings.dev", "CELERY_BROKER_URL": ""}
    )
    queued = run(
        ["-c", code],
        {
            "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
            "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
        },
    )
    assert eager.stdout.strip() == "True", eager.stderr
    assert queued.stdout.strip() == "False", queued.stderr
