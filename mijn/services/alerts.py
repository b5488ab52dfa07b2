"""The rules of alerts ("Houd mij op de hoogte"): saving a listing's filters, the double
opt-in for visitors without an account, unsubscribing, and the weekly email.

Filters are read by the listing's own faceting engine (hub.faceting params cleaning), so an
alert stores only what the listing understands; the weekly email finds its pages with the
listings' `filtered_queryset()`, so it agrees with what the site shows (live, public pages).

The weekly email covers the pages published (new or changed) since the previous run for that
alert. Each alert records the week it last had (`last_period`) in the same transaction as the
email's outbox row, so a retried or doubled run never sends twice; a week without news sends
nothing, but still counts as handled.
"""

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hub.faceting.params import short
from hub.models import OutboundEmail
from mijn.models import Alert

logger = logging.getLogger(__name__)

# The weekly email goes out from Monday 07:00 (local time) on: a week runs from then.
WEEK_STARTS_AFTER = timedelta(hours=7)
# A confirmation email is sent again for the same alert at most this often.
CONFIRM_RESEND_AFTER = timedelta(minutes=5)
# More query parameters than this is no listing link a person made: refused before cleaning.
MAX_RAW_VALUES = 100
# Pages listed per kind in one email; the rest is a link to the listing.
MAX_ITEMS_PER_KIND = 15
# Parameters of a listing URL that are not filters.
NOT_FILTERS = ("lijst", "page", "sort", "format")


class AlertRefused(Exception):
    """A request the rules refuse, with a message for the visitor (Dutch, B1)."""

    def __init__(self, message, code=""):
        super().__init__(message)
        self.message = message
        self.code = code


# --------------------------------------------------------------------------- listings


def _listing_classes():
    from handreikingen.search import GoodPracticeSearch
    from interventies.search import InterventionSearch

    return {
        Alert.Listing.INTERVENTIONS: InterventionSearch,
        Alert.Listing.PRACTICES: GoodPracticeSearch,
    }


def _index_models():
    from handreikingen.models import GoodPracticeIndexPage
    from interventies.models import InterventionIndexPage

    return {
        Alert.Listing.INTERVENTIONS: InterventionIndexPage,
        Alert.Listing.PRACTICES: GoodPracticeIndexPage,
    }


@dataclass
class Kind:
    """One kind of page in the weekly email, found with its listing class."""

    key: str
    label: str
    search_class: type


def kinds():
    from handreikingen.search import GoodPracticeSearch, GuideSearch
    from interventies.search import InterventionSearch

    return [
        Kind("interventies", gettext_lazy("Interventies"), InterventionSearch),
        Kind("handreikingen", gettext_lazy("Handreikingen"), GuideSearch),
        Kind("praktijkvoorbeelden", gettext_lazy("Praktijkvoorbeelden"), GoodPracticeSearch),
    ]


def listing_class(listing):
    try:
        return _listing_classes()[listing]
    except KeyError:
        raise AlertRefused(
            _(
                "Voor deze lijst kunt u geen melding maken. Dat kan bij de interventies en de "
                "praktijkvoorbeelden."
            ),
            code="listing",
        ) from None


def as_querydict(params):
    """The stored filters as a listing's query parameters."""
    query = QueryDict(mutable=True)
    for name, value in params.items():
        if isinstance(value, list):
            query.setlist(name, [str(v) for v in value])
        else:
            query[name] = str(value)
    return query


@dataclass
class Filters:
    """A listing's filters as an alert keeps them, with what the listing had to ignore."""

    listing: str
    params: dict
    notices: list = field(default_factory=list)

    @property
    def query_string(self):
        return as_querydict(self.params).urlencode()


def read_filters(listing, query):
    """The filters of `listing` (an Alert.Listing value) in `query` (a QueryDict) that the
    listing understands. Unknown parameters and values are left out (with a notice, as on
    the listing); too many are refused with AlertRefused."""
    search_class = listing_class(listing)
    raw = query.copy()
    for name in NOT_FILTERS:
        raw.pop(name, None)
    if sum(len(raw.getlist(name)) for name in raw) > MAX_RAW_VALUES:
        raise AlertRefused(too_many_message(), code="too_many")
    search = search_class(None, params=raw)
    params = {name: list(values) for name, values in search.selected.items()}
    if sum(len(values) for values in params.values()) > settings.ALERTS_MAX_FILTER_VALUES:
        raise AlertRefused(too_many_message(), code="too_many")
    if search.query:
        params["q"] = search.query
    notices = list(search.notices)
    if len(notices) > 5:
        notices = [
            *notices[:5],
            _("En nog %(n)s andere filters die we niet kennen; die hebben we ook genegeerd.")
            % {"n": len(notices) - 5},
        ]
    return Filters(listing=listing, params=params, notices=notices)


def too_many_message():
    return _(
        "U heeft te veel filters gekozen voor één melding (meer dan %(n)s). Ga terug naar de "
        "lijst, kies minder filters en probeer het opnieuw."
    ) % {"n": settings.ALERTS_MAX_FILTER_VALUES}


