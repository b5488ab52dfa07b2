"""Rendering of facet groups in Python: with 80+ facet values per listing, the Django
template engine was the slowest part of a listing request."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()

OPTION = (
    '<li class="facet__option{}"><input type="checkbox" name="{}" value="{}" id="f-{}-{}"{}>'
    '<label for="f-{}-{}">{} <span class="facet__count">{}<span class="visually-hidden"> {}'
    "</span></span></label></li>"
)


def _options(group, values, results_word):
    return format_html_join(
        "\n",
        OPTION,
        (
            (
                (" facet__option--empty" if value.disabled else "")
                + (" facet__option--zero" if value.count == 0 else ""),
                group.param,
                value.value,
                group.param,
                value.value,
                mark_safe(" checked") if value.selected else "",  # noqa: S308 - constant
                group.param,
                value.value,
                value.label,
                value.count,
                results_word,
            )
            for value in values
        ),
    )


@register.simple_tag
def facet_group(group):
    values = group.visible_values
    if not values:
        return ""
    results_word = _("resultaten")
    legend = format_html("{}", group.label)
    if group.selected_count:
        legend = format_html(
            '{} <span class="facet__selected">({} {})</span>',
            legend,
            group.selected_count,
            _("gekozen"),
        )
    help_text = (
        format_html('<p class="facet__help">{}</p>', group.help_text) if group.help_text else ""
    )
    options = format_html(
        '<ul class="facet__options">{}</ul>', _options(group, group.head_values, results_word)
    )
    search = ""
    if group.is_long:
        more = _("Toon alle %(n)s keuzes") % {"n": len(values)}
        options = format_html(
            '{}<details class="facet__more" data-facet-more><summary>{}</summary>'
            '<ul class="facet__options">{}</ul></details>',
            options,
            more,
            _options(group, group.tail_values, results_word),
        )
        # A filter on the labels, for long facets; listing.js shows it (useless without JS).
        search = format_html(
            '<div class="facet__search" hidden data-facet-search>'
            '<label for="facet-zoek-{}">{}</label>'
            '<input type="text" id="facet-zoek-{}" autocomplete="off" data-facet-filter>'
            '<p class="facet__none" hidden data-facet-none>{}</p></div>',
            group.param,
            _("Zoek een %(facet)s") % {"facet": group.label.lower()},
            group.param,
            _("Geen keuzes met deze woorden."),
        )
    return format_html(
        '<fieldset class="facet" id="facet-{}"><legend class="facet__legend">{}</legend>{}{}{}'
        "</fieldset>",
        group.param,
        legend,
        help_text,
        search,
        options,
    )
