"""Image renditions are made when a page is published, not on the first visitor's request."""

from django.contrib.contenttypes.models import ContentType
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex

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
    from hub.queue import enqueue_on_commit
    from hub.tasks import pregenerate_renditions

    enqueue_on_commit(pregenerate_renditions, instance.pk)
