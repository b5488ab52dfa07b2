from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BeleidsscanConfig(AppConfig):
    """The beleidsscan (/beleidsscan/): a municipality checks its anti-discrimination policy
    along the six policy steps, keeps the scan behind a private link or in its account,
    gets a result with advice, and can have it reviewed ("laten toetsen")."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "beleidsscan"
    verbose_name = _("Beleidsscan")

    def ready(self):
        from beleidsscan import signals  # noqa: F401
