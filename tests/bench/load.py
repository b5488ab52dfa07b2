"""A small HTTP load driver: N keep-alive connections hammer one URL for a fixed time.

Run as its own process (the benchmark starts it next to the server):
    python -m tests.bench.load http://127.0.0.1:8765/interventies/ --seconds 10 --connections 2
Prints one JSON line: requests, errors, rps, p50/p95/p99 in ms and mean SQL queries per request
(from the X-Query-Count header that hub.ops.bench.QueryCountMiddleware adds).
"""

import argparse
import http.client
import json
import statistics
import threading
import time
from urllib.parse import urlsplit


def worker(url, deadline, latencies, queries, errors, lock):
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    local_latencies, local_queries, local_errors = [], [], 0
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        try:
            connection.request("GET", path, headers={"Host": parts.netloc})
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            if response.status != 200:
                local_errors += 1
            else:
                local_latencies.append(elapsed)
                count = response.getheader("X-Query-Count")
                if count is not None:
                    local_queries.append(int(count))
        except (OSError, http.client.HTTPException):
            local_errors += 1
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.close()
    with lock:
        latencies.extend(local_latencies)
        queries.extend(local_queries)
        errors.append(local_errors)


def percentile(values, fraction):
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))
    return ordered[index]


def run(url, seconds, connections):
    latencies, queries, errors = [], [], []
    lock = threading.Lock()
    started = time.perf_counter()
    deadline = started + seconds
    threads = [
        threading.Thread(target=worker, args=(url, deadline, latencies, queries, errors, lock))
        for _ in range(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    duration = time.perf_counter() - started
    return {
        "url": url,
        "requests": len(latencies),
        "errors": sum(errors),
        "rps": len(latencies) / duration,
        "p50_ms": percentile(latencies, 0.50) * 1000,
        "p95_ms": percentile(latencies, 0.95) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "queries": statistics.mean(queries) if queries else None,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=2)
    args = parser.parse_args()
    print(json.dumps(run(args.url, args.seconds, args.connections)))


if __name__ == "__main__":
    main()
