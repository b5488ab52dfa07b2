from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterventiesConfig(AppConfig):
    name = "interventies"
    verbose_name = _("Interventies (wat werkt)")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from interventies import api  # noqa: F401  (registers the API endpoint)
        from interventies.signals import merge_shortlist_at_login

        user_logged_in.connect(merge_shortlist_at_login, dispatch_uid="interventies_shortlist")
