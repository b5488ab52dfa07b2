"""The pages behind the links in the masterclass emails: /masterclasses/bevestigen/<code>/
(confirm the email address, double opt-in) and /masterclasses/afmelden/<code>/ (cancel,
without logging in).

Both are routes of academie/urls.py. They are shown in the context of the live masterclass
index page of the site, and served as Wagtail serves a route of that page: its serve hooks
run first (the methods the page allows, view restrictions).

A link shows a page with one button that POSTs, so the link checkers of mail systems (which
only GET) never change anything; after the POST the page shows the new state.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.core import signing
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Site

from academie import tokens
from academie.emails import calendar
from academie.forms.masterclasses import ConfirmForm
from academie.models import MasterclassIndexPage
from academie.services import RegistrationRefused
from academie.services import registration as service
from academie.views.masterclasses import with_availability
from academie.views.responses import render_page


@dataclass(frozen=True)
class EmailLink:
    """What one kind of link does: which code it takes, its page, and the service it calls."""

    purpose: str  # tokens.CONFIRM or tokens.CANCEL
    template: str
    act: Callable  # the service it calls with the registration
    done_message: str = ""  # after the POST, for the registration's own signed-in account


CONFIRM = EmailLink(
    purpose=tokens.CONFIRM,
    template="academie/masterclasses/confirm.html",
    act=service.confirm,
)
CANCEL = EmailLink(
    purpose=tokens.CANCEL,
    template="academie/masterclasses/cancel.html",
    act=service.cancel,
    done_message=_("U bent afgemeld. U krijgt een bevestiging per e-mail."),
)


def confirm(request, code):
    """/masterclasses/bevestigen/<code>/: confirm the email address (double opt-in)."""
    return _serve_on_index_page(request, CONFIRM, code)


def cancel(request, code):
    """/masterclasses/afmelden/<code>/: cancel without logging in."""
    return _serve_on_index_page(request, CANCEL, code)


def _index_page(request):
    site = Site.find_for_request(request)
    index_page = None
    if site is not None:
        index_page = (
            MasterclassIndexPage.objects.live()
            .descendant_of(site.root_page, inclusive=True)
            .first()
        )
    if index_page is None:
        raise Http404
    return index_page


def _serve_on_index_page(request, link, code):
    """Serve the link as Wagtail serves a page (wagtail.views.serve): the `on_serve_page`
    and `before_serve_page` hooks run around and before the view."""
    index_page = _index_page(request)
    args = (code,)

    def serve(page, request, serve_args, serve_kwargs):
        return _answer(request, page, link, *serve_args)

    for wrap in reversed(hooks.get_hooks("on_serve_page")):
        serve = wrap(serve)
    for before in hooks.get_hooks("before_serve_page"):
        result = before(index_page, request, args, {})
        if isinstance(result, HttpResponse):
            return result
    return serve(index_page, request, args, {})


def _answer(request, index_page, link, code):
    """The page of a link (GET), or doing what it says (POST) and showing the new state."""
    registration = _registration_for(code, link.purpose)
    if registration is None:
        return _link_problem(request, index_page, link.purpose)
    if request.method == "POST":
        try:
            link.act(registration)
        except RegistrationRefused as error:
            registration.refresh_from_db()
            context = {**_link_context(registration), "error": error.message}
            return render_page(
                request, index_page, link.template, context, status=400, private=True
            )
        own = request.user.is_authenticated and registration.user_id == request.user.pk
        if link.done_message and own:
            messages.success(request, link.done_message)
        return HttpResponseRedirect(request.path)
    return render_page(
        request, index_page, link.template, _link_context(registration), private=True
    )


def _registration_for(code, purpose):
    try:
        public_id = tokens.read(code, purpose)
    except signing.BadSignature:
        return None
    return service.find_by_public_id(public_id)


def _link_problem(request, index_page, purpose):
    return render_page(
        request,
        index_page,
        "academie/masterclasses/link_problem.html",
        {"purpose": purpose},
        status=400,
        private=True,
    )


def _link_context(registration):
    session = registration.session
    now = timezone.now()
    with_availability([session], now)
    return {
        "registration": registration,
        "session": session,
        "series": session.page,
        "form": ConfirmForm(),
        "calendar_links": calendar.calendar_links(session),
        "position": registration.waitlist_position(),
        "started": session.has_started(now),
    }
