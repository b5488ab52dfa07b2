"""Running `manage.py load_demo` in a test, and counting what is in the database."""

import io

from django.core.management import call_command


def load_demo():
    """Runs `load_demo`; returns what it printed."""
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def object_counts(models):
    """How many objects each of `models` has, in that order."""
    return [model.objects.count() for model in models]
