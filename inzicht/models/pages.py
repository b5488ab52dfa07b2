"""The figures dashboard as a page (/cijfers/), so that editors write its introduction and
place it in the menu; the municipality pages and downloads are routes below it."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from hub.models.pages import SectionIndexPage


class FiguresPage(RoutablePageMixin, SectionIndexPage):
    template = "inzicht/figures_overview.html"
    subpage_types = []

    class Meta:
        verbose_name = _("cijferpagina")
        verbose_name_plural = _("cijferpagina's")

    @path("")
    def overview(self, request):
        from inzicht.views.pages import overview

        return overview(request, self)

    @path("grafiek/<slug:chart>.csv")
    def national_chart_csv(self, request, chart):
        from inzicht.views.downloads import national_chart_csv

        return national_chart_csv(request, self, chart)

    @path("<slug:municipality>/")
    def municipality(self, request, municipality):
        from inzicht.views.pages import municipality as view

        return view(request, self, municipality)

    @path("<slug:municipality>/<slug:chart>.csv")
    def municipality_chart_csv(self, request, municipality, chart):
        from inzicht.views.downloads import municipality_chart_csv

        return municipality_chart_csv(request, self, municipality, chart)
