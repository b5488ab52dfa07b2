"""Calendar entries for masterclass sessions: an .ics file (icalendar, with a VTIMEZONE for
Europe/Amsterdam) and "add to calendar" links for Google Calendar and Outlook."""

from datetime import UTC, date, datetime
from urllib.parse import urlencode, urlsplit

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from academie import conf
from academie.models.masterclasses.sessions import AMSTERDAM

PRODID = "-//Kennishub Antidiscriminatie//Masterclasses//NL"


def summary(session):
    return _("Masterclass %(title)s – %(city)s") % {
        "title": session.page.title,
        "city": session.city,
    }


def programme_lines(page):
    lines = []
    for child in page.programme or []:
        value = child.value
        start = f"{value['start']:%H.%M}"
        if child.block_type == "workshops":
            titles = ", ".join(item["title"] for item in value["workshops"])
            lines.append(f"{start} {value['title']}: {titles}")
        else:
            speaker = f" ({value['speaker']})" if value.get("speaker") else ""
            lines.append(f"{start} {value['title']}{speaker}")
    return lines


def description(session, registration=None, cancel_url=""):
    parts = [session.page.intro or ""]
    lines = programme_lines(session.page)
    if lines:
        parts.append(_("Programma:") + "\n" + "\n".join(lines))
    if session.is_online and registration is not None and session.online_url:
        parts.append(_("Online meedoen: %(url)s") % {"url": session.online_url})
    parts.append(more_information(session))
    if cancel_url:
        parts.append(_("Kunt u toch niet? Meld u af: %(url)s") % {"url": cancel_url})
    return "\n\n".join(part for part in parts if part)


def more_information(session):
    return _("Meer informatie: %(url)s") % {"url": conf.absolute_url(session.url)}


def location(session):
    if session.is_online:
        return _("Online")
    return session.location_line


def uid(session):
    host = urlsplit(conf.site_url()).hostname or "kennishub.example"
    return f"masterclass-{session.pk}@{host}"


def session_calendar(session, registration=None, cancel_url=""):
    """The session as an RFC 5545 calendar (bytes). With a registration it is that
    participant's copy: it may carry the online link and their cancel link."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    event = Event()
    event.add("uid", uid(session))
    event.add("dtstamp", timezone.now().astimezone(UTC))
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", summary(session))
    event.add("location", location(session))
    event.add("description", description(session, registration, cancel_url))
    event.add("url", conf.absolute_url(session.url))
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    calendar.add_component(event)
    year = session.date.year
    calendar.add_missing_timezones(
        first_date=date(year - 1, 1, 1), last_date=date(year + 1, 12, 31)
    )
    return calendar.to_ical()


def filename(session):
    return f"masterclass-{session.slug}.ics"


def attachment(session, registration=None, cancel_url=""):
    """The .ics as an outbox attachment ({filename, content, mimetype})."""
    return {
        "filename": filename(session),
        "content": session_calendar(session, registration, cancel_url).decode("utf-8"),
        "mimetype": "text/calendar",
    }


def _local(moment):
    return moment.astimezone(session_zone()).replace(tzinfo=None)


def session_zone():
    return AMSTERDAM


def google_url(session):
    start = _local(session.starts_at)
    end = _local(session.ends_at)
    return "https://calendar.google.com/calendar/render?" + urlencode(
        {
            "action": "TEMPLATE",
            "text": summary(session),
            "dates": f"{start:%Y%m%dT%H%M%S}/{end:%Y%m%dT%H%M%S}",
            "ctz": "Europe/Amsterdam",
            "details": more_information(session),
            "location": location(session),
        }
    )


def outlook_url(session):
    def stamp(moment: datetime):
        return moment.isoformat(timespec="seconds")

    return "https://outlook.office.com/calendar/0/deeplink/compose?" + urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": summary(session),
            "startdt": stamp(session.starts_at),
            "enddt": stamp(session.ends_at),
            "location": location(session),
            "body": more_information(session),
        }
    )


def calendar_links(session):
    """(label, url) pairs for the emails and the pages."""
    return [
        ("Outlook", outlook_url(session)),
        (_("Google Agenda"), google_url(session)),
        (_("Apple Agenda en andere (.ics)"), conf.absolute_url(session.get_calendar_url())),
    ]
