from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import render
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import requires_csrf_token


def bad_request(request, exception=None):
    """400: rendered without the request, because the request itself may be the problem.

    A DisallowedHost would be raised again by anything that asks for the host (the site
    navigation does), which would turn the 400 into a 500.
    """
    return HttpResponseBadRequest(loader.get_template("400.html").render())


@requires_csrf_token
def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def csrf_failure(request, reason=""):
    """settings.CSRF_FAILURE_VIEW: a form that was open too long, or cookies that were blocked.

    `reason` is for the log only (Django logs it under django.security.csrf); the visitor gets
    an explanation and a way forward in Dutch.
    """
    response = render(request, "403_csrf.html", status=403)
    add_never_cache_headers(response)
    return response


@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    """The 500 page is rendered without context processors: the database may be the problem."""
    return HttpResponseServerError(loader.get_template("500.html").render())


def preview_server_error(request):
    return server_error(request)


@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /zoeken/",
        "Disallow: /academie/mijn/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def search(request):
    """/zoeken/: the site-wide search. Pages with a query are never cached or indexed."""
    from hub import sitesearch
    from hub.faceting.views import render_listing

    site_search = sitesearch.SiteSearch(request)
    has_input = bool(site_search.query or site_search.selected)
    state = site_search.run() if has_input else None
    promoted = sitesearch.promoted_pages(site_search.query, site_search.site) if state else []
    if state is not None and site_search.query and state.total == 0 and not site_search.selected:
        sitesearch.log_zero_results(site_search.query)
    response = render_listing(
        request,
        state,
        template="hub/search.html",
        result_template="hub/includes/search_result.html",
        search_label=_("Zoek op de hele site"),
        query=site_search.query,
        header_query=site_search.query,
        promoted=promoted,
    )
    if has_input:
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
    return response


def search_suggestions(request):
    """JSON title suggestions for the search box in the header."""
    from hub.sitesearch import suggestions

    response = JsonResponse({"suggestions": suggestions(request, request.GET.get("q", ""))})
    add_never_cache_headers(response)
    return response


@cache_control(max_age=86400, public=True)
def security_txt(request):
    """RFC 9116 security.txt: how to report a vulnerability."""
    from datetime import timedelta

    from django.conf import settings
    from django.utils import timezone

    expires = (timezone.now() + timedelta(days=365)).replace(microsecond=0).isoformat()
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires}",
        "Preferred-Languages: nl, en",
        f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def admin_login_redirect(request):
    from django.shortcuts import redirect
    from django.utils.http import url_has_allowed_host_and_scheme, urlencode

    target = request.GET.get("next", "/admin/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/admin/"
    return redirect(f"/accounts/login/?{urlencode({'next': target})}")
