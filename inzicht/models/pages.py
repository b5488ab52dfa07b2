"""The figures dashboard as a page (/cijfers/), so that editors write its introduction and
place it in the menu; the municipality pages and downloads are routes below it.

Wagtail serves only paths of words and slashes (no dots), so a download's file name is in
its Content-Disposition: /cijfers/utrecht/csv/trend/ gives cijfers-utrecht-adv-trend.csv."""

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

    @path("csv/<slug:chart>/", name="national_chart_csv")
    def national_chart_csv(self, request, chart):
        from inzicht.views.downloads import national_chart_csv

        return national_chart_csv(request, self, chart)

    @path("<slug:municipality>/", name="municipality")
    def municipality(self, request, municipality):
        from inzicht.views.pages import municipality as view

        return view(request, self, municipality)

    @path("<slug:municipality>/csv/<slug:chart>/", name="municipality_chart_csv")
    def municipality_chart_csv(self, request, municipality, chart):
        from inzicht.views.downloads import municipality_chart_csv

        return municipality_chart_csv(request, self, municipality, chart)

    @path("<slug:municipality>/factsheet/pdf/", name="factsheet_pdf")
    def factsheet_pdf(self, request, municipality):
        from inzicht.views.factsheet import factsheet_pdf

        return factsheet_pdf(request, self, municipality)

    @path("<slug:municipality>/factsheet/word/", name="factsheet_word")
    def factsheet_word(self, request, municipality):
        from inzicht.views.factsheet import factsheet_word

        return factsheet_word(request, self, municipality)
