"""The Django views of the academy, outside the Wagtail page tree (hub/urls.py includes them
before Wagtail's catch-all).

- Below /academie/ (the course catalogue itself is a Wagtail page there): "Mijn academie" and
  the certificates. The slugs used here ("mijn", "certificaat") are reserved, so a course can
  never take them (see CoursePage.clean).
- Below /masterclasses/ (the masterclass index page): the links from the emails, to confirm
  and to cancel a registration. Their slugs ("bevestigen", "afmelden") are reserved for the
  same reason (see MasterclassPage.clean). A code holds only the characters of a page path.
"""

from django.urls import path, re_path

from academie.views import certificates, masterclass_links, my_academy

app_name = "academie"

urlpatterns = [
    path("academie/mijn/", my_academy.dashboard, name="dashboard"),
    path("academie/mijn/verder/<int:pk>/", my_academy.resume, name="resume"),
    path("academie/mijn/gegevens/", my_academy.data_export, name="data_export"),
    path("academie/mijn/account-verwijderen/", my_academy.delete_account, name="delete_account"),
    path(
        "academie/mijn/certificaten/<str:code>/pdf/",
        certificates.certificate_pdf,
        name="certificate_pdf",
    ),
    path("academie/certificaat/", certificates.certificate_lookup, name="certificate_lookup"),
    path("academie/certificaat/<str:code>/", certificates.certificate_detail, name="certificate"),
    re_path(
        r"^masterclasses/bevestigen/(?P<code>[\w-]+)/$",
        masterclass_links.confirm,
        name="masterclass_confirm",
    ),
    re_path(
        r"^masterclasses/afmelden/(?P<code>[\w-]+)/$",
        masterclass_links.cancel,
        name="masterclass_cancel",
    ),
]
