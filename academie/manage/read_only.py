"""Admin listings of records that change only through the rules in academie.services."""

from django.urls import path


class ReadOnlyViewSetMixin:
    """Enrolments, certificates and masterclass registrations change only through the rules
    in academie.services: no generic add, edit, copy or delete screens."""

    copy_view_enabled = False
    inspect_view_enabled = True
    add_to_reference_index = False

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ["add_url_name", "edit_url_name", "delete_url_name", "copy_url_name"]:
            view_kwargs[name] = None
        return view_kwargs

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]
