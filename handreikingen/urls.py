"""Django views of the guides section (the pages themselves are Wagtail pages)."""

urlpatterns = []
