from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademieConfig(AppConfig):
    name = "academie"
    verbose_name = _("ADV Academie en masterclasses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from academie import signals
        from hub.signals import connect

        signals.register_versions()
        connect(signals.TABLE, "academie")
