"""The beleidsscan's addresses below /beleidsscan/ (hub/urls.py includes them before Wagtail).

The private link /beleidsscan/toegang/<code>/ and the confirmation link are redacted from the
logs (hub.ops.redact); everything below /beleidsscan/ is personal and never in the page cache
(hub.pagecache)."""

from django.urls import path

from beleidsscan.views import links, reports, review, scan

app_name = "beleidsscan"

urlpatterns = [
    path("", scan.start, name="start"),
    path("toegang/<str:code>/", links.enter, name="enter"),
    path("bevestigen/<str:code>/", links.confirm_email, name="confirm_email"),
    path("<uuid:public_id>/", scan.overview, name="overview"),
    path("<uuid:public_id>/stap/<int:number>/", scan.step, name="step"),
    path("<uuid:public_id>/afronden/", scan.finish, name="finish"),
    path("<uuid:public_id>/resultaat/", scan.result, name="result"),
    path("<uuid:public_id>/nieuwe-versie/", scan.new_version, name="new_version"),
    path("<uuid:public_id>/verwijderen/", scan.delete, name="delete"),
    path("<uuid:public_id>/bewaren/", links.keep_in_account, name="keep"),
    path("<uuid:public_id>/delen/", links.share, name="share"),
    path("<uuid:public_id>/link-mailen/", links.email_link, name="email_link"),
    path("<uuid:public_id>/rapport/pdf/", reports.report_pdf, name="report_pdf"),
    path("<uuid:public_id>/rapport/word/", reports.report_docx, name="report_docx"),
    # Review ("laten toetsen"): submit (owner), the uploaded document (owner or editor).
    path("<uuid:public_id>/toetsen/", review.submit, name="review_submit"),
    path("<uuid:public_id>/document/", review.document, name="document"),
]
