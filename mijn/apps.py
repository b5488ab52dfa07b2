from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MijnConfig(AppConfig):
    """ "Mijn Kennishub" (/mijn/): what a visitor keeps on the site. For now: alerts."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "mijn"
    verbose_name = _("Mijn Kennishub")
