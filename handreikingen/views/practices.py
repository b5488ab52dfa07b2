"""The faceted list of good practices at /praktijkvoorbeelden/."""

from django.utils.translation import gettext as _

from handreikingen.search import GoodPracticeSearch


def practice_listing(request, index_page):
    state = GoodPracticeSearch(request, index_page=index_page).run()
    response = index_page.render(
        request,
        context_overrides={
            "search": state,
            "result_template": "handreikingen/includes/practice_card.html",
            "search_label": _("Zoek in de praktijkvoorbeelden"),
        },
    )
    if state.query:
        response["X-Robots-Tag"] = "noindex"
    return response
