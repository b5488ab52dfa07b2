"""The W3C Nu HTML checker (npm `vnu-jar`, pinned in package-lock.json, run with Java 17)
finds no errors on the demo content's listings, an intervention, search and forms with errors.

The pages are rendered with the test client and checked in one run of vnu (starting the JVM
costs seconds). Warnings are not failures (`--errors-only`). Skipped, with the reason, when
Java or the jar is missing; `make install` installs the jar (`npm ci`), and .ci/run checks
that it did."""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def missing_validator():
    """Why vnu cannot run here, or None."""
    if shutil.which("java") is None:
        return "Java is not installed: the Nu HTML checker (vnu.jar) needs Java 17"
    if not VNU_JAR.is_file():
        return f"{VNU_JAR.relative_to(ROOT)} is missing: run `make install` (npm ci)"
    return None


MISSING = missing_validator()
# Decided at collection, so a machine without the validator does not load the demo for nothing.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(MISSING is not None, reason=MISSING or ""),
]


def rendered_pages(client):
    """{name: (path, html)} of the pages to check, on the demo content."""
    from academie.models import MasterclassPage, SessionStatus
    from interventies.models import InterventionPage

    pages = {}

    def add(name, path, response, status=200):
        assert response.status_code == status, (path, response.status_code)
        pages[name] = (path, response.content.decode())

    def get(name, path, status=200):
        add(name, path, client.get(path), status)

    get("interventies", "/interventies/")
    get(
        "interventies-filters",
        "/interventies/?erkenning=effectief-eerste&erkenning=effectief-sterke"
        "&averechts=nee&grootte=tot-20000&sort=titel",
    )
    get("interventies-zoekterm", "/interventies/?q=discriminatie+werk")
    get("interventies-geen-resultaat", "/interventies/?q=ruimtevaart&domein=wonen")
    get("interventies-pagina-2", "/interventies/?page=2")
    get("handreikingen", "/handreikingen/")
    get("praktijkvoorbeelden", "/praktijkvoorbeelden/")
    get("academie", "/academie/")
    get("masterclasses", "/masterclasses/")
    get("zoeken", "/zoeken/?q=discriminatie")
    get("cijfers", "/cijfers/?gemeente=a")
    get("cijfers-gemeente", "/cijfers/utrecht/?bron=politie")
    intervention = InterventionPage.objects.live().order_by("path").first()
    get("interventie", intervention.url)
    ids = InterventionPage.objects.live().order_by("path").values_list("id", flat=True)[:3]
    get("vergelijk", "/interventies/vergelijk/?" + "&".join(f"id={i}" for i in ids))
    get("kennislacunes", "/interventies/kennislacunes/")
    get("kennislacunes-filters", "/interventies/kennislacunes/?doelgroep=gemeenteambtenaar&stap=x")

    # Forms with errors: an empty masterclass registration, a signup with a wrong address and
    # passwords that differ, a login with a wrong password, an alert with a wrong address, an
    # incomplete council members' scan.
    series = MasterclassPage.objects.get(slug="effectief-antidiscriminatiebeleid-2027")
    session = next(s for s in series.sessions.order_by("date") if s.status() == SessionStatus.OPEN)
    get("masterclass-formulier", session.url)
    add("masterclass-formulier-fouten", session.url, client.post(session.url, {}), status=400)
    signup = {"email": "geen-adres", "password1": "Gelijk-behandelen-2026", "password2": "anders"}
    add("aanmelden-fouten", "/accounts/signup/", client.post("/accounts/signup/", signup))
    login = {"login": "niemand@example.org", "password": "fout"}
    add("inloggen-fouten", "/accounts/login/", client.post("/accounts/login/", login))
    alert = "/meldingen/nieuw/?lijst=interventies&grond=leeftijd"
    get("melding-formulier", alert)
    add("melding-fouten", alert, client.post(alert, {"email": "geen-adres"}), status=400)
    get("raadsleden-scan-fouten", "/raadsleden/resultaat/?rol=antennerol&onderzoek=misschien")
    # The council members' result: summary, folded advice, the forms; and its print view.
    from handreikingen.models import ScanQuestion

    keys = ScanQuestion.objects.order_by("page", "sort_order").values_list("key", flat=True)
    choices = ["nee", "deels", "ja", "onbekend"]
    answers = "&".join(f"{key}={choices[i % 4]}" for i, key in enumerate(keys))
    result = f"/raadsleden/resultaat/?rol=antennerol&gemeente=%27s-Hertogenbosch&{answers}"
    get("raadsleden-resultaat", result)
    get("raadsleden-afdrukken", result + "&afdrukken=1")

    # The beleidsscan: the start (with errors), and a demo scan opened with a new private link:
    # its overview, a step with a tampered answer, the result with advice, sharing.
    from beleidsscan.models import Scan
    from beleidsscan.services import access

    get("beleidsscan", "/beleidsscan/")
    add("beleidsscan-fouten", "/beleidsscan/", client.post("/beleidsscan/", {"municipality": "x"}))
    for status in ("advies-gegeven", "concept"):
        scan = Scan.objects.filter(status=status, finished_at__isnull=False).first()
        _link, code = access.new_link(scan, access.OWNER)
        client.get(f"/beleidsscan/toegang/{code}/")
        base = f"/beleidsscan/{scan.public_id}/"
        get(f"beleidsscan-overzicht-{status}", base)
        get(f"beleidsscan-uitslag-{status}", base + "resultaat/")
    get("beleidsscan-delen", base + "delen/")
    get("beleidsscan-stap", base + "stap/1/")
    add(
        "beleidsscan-stap-fouten",
        base + "stap/1/",
        client.post(base + "stap/1/", {"lokaal-beeld": "x"}),
    )
    return pages


def test_listings_and_forms_with_errors_are_valid_html(demo, client, tmp_path):
    command = [shutil.which("java"), "-Xss1m", "-jar", str(VNU_JAR)]
    command += ["--errors-only", "--format", "json"]
    pages = rendered_pages(client)
    files = {}
    for name, (path, html) in pages.items():
        file = tmp_path / f"{name}.html"
        file.write_text(html, encoding="utf-8")
        files[file.resolve()] = (name, path, html.splitlines())

    result = subprocess.run(
        [*command, "--stdout", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.stdout.strip(), f"vnu said nothing (exit {result.returncode}): {result.stderr}"
    messages = json.loads(result.stdout)["messages"]

    report = []
    for message in messages:
        file = Path(unquote(urlparse(message.get("url", "")).path)).resolve()
        name, path, lines = files.get(file, (message.get("url"), "?", []))
        line = message.get("lastLine") or message.get("firstLine")
        source = lines[line - 1].strip()[:160] if line and line <= len(lines) else ""
        report.append(
            f"{name} ({path}), line {line}: [{message.get('type')}] {message.get('message')}"
            f"\n    {message.get('extract', source)!r}"
        )
    assert report == [], f"{len(report)} HTML errors:\n" + "\n".join(report)
    assert result.returncode == 0, result.stderr
