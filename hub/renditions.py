"""Image renditions are made when a page is published, not on the first visitor's request."""

from celery import shared_task
from django.contrib.contenttypes.models import ContentType
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex

from hub.queue import enqueue_on_commit

# The rendition filters our templates use (templates/blocks/figure.html).
RENDITION_SPECS = ["width-1200"]


def images_used_by(page):
    Image = get_image_model()
    content_type = ContentType.objects.get_for_model(Image)
    ids = (
        ReferenceIndex.get_references_for_object(page)
        .filter(to_content_type=content_type)
        .values_list("to_object_id", flat=True)
    )
    return Image.objects.filter(pk__in=[int(pk) for pk in ids])


def pregenerate(page):
    """Create the renditions of every image the page uses; returns how many images."""
    images = list(images_used_by(page))
    for image in images:
        image.get_renditions(*RENDITION_SPECS)
    return len(images)


def on_publish(sender, instance, **kwargs):
    enqueue_on_commit(pregenerate_renditions, instance.pk)


@shared_task(
    name="hub.tasks.pregenerate_renditions",
    autoretry_for=(OSError,),
    retry_backoff=10,
    max_retries=3,
)
def pregenerate_renditions(page_id):
    """Make the image renditions of a page that was just published."""
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    return pregenerate(page.specific) if page else 0
