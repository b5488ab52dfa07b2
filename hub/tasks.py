from celery import shared_task

from hub import mail


@shared_task(name="hub.tasks.send_outbound_email", acks_late=True)
def send_outbound_email(email_id):
    """Send one email from the outbox (idempotent: a sent row is never sent again)."""
    return mail.deliver(email_id)


@shared_task(name="hub.tasks.sweep_outbox")
def sweep_outbox():
    """Send every pending email that is due: the safety net when the broker was down."""
    return mail.sweep()


@shared_task(name="hub.tasks.purge_outbox")
def purge_outbox():
    """Retention of the outbox: texts after a week, rows after half a year (settings)."""
    return mail.purge_old()


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


@shared_task(
    name="hub.tasks.pregenerate_renditions",
    autoretry_for=(OSError,),
    retry_backoff=10,
    max_retries=3,
)
def pregenerate_renditions(page_id):
    """Make the image renditions of a page that was just published."""
    from wagtail.models import Page

    from hub.renditions import pregenerate

    page = Page.objects.filter(pk=page_id).first()
    return pregenerate(page.specific) if page else 0
