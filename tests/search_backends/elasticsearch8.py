from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from tests.search_backends import refreshing

SearchBackend = refreshing(Elasticsearch8SearchBackend)
