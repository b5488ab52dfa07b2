"""The faceted listings of the academy (the one faceting engine of hub/faceting): the course
catalogue (`courses`) and the upcoming masterclass sessions (`masterclasses`)."""

# Importing the package registers both listings (hub.faceting.engine.listings), as the page
# cache's `autodiscover_modules("search")` expects of every app.
from academie.search import courses, masterclasses  # noqa: E402, F401
