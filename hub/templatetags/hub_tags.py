from dataclasses import dataclass

from django import template
from wagtail.models import Site

from hub.models import NavigationSettings

register = template.Library()


@dataclass
class NavItem:
    href: str
    label: str
    current: bool


@dataclass
class Navigation:
    primary: list
    footer_columns: list
    footer_text: str
    contact_email: str


def _is_current(path, href):
    if not href or not href.startswith("/"):
        return False
    if href == "/":
        return path == "/"
    return path.startswith(href)


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The editable main menu and footer of the current site (empty when no site matches)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return Navigation([], [], "", "")
    nav = NavigationSettings.for_site(site)
    path = request.path
    primary = [
        NavItem(
            href=link.value.href, label=link.value.label, current=_is_current(path, link.value.href)
        )
        for link in nav.primary
    ]
    columns = [column for column in nav.footer_columns]
    return Navigation(primary, columns, nav.footer_text, nav.contact_email)


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """Ancestors from the home page down to the current page's parent."""
    request = context.get("request")
    if page is None or page.depth <= 2:
        return {"crumbs": [], "current": None}
    ancestors = page.get_ancestors().filter(depth__gte=2).live()
    return {
        "crumbs": [(ancestor.get_url(request), ancestor.title) for ancestor in ancestors],
        "current": page.title,
    }


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.simple_tag
def field_widget(field):
    """Render a form field's widget with its help text and error message linked to it."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_helptext")
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
    attrs = {"aria-describedby": " ".join(described_by)} if described_by else {}
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)
