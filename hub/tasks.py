"""Periodic tasks of the hub that belong to no service of their own. The outbox's tasks live
in hub/outbox.py and the renditions' in hub/renditions.py (CELERY_IMPORTS loads them)."""

from celery import shared_task


@shared_task(name="hub.tasks.purge_search_log")
def purge_search_log():
    """Retention of "Zoeken zonder resultaat": rows without a search for half a year go."""
    from hub.sitesearch import purge_search_log

    return purge_search_log()


@shared_task(name="hub.tasks.publish_scheduled")
def publish_scheduled():
    """Publish pages whose "go live" moment has come and unpublish expired ones."""
    from django.core.management import call_command

    call_command("publish_scheduled")


@shared_task(name="hub.tasks.retry_search_index")
def retry_search_index():
    """Index again what the search engine missed while it was down (hub/searchengine)."""
    from hub.searchengine import retry_search_index

    return retry_search_index()
