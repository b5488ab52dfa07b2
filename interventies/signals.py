"""Signal receivers of the intervention database (connected in InterventiesConfig.ready)."""

from django.contrib import messages
from django.utils.translation import ngettext

from interventies.services import shortlist


def merge_shortlist_at_login(sender, request, user, **kwargs):
    """The list a visitor kept before logging in joins the account's list."""
    if request is None:
        return
    left_out = shortlist.merge_session_list(request, user)
    if left_out and hasattr(request, "_messages"):
        messages.warning(
            request,
            ngettext(
                "Uw lijst is vol. %(count)d interventie van voor het inloggen paste er niet "
                "meer bij.",
                "Uw lijst is vol. %(count)d interventies van voor het inloggen pasten er niet "
                "meer bij.",
                left_out,
            )
            % {"count": left_out},
        )
