"""Demo content of the academy (`manage.py load_demo` imports this package): importing the
loader modules registers their loaders, the courses (order 30) before the masterclasses
(order 35). The big literal data is in academie/demo/data/."""

from academie.demo import courses, masterclasses  # noqa: F401  (register their loaders)
