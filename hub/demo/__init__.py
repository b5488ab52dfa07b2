"""Demo content (`manage.py load_demo`): the loader registry, the shared demo accounts and the
hub's own pages. Every app registers its loaders in its own `demo` package."""

from hub.demo import accounts, pages, readability  # noqa: F401  (register their loaders)
