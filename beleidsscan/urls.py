"""The beleidsscan's addresses below /beleidsscan/ (hub/urls.py includes them before Wagtail).

The private link /beleidsscan/toegang/<code>/ is redacted from the logs (hub.ops.redact);
everything below /beleidsscan/ is personal and never in the page cache (hub.pagecache)."""

from django.urls import path

from beleidsscan.views import links, review

app_name = "beleidsscan"

urlpatterns = [
    path("toegang/<str:code>/", links.enter, name="enter"),
    # Review ("laten toetsen"): submit (owner), the uploaded document (owner or editor).
    path("<uuid:public_id>/toetsen/", review.submit, name="review_submit"),
    path("<uuid:public_id>/document/", review.document, name="document"),
]
