import logging

from celery import shared_task
from django.conf import settings

logger = logging.getLogger(__name__)


@shared_task(
    name="handreikingen.tasks.build_guide_pdf",
    autoretry_for=(Exception,),
    retry_backoff=30,
    retry_kwargs={"max_retries": 5},
    acks_late=True,
)
def build_guide_pdf(guide_id):
    """Render the PDF of a guide after it (or one of its chapters) is published."""
    from handreikingen.models import GuidePage
    from handreikingen.pdf import ensure_guide_pdf

    guide = GuidePage.objects.live().filter(pk=guide_id).first()
    if guide is None:
        return None
    try:
        return ensure_guide_pdf(guide, settings.SITE_URL)
    except Exception:
        logger.exception("Could not render the PDF of guide %s; will retry", guide_id)
        raise
