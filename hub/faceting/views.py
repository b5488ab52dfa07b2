"""Rendering a listing page: every listing view (interventions, good practices, courses,
masterclass sessions, the site search) ends the same way."""

from django.template.response import TemplateResponse


def render_listing(
    request, state, *, result_template, search_label, page=None, template=None, **extra
):
    """The listing page for `state` (a SearchState, or None before anything was asked).

    `page` is the index page whose template and context the listing uses (None: `template`
    with only the listing's context). A page that shows search results for a text query is
    never indexed by search engines (X-Robots-Tag).
    """
    context = page.get_context(request) if page is not None else {}
    context.update(
        {"search": state, "result_template": result_template, "search_label": search_label}
    )
    context.update(extra)
    response = TemplateResponse(request, template or page.get_template(request), context)
    if state is not None and state.query:
        response["X-Robots-Tag"] = "noindex"
    return response
