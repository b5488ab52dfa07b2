"""modelsearch's Elasticsearch 8 backend; a write the engine does not receive is retried later."""

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from hub.searchengine import DeferredIndexingMixin


class SearchBackend(DeferredIndexingMixin, Elasticsearch8SearchBackend):
    pass
