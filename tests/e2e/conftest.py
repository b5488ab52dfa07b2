"""Browser tests: Playwright for Python driving Debian's Chromium against a live server.

The server is a separate `manage.py runserver` process on its own database (a SQLite file,
or a fresh PostgreSQL database when DATABASE_URL points to PostgreSQL), migrated and loaded
with the demo content once per session, just like `make demo`. Emails that the site sends
are written to files (settings `hub.settings.e2e`), so a test can read its mailbox.

Skipped, with the reason, when /usr/bin/chromium is missing; `.ci/run` installs it so CI
always runs them.
"""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from email import message_from_bytes, policy
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
SCREENSHOT_DIR = Path(os.environ.get("E2E_SCREENSHOT_DIR", "/tmp/kennishub-e2e"))
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM}: install Debian's chromium")
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def e2e_database_url(tmp_path):
    """A database of its own: a SQLite file, or a new PostgreSQL database next to the test one."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        name = f"kennishub_e2e_{os.getpid()}"
        parts = urlsplit(url)
        admin_url = urlunsplit(parts._replace(path="/postgres"))
        for statement in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
            subprocess.run(["psql", admin_url, "-qc", statement], check=True, capture_output=True)
        return urlunsplit(parts._replace(path=f"/{name}")), admin_url, name
    return f"sqlite:///{tmp_path / 'e2e.sqlite3'}", None, None


class LiveSite:
    def __init__(self, url, mail_dir, env):
        self.url = url
        self.mail_dir = mail_dir
        self.env = env

    def manage(self, *args):
        """Run a management command against the live site's database."""
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout

    def emails_to(self, address):
        """Every email sent to `address` so far, oldest first, as email.message objects."""
        found = []
        for path in sorted(self.mail_dir.glob("*.log"), key=lambda p: p.stat().st_mtime):
            for raw in path.read_bytes().split(b"-" * 79 + b"\n"):
                if not raw.strip():
                    continue
                message = message_from_bytes(raw.lstrip(), policy=policy.default)
                if address in (message["To"] or ""):
                    found.append(message)
        return found

    def wait_for_email(self, address, timeout=10):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            messages = self.emails_to(address)
            if messages:
                return messages[-1]
            time.sleep(0.2)
        raise AssertionError(f"no email arrived for {address}")

    @staticmethod
    def body_of(message):
        part = message.get_body(preferencelist=("plain",))
        return part.get_content()

    def link_in(self, message, pattern):
        path = re.search(pattern, self.body_of(message))
        assert path, f"no link matching {pattern!r} in email"
        return path.group(0)


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    tmp_path = tmp_path_factory.mktemp("e2e")
    database_url, admin_url, db_name = e2e_database_url(tmp_path)
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"CELERY_BROKER_URL"}},
        "DJANGO_SETTINGS_MODULE": "hub.settings.e2e",
        "DATABASE_URL": database_url,
        "EMAIL_FILE_PATH": str(mail_dir),
        "SITE_URL": f"http://127.0.0.1:{port}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private-media"),
    }
    site = LiveSite(f"http://127.0.0.1:{port}", mail_dir, env)
    site.manage("migrate", "--noinput")
    site.manage("load_demo")
    log = open(tmp_path / "server.log", "w")  # noqa: SIM115
    server = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "runserver",
            "--noreload",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(site.url + "/", timeout=2)  # noqa: S310
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError((tmp_path / "server.log").read_text()) from None
                time.sleep(0.2)
        yield site
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
        if db_name:
            subprocess.run(
                ["psql", admin_url, "-qc", f"DROP DATABASE IF EXISTS {db_name}"], check=False
            )


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        yield browser
        browser.close()


@pytest.fixture
def make_page(browser):
    contexts = []

    def make(width=1280, height=900):
        context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL")
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(make_page):
    return make_page()


def assert_accessible(page, name=None):
    """Run axe-core (WCAG 2.1 A and AA rules) and fail with a readable report."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    if name:
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT_DIR / f"{name}.png"), full_page=True)
    assert results.violations_count == 0, results.generate_report()


def assert_fits_width(page):
    """Nothing scrolls sideways: the page is usable at the viewport width."""
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"page is {overflow}px wider than the viewport"
