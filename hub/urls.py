import re

from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.documents import urls as wagtaildocs_urls

from hub import views
from hub.api import api_router

urlpatterns = [
    # Admin sign-in goes through allauth (throttling, two-factor codes); keep ?next=.
    path("admin/login/", views.admin_login_redirect, name="admin_login_redirect"),
    # Every password reset goes through allauth (throttled, through the outbox); Wagtail's
    # own reset pages (and their links in old emails) lead there.
    re_path(
        r"^admin/password_reset/",
        RedirectView.as_view(pattern_name="account_reset_password", query_string=False),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": Sitemap}}),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("zoeken/", views.search, name="search"),
    path("zoeken/suggesties/", views.search_suggestions, name="search_suggestions"),
    # /academie/mijn/, /academie/certificaat/ and the masterclass email links.
    path("", include("academie.urls")),
    path("handreikingen/", include("handreikingen.urls")),
    # /mijn/lijst/: the visitor's list of interventions ("Mijn lijst").
    path("", include("interventies.urls")),
    # /mijn/ (Mijn Kennishub) and the alerts: /meldingen/nieuw/, the email links.
    path("", include("mijn.urls")),
    # /beleidsscan/: the policy scan, its private links and review.
    path("beleidsscan/", include("beleidsscan.urls")),
]

if getattr(settings, "BENCH_ENDPOINTS", False):
    from hub.ops.bench import floor

    urlpatterns += [path("_bench/floor/", floor)]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Uploaded media, for `make demo` and development only: Django's static() helper serves
    # nothing with DEBUG off, so the view is routed here directly (hub/settings/demo.py).
    from django.views.static import serve

    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]
if settings.DEBUG:
    urlpatterns += [path("500/", views.preview_server_error)]

urlpatterns += [path("", include(wagtail_urls))]

# /healthz and /readyz are answered by hub.ops.middleware.HealthCheckMiddleware, before the host
# check and the HTTPS redirect. Error pages are Dutch (templates/400.html ... 500.html); the
# CSRF failure page is settings.CSRF_FAILURE_VIEW and allauth's rate limit page is 429.html.
handler400 = "hub.views.bad_request"
handler403 = "hub.views.permission_denied"
handler404 = "hub.views.page_not_found"
handler500 = "hub.views.server_error"
