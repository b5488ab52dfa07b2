"""modelsearch's Elasticsearch 8 backend, with the listings' facet and sort fields in every
document (hub.searchengine.documents); a write the engine does not receive is retried later."""

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from hub.searchengine import DeferredIndexingMixin
from hub.searchengine.documents import EngineIndexMixin, EngineMappingMixin


class Mapping(EngineMappingMixin, Elasticsearch8SearchBackend.mapping_class):
    pass


class Index(EngineIndexMixin, Elasticsearch8SearchBackend.index_class):
    pass


class SearchBackend(DeferredIndexingMixin, Elasticsearch8SearchBackend):
    mapping_class = Mapping
    index_class = Index
