"""Demo content of the intervention database (`manage.py load_demo`); the texts are in
`interventies.demo.data`."""

from interventies.demo import interventions  # noqa: F401  (registers its loader)
