"""The index of the "wat werkt" database at /interventies/: the faceted listing, its export
and the way in to the mechanism pages (the dossier)."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from hub.models import SectionIndexPage
from hub.querysets import public_filter
from interventies.models.mechanisms import MechanismIndexPage


class InterventionIndexPage(RoutablePageMixin, SectionIndexPage):
    """/interventies/: the faceted database, its export and the way in to the mechanism pages."""

    subpage_types = ["interventies.InterventionPage", "interventies.MechanismIndexPage"]

    class Meta:
        verbose_name = _("interventiedatabase")
        verbose_name_plural = _("interventiedatabases")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["dossier"] = (
            MechanismIndexPage.objects.child_of(self).live().filter(public_filter()).first()
        )
        return context

    @path("")
    def listing(self, request):
        from interventies.views import listing

        return listing(request, self)

    @path("vergelijk/")
    def compare(self, request):
        from interventies.views import compare

        return compare(request, self)

    @path("kennislacunes/")
    def gaps(self, request):
        from interventies.views import gaps

        return gaps(request, self)

    @path("export/")
    def export(self, request):
        from interventies.views import export

        return export(request, self)
