"""Django views of the academy under /academie/ (the catalogue itself is a Wagtail page).

Course pages live in the Wagtail tree below /academie/; the slugs used here ("mijn",
"certificaat") are reserved, so a course can never take them (see CoursePage.clean).
"""

from django.urls import path

from academie import views

app_name = "academie"

urlpatterns = [
    path("mijn/", views.dashboard, name="dashboard"),
    path("mijn/verder/<int:pk>/", views.resume, name="resume"),
    path("mijn/gegevens/", views.data_export, name="data_export"),
    path("mijn/account-verwijderen/", views.delete_account, name="delete_account"),
    path("mijn/certificaten/<str:code>/pdf/", views.certificate_pdf, name="certificate_pdf"),
    path("certificaat/", views.certificate_lookup, name="certificate_lookup"),
    path("certificaat/<str:code>/", views.certificate_detail, name="certificate"),
]
