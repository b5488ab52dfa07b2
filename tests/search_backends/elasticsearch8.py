from hub.searchengine.elasticsearch8 import SearchBackend as ProjectBackend
from tests.search_backends import refreshing

SearchBackend = refreshing(ProjectBackend)
