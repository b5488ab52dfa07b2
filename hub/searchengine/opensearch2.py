"""modelsearch's OpenSearch 2 backend, with the listings' facet and sort fields in every
document (hub.searchengine.documents); a write the engine does not receive is retried later."""

from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend

from hub.searchengine import DeferredIndexingMixin
from hub.searchengine.documents import EngineIndexMixin, EngineMappingMixin


class Mapping(EngineMappingMixin, OpenSearch2SearchBackend.mapping_class):
    pass


class Index(EngineIndexMixin, OpenSearch2SearchBackend.index_class):
    pass


class SearchBackend(DeferredIndexingMixin, OpenSearch2SearchBackend):
    mapping_class = Mapping
    index_class = Index
