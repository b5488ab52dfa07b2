"""`make bench`: measure the intervention database at 10,000 interventions.

1. Creates a fresh PostgreSQL database `kennishub_bench` (BENCH_DATABASE_URL to override),
   migrates, loads the demo and generates synthetic interventions up to 10,000.
2. Times building the search index (`manage.py update_index`).
3. Serves the site with gunicorn (production settings + bench endpoints, cache off,
   2 workers) and drives each scenario from a second process with 2 connections for a fixed
   time (BENCH_SECONDS, default 10). A bare Django view is the floor.
4. Prints requests/s, p50, p95, SQL queries per request and each page's rps as a fraction of
   the floor's; then the same for cached anonymous pages (page cache in Redis), and a mixed
   load (browsing, searching, registering for a masterclass) at a fixed rate for 60 s.
5. The same listing scenarios with a real OpenSearch node (search-node/, `make search-node`
   on a free port) as the search backend: index build time, rps, p50/p95, the resident
   memory (RSS) of each web worker beside PostgreSQL's, and the number of results of a broad
   query on both (the engine counts every match, no cap). BENCH_ENGINE=0 skips this part,
   BENCH_ENGINE=only runs it alone (after steps 1 and 2); it is skipped when java or mvn is
   missing.
6. The figures dashboard (/cijfers/) at 342 municipalities × 10 years (all Dutch
   municipalities): the municipality page with its five charts, another source, the national
   overview and a CSV, with the chart cache (per dataset version) and without any cache.
   BENCH_FIGURES=0 skips it, BENCH_FIGURES=only runs it alone after the demo (figures.json).
   Everything is also written to tests/bench/results/latest.json.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
TARGET = int(os.environ.get("BENCH_INTERVENTIONS", "10000"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "2"))
WORKERS = os.environ.get("BENCH_WORKERS", "2")
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kennishub_bench"
)
RESULTS = ROOT / "tests" / "bench" / "results"

REDIS_CACHE_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
MIXED_RATE = float(os.environ.get("BENCH_MIXED_RATE", "20"))
MIXED_SECONDS = float(os.environ.get("BENCH_MIXED_SECONDS", "60"))

SCENARIOS = [
    ("floor (kale Django-view)", "/_bench/floor/"),
    ("/interventies/", "/interventies/"),
    ("met q", "/interventies/?q=woningmarkt"),
    ("drie facetten", "/interventies/?grond=herkomst&domein=wonen&stap=uitvoering"),
    (
        "q + drie facetten",
        "/interventies/?q=discriminatie&grond=herkomst&domein=wonen&stap=uitvoering",
    ),
    ("detailpagina", f"/interventies/synthetisch-{TARGET // 2}/"),
]
FIGURES = os.environ.get("BENCH_FIGURES", "1") not in ("0", "", "no")
FIGURES_ONLY = os.environ.get("BENCH_FIGURES") == "only"
FIGURE_MUNICIPALITIES = int(os.environ.get("BENCH_FIGURE_MUNICIPALITIES", "342"))
FIGURE_YEARS = int(os.environ.get("BENCH_FIGURE_YEARS", "10"))
FIGURE_SCENARIOS = [
    ("floor (kale Django-view)", "/_bench/floor/"),
    ("cijfers: gemeentepagina", "/cijfers/utrecht/"),
    ("cijfers: gemeente, andere bron", "/cijfers/amersfoort/?bron=politie"),
    ("cijfers: landelijk overzicht", "/cijfers/"),
    ("cijfers: CSV vergelijking", "/cijfers/utrecht/csv/vergelijking/"),
]
UNCACHED_SCENARIOS = [SCENARIOS[0], SCENARIOS[2], SCENARIOS[4]]
# PostgreSQL against the engine: the listing scenarios, and a query that most interventions
# match (more than the old cap of 5,000 hits at 10,000).
BROAD_QUERY = "discriminatie"
ENGINE_SCENARIOS = [
    *SCENARIOS[:5],
    ("breed: q=" + BROAD_QUERY, f"/interventies/?q={BROAD_QUERY}"),
    ("breed + sorteren, pagina 50", f"/interventies/?q={BROAD_QUERY}&sort=titel&page=50"),
]
ENGINE = os.environ.get("BENCH_ENGINE", "1") not in ("0", "", "no")
# BENCH_ENGINE=only: step 5 alone (PostgreSQL against OpenSearch), e.g. at 100,000.
ENGINE_ONLY = os.environ.get("BENCH_ENGINE") == "only"
CACHED_SCENARIOS = [
    ("floor (kale Django-view)", "/_bench/floor/"),
    ("homepage (cache)", "/"),
    ("/interventies/ (cache)", "/interventies/"),
    ("drie facetten (cache)", "/interventies/?grond=herkomst&domein=wonen&stap=uitvoering"),
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(port):
    static_root = ROOT / "tests" / "bench" / "results" / "static"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.bench",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": DATABASE_URL,
        # "Cache off" means no page or response cache; the small data caches (taxonomy terms,
        # restricted paths, navigation) use each worker's local memory, as without Redis.
        "CACHE_URL": "locmemcache://",
        "PAGE_CACHE_SECONDS": "0",
        "CELERY_BROKER_URL": "",
        "ELASTICSEARCH_URL": os.environ.get("ELASTICSEARCH_URL", ""),
        "OPENSEARCH_URL": "",
        "STATIC_ROOT": str(static_root),
        "SITE_URL": f"http://127.0.0.1:{port}",
        "EMAIL_URL": "dummymail://",
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *args):
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def recreate_database():
    parts = urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    for statement in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
        subprocess.run(["psql", admin, "-qc", statement], check=True, capture_output=True)


def wait_until_up(url, server):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn stopped during startup")
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not start in time")


def drive(url):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.bench.load",
            url,
            "--seconds",
            str(SECONDS),
            "--connections",
            str(CONNECTIONS),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout)


def main():
    RESULTS.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = environment(port)
    print(f"Database {DATABASE_URL}: opnieuw aanmaken, migreren, demo laden ...", flush=True)
    recreate_database()
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--noinput")
    if FIGURES_ONLY:
        figures = figures_measurements(env, port)
        (RESULTS / "figures.json").write_text(json.dumps(figures, indent=2))
        return
    existing = int(
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "shell",
                "--no-imports",
                "-c",
                "from interventies.models import InterventionPage; print(InterventionPage.objects.count())",
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    generate_seconds = manage(env, "generate_interventions", str(TARGET - existing))
    print(f"{TARGET} interventies aangemaakt in {generate_seconds:.1f} s", flush=True)
    subprocess.run(["psql", DATABASE_URL, "-qc", "ANALYZE"], check=True, capture_output=True)
    index_seconds = manage(env, "update_index")
    subprocess.run(["psql", DATABASE_URL, "-qc", "ANALYZE"], check=True, capture_output=True)
    print(f"Zoekindex opgebouwd in {index_seconds:.1f} s (doel: < 60 s)", flush=True)

    results = uncached = cached = mixed = None
    if not ENGINE_ONLY:
        database_part = database_measurements(env, port, index_seconds)
        results, uncached, cached, mixed = database_part
    engine = engine_comparison(env, port) if ENGINE else None
    figures = figures_measurements(env, port) if FIGURES and not ENGINE_ONLY else None

    summary = {
        "engine": engine,
        "interventions": TARGET,
        "workers": WORKERS,
        "connections": CONNECTIONS,
        "seconds": SECONDS,
        "index_seconds": index_seconds,
        "generate_seconds": generate_seconds,
        "scenarios": results,
        "uncached_search": uncached,
        "cached": cached,
        "mixed": mixed,
        "figures": figures,
    }
    name = f"engine-{TARGET}.json" if ENGINE_ONLY else "latest.json"
    (RESULTS / name).write_text(json.dumps(summary, indent=2))


class ServerURL(str):
    """The server's base URL, with the pid of its gunicorn master."""

    def __new__(cls, url, server_pid):
        value = super().__new__(cls, url)
        value.server_pid = server_pid
        return value


