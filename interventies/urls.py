"""The visitor's "Mijn lijst" of interventions (hub/urls.py includes these before Wagtail's
catch-all). /mijn/ is "Mijn Kennishub" in the URL contract (DESIGN.md); the list works
without an account too (kept in the session). Compare lives on the database's index page:
/interventies/vergelijk/ (InterventionIndexPage.compare)."""

from django.urls import path

from interventies import views

app_name = "shortlist"

urlpatterns = [
    path("mijn/lijst/", views.shortlist_page, name="list"),
    path("mijn/lijst/bewaren/", views.shortlist_add, name="add"),
    path("mijn/lijst/verwijderen/", views.shortlist_remove, name="remove"),
]
