from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend

from tests.search_backends import refreshing

SearchBackend = refreshing(OpenSearch2SearchBackend)
