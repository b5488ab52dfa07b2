"""Mijn Kennishub and the alerts. The email links live under /meldingen/bevestigen/ and
/meldingen/afmelden/, whose codes hub.ops.redact keeps out of the logs."""

from django.urls import path

from mijn.views import alerts, dashboard

app_name = "mijn"

urlpatterns = [
    path("mijn/", dashboard.dashboard, name="dashboard"),
    path("mijn/meldingen/<uuid:public_id>/verwijderen/", alerts.delete, name="alert_delete"),
    path("meldingen/nieuw/", alerts.new, name="alert_new"),
    path("meldingen/nieuw/verstuurd/", alerts.sent, name="alert_sent"),
    path("meldingen/bevestigen/<str:code>/", alerts.confirm, name="alert_confirm"),
    path("meldingen/afmelden/<str:code>/", alerts.unsubscribe, name="alert_unsubscribe"),
]
