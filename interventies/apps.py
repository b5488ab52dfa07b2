from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterventiesConfig(AppConfig):
    name = "interventies"
    verbose_name = _("Interventies (wat werkt)")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from interventies import api  # noqa: F401  (registers the API endpoint)
