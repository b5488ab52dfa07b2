"""modelsearch's OpenSearch 2 backend; a write the engine does not receive is retried later."""

from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend

from hub.searchengine import DeferredIndexingMixin


class SearchBackend(DeferredIndexingMixin, OpenSearch2SearchBackend):
    pass
