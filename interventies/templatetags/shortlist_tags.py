"""The "Bewaar in mijn lijst" button of an intervention (its page and its card)."""

from django import template

from interventies.services import shortlist
from interventies.views import RESULT_TEMPLATE as CARD_TEMPLATE

register = template.Library()

# Set on the request when a card's button needs the shared POST form (`shortlist_form`).
_NEEDS_FORM = "_interventies_shortlist_form"


@register.inclusion_tag("interventies/includes/shortlist_button.html", takes_context=True)
def shortlist_button(context, item, card=False):
    """The button for `item`.

    For a visitor who may have a list (signed in, or with a session) a button that POSTs
    (with a CSRF token) to add or remove it. For anyone else the page may be served from the
    shared page cache, so it carries no token and no personal state: a link to the page that
    asks to confirm (interventies.views.shortlist_add). The list is read once per request
    (shortlist.shortlist_ids), whatever the number of cards.

    A card sits inside the listing's GET form, and forms cannot nest: its button belongs to
    one shared POST form at the end of the page (`shortlist_form`, in base.html) through its
    `form` attribute, and carries the id as its value and `next` in its `formaction`.
    """
    request = context.get("request")
    personal = request is not None and shortlist.is_personal(request)
    next_url = request.get_full_path() if request is not None else ""
    if card:
        # Come back to the card (its title's id) rather than to the top of the listing.
        next_url = f"{next_url}#interventie-{item.pk}"
        if personal:
            setattr(request, _NEEDS_FORM, True)
    return {
        "item": item,
        "card": card,
        "personal": personal,
        "saved": personal and shortlist.contains(request, item.pk),
        "next": next_url,
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("interventies/includes/shortlist_form.html", takes_context=True)
def shortlist_form(context):
    """The shared POST form of the cards' buttons, when a card on this page needs it, or on
    an intervention listing for a visitor with a list (listing.js swaps cards in later)."""
    request = context.get("request")
    if request is None:
        return {"needed": False}
    needed = getattr(request, _NEEDS_FORM, False) or (
        context.get("result_template") == CARD_TEMPLATE and shortlist.is_personal(request)
    )
    return {"needed": needed, "csrf_token": context.get("csrf_token")}
