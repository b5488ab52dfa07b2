"""Mijn Kennishub (/mijn/): a signed-in user's beleidsscans, alerts, each with its filters, a link to the
listing and a delete button; links to Mijn academie and the account's data."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from beleidsscan.services import scans as policy_scans
from mijn.services import alerts as service


@never_cache
@login_required
def dashboard(request):
    # Facet options and the listing's page once per listing, however many alerts.
    searches, index_urls = {}, {}
    alerts = [
        {
            "alert": alert,
            "listing": alert.get_listing_display(),
            "lines": service.describe(alert.listing, alert.params, searches),
            "url": service.listing_path(alert.listing, alert.params, index_urls),
        }
        for alert in service.alerts_of_user(request.user)
    ]
    response = render(
        request,
        "mijn/dashboard.html",
        {"alerts": alerts, "policy_scans": list(policy_scans.scans_of_user(request.user))},
    )
    response["X-Robots-Tag"] = "noindex"
    return response
