"""The faceted list of good practices at /praktijkvoorbeelden/."""

from django.utils.translation import gettext as _

from handreikingen.search import GoodPracticeSearch
from hub.faceting.views import render_listing


def practice_listing(request, index_page):
    return render_listing(
        request,
        GoodPracticeSearch(request, index_page=index_page).run(),
        page=index_page,
        result_template="handreikingen/includes/practice_card.html",
        search_label=_("Zoek in de praktijkvoorbeelden"),
    )
