"""Running service calls in parallel threads, each with its own database connection.

On PostgreSQL the threads use the test database as it is. On SQLite the test database lives in
memory (one shared cache for every connection, where a busy connection fails at once instead
of waiting), which is not what the site runs on: `parallel_database` copies it into a file and
points every new connection at that file, with the OPTIONS of the settings (transaction mode,
busy timeout, WAL), just like the one-machine setup.
"""

import sqlite3
import threading
from contextlib import contextmanager

from django.db import connection, connections


def is_sqlite():
    return connection.vendor == "sqlite"


@contextmanager
def parallel_database(tmp_path):
    """Inside the block, threads that open a connection get a file copy of the SQLite test
    database (nothing changes on PostgreSQL). Use with django_db(transaction=True) so that
    what the test made before the block is committed and copied."""
    if not is_sqlite():
        yield
        return
    path = tmp_path / "parallel.sqlite3"
    connection.ensure_connection()
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    target.close()
    # Every thread's DatabaseWrapper shares this dict; the main thread's connection stays
    # open on the in-memory database (closing that would destroy it), so don't use it here.
    settings_dict = connections.settings["default"]
    original = settings_dict["NAME"]
    settings_dict["NAME"] = str(path)
    try:
        yield
    finally:
        settings_dict["NAME"] = original


def in_parallel(jobs, timeout=120):
    """Run every job in its own thread, all released at once; each thread has its own
    database connection (closed at the end). Returns (results, errors)."""
    barrier = threading.Barrier(len(jobs))
    results, errors = [None] * len(jobs), []

    def run(number, job):
        try:
            barrier.wait(timeout=30)
            results[number] = job()
        except Exception as error:  # noqa: BLE001 - collected and asserted by the caller
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n, job)) for n, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    return results, errors


def in_thread(job):
    """Run one job in a thread of its own (so it reads the database that parallel jobs
    used) and return its result or raise its error."""
    results, errors = in_parallel([job])
    if errors:
        raise errors[0]
    return results[0]
