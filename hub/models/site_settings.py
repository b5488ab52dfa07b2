"""Main navigation and footer, editable per site under Instellingen in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks as wagtail_blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField

from hub.blocks import LinkBlock


class FooterColumnBlock(wagtail_blocks.StructBlock):
    title = wagtail_blocks.CharBlock(label=_("Kop"), max_length=80)
    links = wagtail_blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "list-ul"
        label = _("Kolom")


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    primary = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("hoofdmenu"),
        blank=True,
        help_text=_("De links in de hoofdnavigatie bovenaan elke pagina."),
    )
    footer_columns = StreamField(
        [("column", FooterColumnBlock())],
        verbose_name=_("kolommen in de voettekst"),
        blank=True,
        max_num=4,
    )
    footer_text = RichTextField(
        _("tekst in de voettekst"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Bijvoorbeeld wie de site beheert en hoe je contact opneemt."),
    )
    contact_email = models.EmailField(_("e-mailadres voor contact"), blank=True)

    panels = [
        FieldPanel("primary"),
        FieldPanel("footer_columns"),
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("navigatie en voettekst")
