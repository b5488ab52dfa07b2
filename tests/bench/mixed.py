"""A mixed load at a fixed rate: browsing, searching and registering for a masterclass.

Open loop: requests start on schedule whether or not earlier ones have finished, so slow
responses show up as latency instead of silently lowering the load.
    python -m tests.bench.mixed http://127.0.0.1:8765 --rate 20 --seconds 60
Prints one JSON line: requests, errors (with their kinds), p50/p95/p99 per action.
"""

import argparse
import http.client
import itertools
import json
import random
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

from tests.bench.load import percentile

BROWSE = [
    "/",
    "/interventies/",
    "/handreikingen/zes-stappen/verkennen/",
    "/praktijkvoorbeelden/",
    "/raadsleden/",
]
SEARCH = [
    "/zoeken/?q=woningmarkt",
    "/interventies/?q=training&domein=wonen",
    "/interventies/?grond=herkomst&stap=uitvoering",
    "/praktijkvoorbeelden/?provincie=zeeland",
    "/zoeken/?q=discrimineren&type=interventie",
]


class FormParser(HTMLParser):
    """Collects the fields of the first POST form that has a csrf token."""

    def __init__(self):
        super().__init__()
        self.in_form = False
        self.action = None
        self.fields = {}
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "").lower() == "post" and self.action is None:
            self.in_form, self.action = True, attrs.get("action") or ""
        elif self.in_form and tag == "input":
            name, kind = attrs.get("name"), attrs.get("type", "text")
            if not name or kind == "submit":
                return
            if kind in ("radio", "checkbox"):
                self.fields.setdefault(name, attrs.get("value", "on"))
            else:
                self.fields.setdefault(name, attrs.get("value", ""))
        elif self.in_form and tag == "select":
            self.select = attrs.get("name")
        elif self.in_form and tag == "option" and self.select and attrs.get("value"):
            self.fields.setdefault(self.select, attrs["value"])
        elif self.in_form and tag == "textarea" and attrs.get("name"):
            self.fields.setdefault(attrs["name"], "")

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "form" and self.in_form:
            self.in_form = False


class Client:
    """One keep-alive connection per thread, with its own cookie jar."""

    def __init__(self, base):
        self.base = base
        parts = urlsplit(base)
        self.host, self.port = parts.hostname, parts.port
        self.local = threading.local()

    def connection(self):
        if not hasattr(self.local, "conn"):
            self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            self.local.cookies = {}
        return self.local.conn

    def request(self, method, path, body=None, headers=None):
        conn = self.connection()
        headers = dict(headers or {})
        if self.local.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.local.cookies.items())
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            conn.close()
            del self.local.conn
            raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.local.cookies[name] = rest.split(";", 1)[0]
        return response.status, data, dict(response.getheaders())


def discover_registration_paths(client):
    status, data, _headers = client.request("GET", "/masterclasses/")
    links = re.findall(r'href="(/masterclasses/[^"?#]+/)"', data.decode())
    candidates = [link for link in dict.fromkeys(links) if link.count("/") >= 4]
    return candidates or ["/masterclasses/"]


counter = itertools.count()


def visitor_address(number):
    """A distinct address per simulated visitor (10.0.0.0/8), sent as X-Forwarded-For: the
    form's limits per network (rate limit, unconfirmed holds) apply to each visitor, as on
    the real site, instead of to the one address the load script runs on."""
    return f"10.{(number >> 16) & 255}.{(number >> 8) & 255}.{number & 255}"


def register(client, session_paths):
    path = random.choice(session_paths)
    number = next(counter)
    forwarded = {"X-Forwarded-For": visitor_address(number)}
    status, data, _headers = client.request("GET", path, headers=forwarded)
    if status != 200:
        return status
    parser = FormParser()
    parser.feed(data.decode())
    if parser.action is None:
        return 0  # no open form on this session page
    fields = parser.fields
    fields.update(
        {
            "name": f"Bench Deelnemer {number}",
            "email": f"bench-{time.time_ns()}-{number}@example.org",
            "organisation": "Gemeente Benchdorp",
            "municipality": "Benchdorp",
            "privacy": "on",
            "website": "",
        }
    )
    body = urlencode(fields)
    action = urljoin(path, parser.action) if parser.action else path
    status, _data, _headers = client.request(
        "POST",
        action,
        body=body,
        headers={
            **forwarded,
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": client.base + path,
        },
    )
    return status


def run(base, rate, seconds, threads=16):
    client = Client(base)
    session_paths = discover_registration_paths(client)
    results = {"browse": [], "search": [], "register": []}
    errors = []
    lock = threading.Lock()

    def one(kind):
        started = time.perf_counter()
        try:
            if kind == "register":
                status = register(client, session_paths)
            else:
                status, _data, _headers = client.request(
                    "GET", random.choice(BROWSE if kind == "browse" else SEARCH)
                )
        except Exception as error:  # noqa: BLE001 - every failure is counted as an error
            with lock:
                errors.append(type(error).__name__)
            return
        elapsed = time.perf_counter() - started
        with lock:
            if status in (200, 302, 303) or (kind == "register" and status == 0):
                results[kind].append(elapsed)
            else:
                errors.append(f"{kind}:{status}")

    kinds = ["browse"] * 6 + ["search"] * 3 + ["register"]
    start = time.perf_counter()
    total = int(rate * seconds)
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for n in range(total):
            due = start + n / rate
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            pool.submit(one, kinds[n % len(kinds)])
    all_latencies = [value for values in results.values() for value in values]
    return {
        "rate": rate,
        "seconds": seconds,
        "requests": len(all_latencies),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "p50_ms": percentile(all_latencies, 0.5) * 1000,
        "p95_ms": percentile(all_latencies, 0.95) * 1000,
        "p99_ms": percentile(all_latencies, 0.99) * 1000,
        "by_action": {
            kind: {"requests": len(values), "p95_ms": percentile(values, 0.95) * 1000}
            for kind, values in results.items()
        },
        "session_pages": len(session_paths),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--rate", type=float, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    print(json.dumps(run(args.base, args.rate, args.seconds)))


if __name__ == "__main__":
    main()
