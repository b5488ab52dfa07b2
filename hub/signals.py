"""What invalidates what, for the hub: one table, connected in HubConfig.ready().

Each row: a signal, the models it is about (a tuple, or a function returning one when the
models cannot be imported yet; their subclasses count too; None: any sender), the receiver,
and, in a comment, why. Apps have a `signals` module with a table of their own, connected
the same way (`connect`).
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub import querysets, readability, renditions, versions
from hub.faceting import synonyms, terms
from hub.templatetags import hub_tags


def content_models():
    """Models whose changes alter what pages show (for the content version)."""
    from taggit.models import Tag
    from wagtail.models import Page, PageViewRestriction

    from hub.models import TaxonomyTerm

    return (Page, PageViewRestriction, TaxonomyTerm, Tag, *versions.watched_models())


def _restriction_models():
    from wagtail.models import PageViewRestriction

    return (PageViewRestriction,)


def _navigation_models():
    from hub.models import NavigationSettings

    return (NavigationSettings,)


def _taxonomy_models():
    from hub.models import TaxonomyTerm

    return (TaxonomyTerm,)


def _synonym_models():
    from hub.models import SearchSynonym

    return (SearchSynonym,)


TABLE = [
    # signal, models, receiver: why
    # Cached pages and facet indexes are made under the content version.
    (post_save, content_models, versions.bump_content),
    (post_delete, content_models, versions.bump_content),
    (post_page_move, None, versions.bump_content),
    # The navigation (menus, footer) is cached per site; it shows page titles and URLs.
    (post_save, _navigation_models, hub_tags.drop_cached_navigation),
    (page_published, None, hub_tags.drop_cached_navigation),
    (page_unpublished, None, hub_tags.drop_cached_navigation),
    (post_page_move, None, hub_tags.drop_cached_navigation),
    # Facet options: taxonomy terms and the tags in use are cached.
    (post_save, _taxonomy_models, terms.drop_cached_terms),
    (post_delete, _taxonomy_models, terms.drop_cached_terms),
    (page_published, None, terms.drop_cached_tags),
    (page_unpublished, None, terms.drop_cached_tags),
    # Editor-managed synonyms are cached for the text search.
    (post_save, _synonym_models, synonyms.drop_cached_synonyms),
    (post_delete, _synonym_models, synonyms.drop_cached_synonyms),
    # The restricted paths a request has read stay true for the rest of that request.
    (post_save, _restriction_models, querysets.forget_restricted_paths),
    (post_delete, _restriction_models, querysets.forget_restricted_paths),
    # A published page gets its image renditions made in the background.
    (page_published, None, renditions.on_publish),
    # The readability report (admin) reads what was published.
    (page_published, None, readability.on_publish),
    (page_unpublished, None, readability.on_unpublish),
]


def _only_for(models, receiver):
    def filtered(sender, **kwargs):
        wanted = models() if callable(models) else models
        if isinstance(sender, type) and issubclass(sender, wanted):
            receiver(sender=sender, **kwargs)

    return filtered


_connected = []  # the filtering wrappers must outlive connect() (signals keep weak refs)


def connect(table, prefix):
    """Connect every row of `table`; `prefix` makes the dispatch uids unique per table."""
    for number, (signal, models, receiver) in enumerate(table):
        handler = receiver if models is None else _only_for(models, receiver)
        _connected.append(handler)
        signal.connect(handler, dispatch_uid=f"{prefix}:{number}", weak=False)