@contextmanager
def gunicorn(env, port):
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "hub.wsgi",
            "--workers",
            WORKERS,
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            "-",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/_bench/floor/", server)
        yield ServerURL(f"http://127.0.0.1:{port}", server.pid)
    finally:
        server.terminate()
        server.wait(timeout=20)


def measure(env, port, scenarios, memory=None):
    """Each scenario's numbers; `memory` (a dict) receives the workers' RSS afterwards."""
    results = []
    with gunicorn(env, port) as base:
        for _name, path in scenarios:  # warm up every worker
            for _ in range(4):
                urllib.request.urlopen(base + path, timeout=60).read()  # noqa: S310
        for name, path in scenarios:
            result = drive(base + path)
            result["name"] = name
            results.append(result)
            print(f"  gemeten: {name}", flush=True)
        if memory is not None:
            memory.update(worker_rss(base.server_pid))
    return results


def worker_rss(master_pid):
    """{pid: resident memory in MiB} of the gunicorn workers (children of the master)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if fields.get("PPid", "").strip() == str(master_pid) and "VmRSS" in fields:
            found[int(entry.name)] = int(fields["VmRSS"].split()[0]) / 1024
    return found


def listing_total(env, query):
    """The number of results the intervention listing shows for `query` (its own process)."""
    code = (
        "from django.test import RequestFactory; "
        "from interventies.search import InterventionSearch; "
        f"print(InterventionSearch(RequestFactory().get('/interventies/', {{'q': {query!r}}})).run().total)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return int(result.stdout.strip().splitlines()[-1])


def database_measurements(env, port, index_seconds):
    """Steps 3 and 4: the scenarios on PostgreSQL, without and with the page cache, and the
    mixed load."""
    results = measure(env, port, SCENARIOS)
    print_table(
        f"{TARGET} interventies, PostgreSQL, gunicorn {WORKERS} workers, {CONNECTIONS} verbindingen, "
        f"{SECONDS:.0f} s per scenario, zonder paginacache",
        results,
    )
    print(f"\nZoekindex voor {TARGET} interventies: {index_seconds:.1f} s")

    # The same text searches when every request is a search nobody made before: without the
    # per-process cache of recent searches (hub.faceting.text), so the backend runs each time.
    uncached = measure({**env, "TEXT_SEARCH_CACHE_SIZE": "0"}, port, UNCACHED_SCENARIOS)
    print()
    print_table("Zoeken zonder geheugen van recente zoekvragen (elke zoekvraag nieuw)", uncached)

    # Cached anonymous pages, as in production: the page cache in Redis.
    cached_env = {**env, "PAGE_CACHE_SECONDS": "300", "CACHE_URL": REDIS_CACHE_URL}
    subprocess.run(
        ["redis-cli", "-u", REDIS_CACHE_URL, "FLUSHDB"], check=False, capture_output=True
    )
    cached = measure(cached_env, port, CACHED_SCENARIOS)
    print()
    print_table("Met paginacache (Redis), anonieme bezoekers", cached)

    # A mixed load at a fixed rate: browsing, searching and registering.
    mixed = mixed_load(cached_env, port)
    print(
        f"\nGemengde belasting {mixed['rate']:.0f} verzoeken/s gedurende {mixed['seconds']:.0f} s: "
        f"{mixed['requests']} verzoeken, {mixed['errors']} fouten {mixed['error_kinds'] or ''}, "
        f"p50 {mixed['p50_ms']:.1f} ms, p95 {mixed['p95_ms']:.1f} ms (doel: 0 fouten, p95 ≤ 300 ms)"
    )
    for kind, numbers in mixed["by_action"].items():
        print(f"  {kind:<10} {numbers['requests']:>6} verzoeken, p95 {numbers['p95_ms']:.1f} ms")

    return results, uncached, cached, mixed


def figures_measurements(env, port):
    """Step 6: the figures dashboard at all municipalities × FIGURE_YEARS years."""
    seconds = manage(
        env, "generate_figures", str(FIGURE_MUNICIPALITIES), "--years", str(FIGURE_YEARS)
    )
    subprocess.run(["psql", DATABASE_URL, "-qc", "ANALYZE"], check=True, capture_output=True)
    print(
        f"\nCijfers: {FIGURE_MUNICIPALITIES} gemeenten × {FIGURE_YEARS} jaar gemaakt in "
        f"{seconds:.1f} s",
        flush=True,
    )
    cached = measure(env, port, FIGURE_SCENARIOS)
    print_table("Cijfers, grafieken uit de cache (per datasetversie), geen paginacache", cached)
    uncached = measure({**env, "INZICHT_CHART_CACHE_SECONDS": "0"}, port, FIGURE_SCENARIOS)
    print()
    print_table("Cijfers zonder enige cache: elke grafiek elke keer getekend", uncached)
    return {
        "municipalities": FIGURE_MUNICIPALITIES,
        "years": FIGURE_YEARS,
        "generate_seconds": seconds,
        "chart_cache": cached,
        "no_cache": uncached,
    }


@contextmanager
def search_node():
    """A real OpenSearch node (search-node/, built by make) of its own on a free port."""
    jar = "search-node/target/search-node.jar"
    subprocess.run(["make", "-s", jar], cwd=ROOT, check=True)
    node_port = free_port()
    log = RESULTS / "search-node.log"
    with open(log, "w") as output:
        node = subprocess.Popen(
            ["java", "-Xms1g", "-Xmx2g", "-jar", jar, str(node_port)],
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 180
        while "OpenSearch ready at" not in log.read_text():
            if node.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"search node did not start: see {log}")
            time.sleep(1)
        yield f"http://127.0.0.1:{node_port}"
    finally:
        node.terminate()
        node.wait(timeout=60)


def engine_comparison(env, port):
    """PostgreSQL (database search) against OpenSearch on the same data: see step 5."""
    if not (shutil.which("java") and shutil.which("mvn")):
        print("\nOpenSearch overgeslagen: java of mvn ontbreekt.")
        return None
    database_memory = {}
    database = measure(env, port, ENGINE_SCENARIOS, database_memory)
    database_total = listing_total(env, BROAD_QUERY)
    with search_node() as url:
        engine_env = {**env, "OPENSEARCH_URL": url}
        # Creating the index and bulk writes take longer than a search request may.
        index_env = {**engine_env, "ELASTICSEARCH_TIMEOUT": "120"}
        index_seconds = manage(index_env, "update_index", "--backend", "default")
        print(f"OpenSearch-index opgebouwd in {index_seconds:.1f} s", flush=True)
        engine_memory = {}
        engine = measure(engine_env, port, ENGINE_SCENARIOS, engine_memory)
        engine_total = listing_total(engine_env, BROAD_QUERY)
    print()
    print_table(f"{TARGET} interventies, PostgreSQL (database-zoeken)", database)
    print(f"  RSS per webworker: {format_rss(database_memory)}")
    print(f"  resultaten voor q={BROAD_QUERY}: {database_total}")
    print()
    print_table(f"{TARGET} interventies, OpenSearch 2.19 (echte node, search-node/)", engine)
    print(f"  RSS per webworker: {format_rss(engine_memory)}")
    print(f"  resultaten voor q={BROAD_QUERY}: {engine_total}")
    print(f"  zoekindex OpenSearch: {index_seconds:.1f} s")
    return {
        "database": database,
        "database_rss_mib": list(database_memory.values()),
        "database_broad_total": database_total,
        "opensearch": engine,
        "opensearch_rss_mib": list(engine_memory.values()),
        "opensearch_broad_total": engine_total,
        "opensearch_index_seconds": index_seconds,
    }


def format_rss(memory):
    return ", ".join(f"{mib:.0f} MiB" for mib in sorted(memory.values())) or "-"


def mixed_load(env, port):
    with gunicorn(env, port) as base:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.bench.mixed",
                base,
                "--rate",
                str(MIXED_RATE),
                "--seconds",
                str(MIXED_SECONDS),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(result.stdout)


def print_table(title, results):
    floor = results[0]["rps"] or 1
    print(title)
    print(
        f"{'scenario':<28}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'queries':>9}{'fout':>6}{'t.o.v. floor':>14}"
    )
    for result in results:
        queries = "-" if result["queries"] is None else f"{result['queries']:.1f}"
        print(
            f"{result['name']:<28}{result['rps']:>9.1f}{result['p50_ms']:>9.1f}{result['p95_ms']:>9.1f}"
            f"{queries:>9}{result['errors']:>6}{result['rps'] / floor:>13.0%}"
        )


if __name__ == "__main__":
    main()
