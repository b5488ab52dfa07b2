"""Demo content: a registry of loaders that `manage.py load_demo` runs in order.

Each app registers its loaders in its own `demo` package with `@demo_loader(order=...)`.
Loaders must be idempotent: they create what is missing and leave existing objects alone,
so running `load_demo` twice changes nothing.
"""

from dataclasses import dataclass, field

from wagtail.models import Page

_LOADERS = []

EXAMPLE_NOTICE = "Voorbeeldinhoud: deze tekst is verzonnen om de Kennishub te laten zien."


@dataclass
class DemoContext:
    home: Page
    stdout: object
    created: list = field(default_factory=list)

    def log(self, message):
        self.stdout.write(message)

    def ensure_page(self, parent, model, slug, **fields):
        """`ensure_child`, for a page the loader reports: when this run creates the page, it is
        recorded in `created`. Returns the page."""
        page, created = ensure_child(parent, model, slug, **fields)
        if created:
            self.created.append(page)
        return page


def demo_loader(order):
    def register(function):
        _LOADERS.append((order, function.__module__, function))
        return function

    return register


def loaders():
    return [function for _order, _module, function in sorted(_LOADERS, key=lambda item: item[:2])]


def by_slug(model):
    """Every term of a taxonomy model (or any model with a slug), by slug."""
    return {term.slug: term for term in model.objects.all()}


def publish_child(parent, page):
    """Add the unsaved `page` below `parent` and publish it."""
    parent.refresh_from_db()
    parent.add_child(instance=page)
    page.save_revision().publish()


def ensure_child(parent, model, slug, **fields):
    """Return the child page of `parent` with `slug`; create and publish it if it is missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    publish_child(parent, page)
    page.refresh_from_db()
    return page, True
