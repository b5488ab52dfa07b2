"""Django views of the academy under /academie/ (the catalogue itself is a Wagtail page)."""

urlpatterns = []
