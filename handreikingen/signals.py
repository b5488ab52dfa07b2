"""Keep each guide's PDF true to the site: rebuilt in the background when the guide or a
chapter is published; discarded at once when a view restriction on the guide, a chapter or
a page above them changes (the next download renders one without restricted chapters).
Connected from HandreikingenConfig.ready() through hub.signals.connect."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published

from hub.queue import enqueue_on_commit


def rebuild_pdf_on_publish(sender, instance, **kwargs):
    from handreikingen.models import GuideChapterPage, GuidePage
    from handreikingen.tasks import build_guide_pdf

    if isinstance(instance, GuidePage):
        enqueue_on_commit(build_guide_pdf, instance.pk)
    elif isinstance(instance, GuideChapterPage):
        enqueue_on_commit(build_guide_pdf, instance.get_parent().pk)


def discard_pdfs_on_restriction(sender, instance, **kwargs):
    from handreikingen.models import GuidePage
    from handreikingen.pdf import discard_guide_pdfs
    from handreikingen.tasks import build_guide_pdf

    page = instance.page
    guides = GuidePage.objects.filter(path__startswith=page.path) | GuidePage.objects.filter(
        pk__in=[ancestor.pk for ancestor in page.get_ancestors()]
    )
    for guide_id in guides.values_list("pk", flat=True):
        discard_guide_pdfs(guide_id)
        enqueue_on_commit(build_guide_pdf, guide_id)


TABLE = [
    # signal, models, receiver: why
    # The PDF holds the guide and its chapters: a new publication makes a new PDF.
    (page_published, None, rebuild_pdf_on_publish),
    # The PDF holds the public chapters only: a restriction discards it at once.
    (post_save, (PageViewRestriction,), discard_pdfs_on_restriction),
    (post_delete, (PageViewRestriction,), discard_pdfs_on_restriction),
]
