"""The faceted list of good practices at /praktijkvoorbeelden/."""

from django.utils.translation import gettext as _

from handreikingen.search import GoodPracticeSearch
from hub.faceting.views import render_listing
from mijn.models import Alert
from mijn.services import alerts


def practice_listing(request, index_page):
    search = GoodPracticeSearch(request, index_page=index_page)
    return render_listing(
        request,
        search.run(),
        page=index_page,
        result_template="handreikingen/includes/practice_card.html",
        search_label=_("Zoek in de praktijkvoorbeelden"),
        alert_url=alerts.new_alert_path(Alert.Listing.PRACTICES, search),
    )
