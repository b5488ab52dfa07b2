"""Responses rendered in the context of a page, as Wagtail renders the page itself."""

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers


def render_page(request, page, template, context, status=200, *, private=False, fresh=False):
    """`template` with the context of `page` (page.get_context) and `context` on top.

    fresh: never cached (what it shows changes with every registration and with the clock).
    private: reached with a personal code: never cached, never indexed.
    """
    response = TemplateResponse(
        request, template, {**page.get_context(request), **context}, status=status
    )
    if fresh or private:
        add_never_cache_headers(response)
    if private:
        response["X-Robots-Tag"] = "noindex"
    return response
