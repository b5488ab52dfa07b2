"""Private links: opening one, sharing, keeping a scan in an account, emailing the link."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from beleidsscan.services import access
from beleidsscan.views.common import private_page


@private_page
@require_GET
def enter(request, code):
    """A private link: remember the grant in the session, then go to the scan itself."""
    try:
        link = access.find_link(code)
    except access.LinkInvalid:
        response = render(request, "beleidsscan/link_invalid.html", status=404)
        return response
    access.remember(request, link)
    access.touch(link.scan)
    if link.kind == access.EDITOR:
        messages.info(request, _("U werkt mee aan deze scan via een gedeelde link."))
    return redirect("beleidsscan:overview", public_id=link.scan.public_id)
