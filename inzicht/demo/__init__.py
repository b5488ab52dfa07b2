"""Demo content of the figures dashboard (`manage.py load_demo`): /cijfers/ with example
figures (voorbeeldcijfers) for about fifty real municipalities, 2018–2025."""

from inzicht.demo import figures  # noqa: F401  (registers its loader)
