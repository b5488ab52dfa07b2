"""Demo content of the guides section (`manage.py load_demo`): the six-step guide and a guide
for staff who support the council, 16 good practices of fictional municipalities, extra
search synonyms and the raadsledentool. The texts are in `handreikingen.demo.data`."""

from handreikingen.demo import guides, practices, raadsleden, synonyms  # noqa: F401  (register their loaders)