def describe(listing, params, searches=None):
    """What an alert is about, for people: [(label, "value, value")], text search first.
    Pass a dict as `searches` to describe many alerts with one set of facet options per
    listing (tag options cost a query)."""
    search_class = listing_class(listing)
    if searches is None:
        searches = {}
    if listing not in searches:
        searches[listing] = search_class(None, params=QueryDict())
    search = searches[listing]
    lines = []
    if params.get("q"):
        lines.append((_("Zoekwoorden"), short(params["q"])))
    for facet in search_class.facets:
        values = params.get(facet.param) or []
        if not values:
            continue
        labels = {option.value: option.label for option in search.options(facet)}
        lines.append((str(facet.label), ", ".join(str(labels.get(v, v)) for v in values)))
    return lines


def title(alert):
    """ "Interventies: Discriminatiegrond: leeftijd; Domein: wonen" or "Alle interventies"."""
    lines = describe(alert.listing, alert.params)
    if not lines:
        return _("Alle %(listing)s") % {"listing": alert.get_listing_display().lower()}
    filters = "; ".join(f"{label}: {values}" for label, values in lines)
    return f"{alert.get_listing_display()} — {filters}"


def listing_path(listing, params=None, index_urls=None):
    """The path of the listing page with these filters ("" when the site has none). Pass a
    dict as `index_urls` to look each listing's page up once for many alerts."""
    if index_urls is None:
        index_urls = {}
    if listing not in index_urls:
        index = _index_models()[listing].objects.live().first()
        index_urls[listing] = (index.url or "") if index is not None else ""
    if not index_urls[listing]:
        return ""
    query = as_querydict(params or {}).urlencode()
    return index_urls[listing] + (f"?{query}" if query else "")


def new_alert_path(listing, search):
    """The link of a listing page to save its current filters as an alert (a plain link: the
    listing page stays cacheable; the page behind it has the form)."""
    from django.urls import reverse

    query = search.url_for()[1:]
    return f"{reverse('mijn:alert_new')}?lijst={listing}{'&' if query else ''}{query}"


# --------------------------------------------------------------------------- owners


def _same(alert, filters):
    return alert.listing == filters.listing and alert.params == filters.params


def alerts_of_user(user):
    return Alert.objects.filter(user=user).order_by("created_at", "pk")


def period_key(moment):
    """The week `moment` falls in, weeks starting on Monday at 07:00 local time."""
    year, week, _day = (timezone.localtime(moment) - WEEK_STARTS_AFTER).isocalendar()
    return f"{year}-W{week:02d}"


def save_for_user(user, filters):
    """A signed-in user's alert: active at once. Returns (alert, created); saving the same
    filters twice keeps one alert."""
    with transaction.atomic():
        # Lock the account's row: two posts at once cannot both pass the cap.
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        existing = list(alerts_of_user(user))
        for alert in existing:
            if _same(alert, filters):
                return alert, False
        if len(existing) >= settings.ALERTS_MAX_PER_OWNER:
            raise AlertRefused(
                _(
                    "U heeft al %(n)s meldingen; meer kan niet. Verwijder eerst een melding "
                    "op Mijn Kennishub."
                )
                % {"n": settings.ALERTS_MAX_PER_OWNER},
                code="cap",
            )
        now = timezone.now()
        alert = Alert.objects.create(
            user=user,
            listing=filters.listing,
            params=filters.params,
            confirmed_at=now,
            covered_until=now,
            last_period=period_key(now),
        )
        return alert, True


def request_by_email(email, filters):
    """A visitor's alert, by email address: inactive until confirmed with the link in the
    email. The visitor always sees the same answer; whether the address already had alerts
    is never told. Returns what happened, for tests and logs only: "created", "resent",
    "unchanged" or "capped"."""
    from mijn.emails import alerts as emails

    email = email.strip()
    now = timezone.now()
    with transaction.atomic():
        owned = list(
            Alert.objects.select_for_update().filter(user__isnull=True, email__iexact=email)
        )
        for alert in owned:
            if _same(alert, filters):
                if alert.is_active:
                    return "unchanged"
                if alert.confirm_sent_at and now - alert.confirm_sent_at < CONFIRM_RESEND_AFTER:
                    return "unchanged"
                alert.confirm_sent_at = now
                alert.save(update_fields=["confirm_sent_at"])
                emails.confirm_request(alert)
                return "resent"
        if len(owned) >= settings.ALERTS_MAX_PER_OWNER:
            logger.info("Alert request refused: the address has the maximum number of alerts")
            return "capped"
        alert = Alert.objects.create(
            email=email, listing=filters.listing, params=filters.params, confirm_sent_at=now
        )
        emails.confirm_request(alert)
        return "created"


class AlertNotFound(Exception):
    pass


