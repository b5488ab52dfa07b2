from django import template

register = template.Library()


@register.simple_tag
def item_state(progress, item):
    """ "done", "locked" or "open" for a lesson or quiz; "" when there is no progress."""
    return progress.state(item) if progress is not None else ""
