"""Saving with the search engine down: the save succeeds, the document is indexed later.

Wagtail indexes a page right after the commit that saved it (django-tasks, ImmediateBackend),
inside the editor's request. With the engine (OpenSearch, Elasticsearch) unreachable,
modelsearch would log the error with a traceback, carry on, and never index that document
again: the engine kept serving the old version (or nothing) until the next full rebuild.

The project's engine backends (`hub.searchengine.opensearch2`, `.elasticsearch8`) add
`DeferredIndexingMixin`: when adding or deleting a document fails because the engine cannot be
reached, it logs a WARNING and writes a `SearchIndexBacklog` row (object, time) in the
database. The save itself is never affected. The periodic sweep `hub.tasks.retry_search_index`
(every 5 minutes, CELERY_BEAT_SCHEDULE) runs `retry_search_index()`: with the engine back, each
object in the backlog is indexed again (or its document deleted when the object is gone or
no longer indexed) and its row goes; while the engine is still down the rows stay and one WARNING
is logged. An engine that came back empty (a new node: no index) is rebuilt in full with
`update_index`, as `manage.py rebuild_search_index` would, since the backlog only knows the
objects saved while it was down.

Why a table and a periodic sweep, not a Celery task per failure: the failure is noticed inside
the editor's request, when the engine is down; a task queued then would run at once (eagerly
without a broker, or on a worker that reaches the same dead engine) and its retries would need
the broker to be up. A database row survives a broker outage and a restart, is written in the
same transaction as the change, and the sweep is idempotent: it is the outbox pattern
(`hub/outbox.py`) applied to the search index.
"""

import logging
import os

from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

logger = logging.getLogger(__name__)

# Objects indexed again per sweep; the rest waits for the next one.
BATCH_SIZE = 500


def _engine_errors():
    from hub.faceting.text import engine_errors

    return engine_errors()


def _record(obj, error, action):
    from hub.models import SearchIndexBacklog

    logger.warning(
        "Search engine unreachable (%s): %s %r in the search index later (search index backlog)",
        error,
        action,
        obj,
    )
    SearchIndexBacklog.objects.update_or_create(
        app_label=obj._meta.app_label,
        model_name=obj._meta.model_name,
        object_pk=str(obj.pk),
        defaults={"failed_at": timezone.now()},
    )


class DeferredIndexingMixin:
    """For an engine backend: a write that cannot reach the engine goes to the backlog."""

    def add(self, obj):
        try:
            super().add(obj)
        except _engine_errors() as error:
            _record(obj, error, "updating")

    def delete(self, obj):
        try:
            super().delete(obj)
        except _engine_errors() as error:
            _record(obj, error, "removing")


def _rebuild(backend_name):
    with open(os.devnull, "w") as devnull:
        call_command("update_index", backend_name=backend_name, stdout=devnull)


def retry_search_index(backend_name="default"):
    """Index the objects of the backlog again. Returns how many rows were resolved."""
    from modelsearch.index import get_indexed_instance
    from wagtail.search.backends import get_search_backend

    from hub.models import SearchIndexBacklog

    rows = list(SearchIndexBacklog.objects.order_by("failed_at", "pk")[:BATCH_SIZE])
    if not rows:
        return 0
    backend = get_search_backend(backend_name)
    if hasattr(backend.results_class, "get_queryset"):  # a database backend: nothing to do
        SearchIndexBacklog.objects.filter(pk__in=[row.pk for row in rows]).delete()
        return len(rows)
    done = 0
    models = {}
    for row in rows:
        try:
            models[row.pk] = apps.get_model(row.app_label, row.model_name)
        except LookupError:  # a model that no longer exists: nothing left to index
            row.delete()
            done += 1
    rows = [row for row in rows if row.pk in models]
    try:
        if not all(backend.get_index_for_model(m).exists() for m in set(models.values())):
            # A new, empty engine: only a full rebuild gives it every document (and the
            # project's mappings and analysers).
            started = timezone.now()
            logger.warning("Search index missing on the engine: rebuilding it in full")
            _rebuild(backend_name)
            return SearchIndexBacklog.objects.filter(failed_at__lte=started).delete()[0]
        for row in rows:
            model = models[row.pk]
            obj = model.objects.filter(pk=row.object_pk).first()
            indexed = get_indexed_instance(obj) if obj is not None else None
            if indexed is not None:
                backend.get_index_for_model(type(indexed)).add_item(indexed)
            else:  # deleted, or no longer among the indexed objects: its document goes
                stub = obj if obj is not None else model(pk=model._meta.pk.to_python(row.object_pk))
                backend.get_index_for_model(model).delete_item(stub)
            # Only the row as it was read: a newer failure for the same object stays.
            SearchIndexBacklog.objects.filter(pk=row.pk, failed_at=row.failed_at).delete()
            done += 1
    except _engine_errors() as error:
        logger.warning(
            "Search engine still unreachable (%s): %d objects wait in the search index backlog",
            error,
            SearchIndexBacklog.objects.count(),
        )
    return done