def confirm(public_id):
    """Activate a visitor's alert (double opt-in). Confirming twice changes nothing."""
    with transaction.atomic():
        alert = Alert.objects.select_for_update().filter(public_id=public_id).first()
        if alert is None:
            raise AlertNotFound
        if not alert.is_active:
            now = timezone.now()
            alert.confirmed_at = now
            alert.covered_until = now
            alert.last_period = period_key(now)
            alert.save(update_fields=["confirmed_at", "covered_until", "last_period"])
        return alert


def _delete(alerts):
    """Delete alerts and the outbox rows they caused (their address and links go too)."""
    OutboundEmail.objects.related_to_queryset(alerts).delete()
    return alerts.delete()[0]


def unsubscribe(public_id):
    """Stop an alert from its email link (no login): the alert and its address go.
    Returns True when there was one to stop."""
    with transaction.atomic():
        return bool(_delete(Alert.objects.filter(public_id=public_id)))


def delete_for_user(user, public_id):
    """A signed-in user deletes one of their own alerts; anyone else's stays (False)."""
    with transaction.atomic():
        return bool(_delete(Alert.objects.filter(user=user, public_id=public_id)))


def purge_unconfirmed(now=None):
    """Visitors' alerts that were never confirmed go once their link has expired."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.ALERTS_CONFIRM_DAYS)
    with transaction.atomic():
        return _delete(Alert.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff))


# --------------------------------------------------------------------------- privacy


def owned_by(user, addresses=()):
    """An account's alerts, and the visitors' alerts at the account's verified addresses."""
    from django.db.models import Q

    from hub.accounts import address_condition

    condition = Q(user=user)
    if addresses:
        condition |= Q(user__isnull=True) & address_condition("email", addresses)
    return Alert.objects.filter(condition)


def export_for(user, addresses=()):
    rows = []
    for alert in owned_by(user, addresses).order_by("created_at", "pk"):
        path = listing_path(alert.listing, alert.params)
        rows.append(
            {
                "melding": title(alert),
                "lijst": alert.get_listing_display(),
                "filters": alert.params,
                "link": settings.SITE_URL + path if path else "",
                "e_mailadres": alert.recipient,
                "aangemaakt_op": alert.created_at.isoformat(),
                "bevestigd_op": alert.confirmed_at.isoformat() if alert.confirmed_at else None,
                "laatste_e_mail": alert.last_sent_at.isoformat() if alert.last_sent_at else None,
            }
        )
    return rows


def forget(user, addresses=()):
    """Erase an account's alerts (and those at its verified addresses), with their emails."""
    return _delete(owned_by(user, addresses))


# --------------------------------------------------------------------------- weekly email


@dataclass
class Section:
    kind: Kind
    items: list  # (page, is_new)
    total: int


def news(alert, since, until):
    """What is new or changed between `since` and `until` among the pages that match the
    alert's filters, per kind of page. A kind takes part only when its listing understands
    every filter of the alert (a filter on evidence never brings guides, which have none)."""
    wanted = {name for name in alert.params if name != "q"}
    query = as_querydict(alert.params)
    sections = []
    for kind in kinds():
        if not wanted <= {facet.param for facet in kind.search_class.facets}:
            continue
        queryset = (
            kind.search_class(None, params=query)
            .filtered_queryset()
            .filter(last_published_at__gt=since, last_published_at__lte=until)
            .order_by("-last_published_at", "pk")
        )
        pages = list(queryset[: MAX_ITEMS_PER_KIND + 1])
        if not pages:
            continue
        total = len(pages) if len(pages) <= MAX_ITEMS_PER_KIND else queryset.count()
        items = [
            (page, page.first_published_at is not None and page.first_published_at > since)
            for page in pages[:MAX_ITEMS_PER_KIND]
        ]
        sections.append(Section(kind=kind, items=items, total=total))
    return sections


def send_digest(alert_id, now=None):
    """The weekly email of one alert, once per week. Returns True when an email was queued."""
    from mijn.emails import alerts as emails

    now = now or timezone.now()
    period = period_key(now)
    with transaction.atomic():
        alert = (
            Alert.objects.select_for_update()
            .filter(pk=alert_id, confirmed_at__isnull=False)
            .first()
        )
        if alert is None or alert.last_period == period:
            return False
        since = alert.covered_until or alert.confirmed_at
        sections = news(alert, since, now)
        if sections:
            emails.digest(alert, sections)
            alert.last_sent_at = now
        alert.covered_until = now
        alert.last_period = period
        alert.save(update_fields=["covered_until", "last_period", "last_sent_at"])
        return bool(sections)


def send_due(now=None):
    """Every active alert that has not had this week yet; one failing alert never stops the
    others. Returns how many emails were queued."""
    now = now or timezone.now()
    period = period_key(now)
    due = list(
        Alert.objects.active()
        .exclude(last_period=period)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    sent = 0
    for alert_id in due:
        try:
            sent += send_digest(alert_id, now)
        except Exception:
            logger.exception("Alert %s: the weekly email could not be made", alert_id)
    return sent
