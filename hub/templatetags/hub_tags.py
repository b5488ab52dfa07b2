from dataclasses import dataclass

from django import forms, template
from django.core.cache import cache
from wagtail.models import Site

from hub.models import NavigationSettings

register = template.Library()


@dataclass
class NavItem:
    href: str
    label: str
    current: bool = False


@dataclass
class FooterColumn:
    title: str
    links: list


@dataclass
class Navigation:
    primary: list
    footer_columns: list
    footer_text: str
    contact_email: str


NAV_CACHE_SECONDS = 60 * 60


def _nav_key(site_id):
    return f"navigation:{site_id}"


def _load_navigation(site):
    """Plain, picklable navigation for a site (page links resolved to their URLs).

    Reads without creating: `NavigationSettings.for_site` would insert an empty row on a GET,
    and that insert counts as a content change (it empties the page cache and facet indexes).
    """
    nav = NavigationSettings.objects.filter(site=site).first() or NavigationSettings(site=site)
    primary = [NavItem(link.value.href, link.value.label) for link in nav.primary]
    columns = [
        FooterColumn(
            column.value["title"],
            [NavItem(link.href, link.label) for link in column.value["links"]],
        )
        for column in nav.footer_columns
    ]
    return Navigation(primary, columns, str(nav.footer_text), nav.contact_email)


def drop_cached_navigation(**kwargs):
    from wagtail.models import Site

    cache.delete_many([_nav_key(pk) for pk in Site.objects.values_list("pk", flat=True)])


def _is_current(path, href):
    if not href or not href.startswith("/"):
        return False
    if href == "/":
        return path == "/"
    return path.startswith(href)


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The editable main menu and footer of the current site (empty when no site matches).

    Cached per site; dropped when the settings are saved or a page is published, unpublished
    or moved (page links may change their URL).
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return Navigation([], [], "", "")
    nav = cache.get_or_set(_nav_key(site.pk), lambda: _load_navigation(site), NAV_CACHE_SECONDS)
    primary = [
        NavItem(item.href, item.label, _is_current(request.path, item.href)) for item in nav.primary
    ]
    return Navigation(primary, nav.footer_columns, nav.footer_text, nav.contact_email)


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


@dataclass
class ErrorSummaryItem:
    text: str
    href: str = ""


GROUP_WIDGETS = {"radioselect", "checkboxselectmultiple"}


@register.simple_tag
def error_summary_items(form, message=""):
    """The lines of the error summary (components/error_summary.html): a page-level `message`
    and the non-field errors as plain lines, then one line per field error linking to the
    field's input (a radio or checkbox group: its first input; a hidden field: no link). A
    field's generic "required" message gets the field's label in front, so five times "Dit is
    een verplicht veld." still says which field is meant."""
    items = [ErrorSummaryItem(str(message))] if message else []
    if form is None or not getattr(form, "errors", None):
        return items
    items += [ErrorSummaryItem(str(error)) for error in form.non_field_errors()]
    for field in form:
        if not field.errors:
            continue
        if field.is_hidden:
            items += [ErrorSummaryItem(str(error)) for error in field.errors]
            continue
        if field.widget_type in GROUP_WIDGETS:
            href = f"#{field.auto_id}_0"
        else:
            href = f"#{field.id_for_label or field.auto_id}"
        generic = str(forms.Field.default_error_messages["required"])
        label = str(field.label or field.name).rstrip(" .:?")
        for error in field.errors:
            text = f"{label}: {error}" if str(error) == generic else str(error)
            items.append(ErrorSummaryItem(text, href))
    return items
