from hub.searchengine.opensearch2 import SearchBackend as ProjectBackend
from tests.search_backends import refreshing

SearchBackend = refreshing(ProjectBackend)
