from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HandreikingenConfig(AppConfig):
    name = "handreikingen"
    verbose_name = _("Handreikingen en praktijkvoorbeelden")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from handreikingen import signals
        from hub.signals import connect

        connect(signals.TABLE, "handreikingen")
