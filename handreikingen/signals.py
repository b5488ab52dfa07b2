"""Rebuild a guide's PDF in the background when the guide or one of its chapters is published."""

from wagtail.signals import page_published

from hub.queue import enqueue_on_commit


def rebuild_pdf_on_publish(sender, instance, **kwargs):
    from handreikingen.models import GuideChapterPage, GuidePage
    from handreikingen.tasks import build_guide_pdf

    if isinstance(instance, GuidePage):
        enqueue_on_commit(build_guide_pdf, instance.pk)
    elif isinstance(instance, GuideChapterPage):
        enqueue_on_commit(build_guide_pdf, instance.get_parent().pk)


def connect():
    page_published.connect(rebuild_pdf_on_publish, dispatch_uid="guide-pdf-on-publish")
