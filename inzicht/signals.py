"""What makes cached figures pages outdated.

The figures pages (/cijfers/ and below) and the open-data API are cached for anonymous
visitors like every page (hub.pagecache), but their content is data, not pages: they get a
page-cache scope of their own (hub.versions), bumped by every change to datasets, areas and
populations and by every import (which writes in bulk, without model signals). Charts are
cached per dataset version on top of that (inzicht/charts.py).
"""

from django.db.models.signals import post_delete, post_save

from hub import versions
from inzicht.models import Area, AreaMembership, Dataset, Nature, Population, Source

FIGURES_VERSION_KEY = "inzicht-figures-version"


def figures_paths():
    from inzicht.models import FiguresPage

    paths = ["/api/v2/cijfers/"]
    for page in FiguresPage.objects.live():
        parts = page.get_url_parts()
        if parts:
            paths.append(parts[2])
    return paths


def figures_changed(**kwargs):
    versions.bump_scope(FIGURES_VERSION_KEY)


_MODELS = (Dataset, Area, AreaMembership, Population, Source, Nature)
TABLE = [
    # signal, models, receiver: why
    (post_save, _MODELS, figures_changed),
    (post_delete, _MODELS, figures_changed),
]


def register_versions():
    versions.register_scope(FIGURES_VERSION_KEY, figures_paths)
