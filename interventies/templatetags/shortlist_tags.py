"""The "Bewaar in mijn lijst" button of an intervention (its page and its card)."""

from django import template

from interventies.services import shortlist

register = template.Library()


@register.inclusion_tag("interventies/includes/shortlist_button.html", takes_context=True)
def shortlist_button(context, item, card=False):
    """The button for `item`. For a visitor who may have a list (signed in, or with a
    session), a POST form with a CSRF token that adds or removes it. For anyone else the page
    may be served from the shared page cache, so it carries no token and no personal state:
    a GET form to the page that asks to confirm (interventies.views.shortlist_add). The list
    is read once per request (shortlist.shortlist_ids), whatever the number of cards."""
    request = context.get("request")
    # On a card, come back to the card (its id) rather than to the top of the listing.
    anchor = f"interventie-{item.pk}" if card else ""
    personal = request is not None and shortlist.is_personal(request)
    next_url = request.get_full_path() if request is not None else ""
    return {
        "item": item,
        "personal": personal,
        "saved": personal and shortlist.contains(request, item.pk),
        "next": f"{next_url}#{anchor}" if anchor else next_url,
        "csrf_token": context.get("csrf_token"),
    }
