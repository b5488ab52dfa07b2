"""Demo content of the beleidsscan (`manage.py load_demo` imports this package): finished
example scans of demo municipalities. Its loader (order 45) runs after the figures of inzicht
(order 40), which create the municipalities and their inhabitants."""

from beleidsscan.demo import scans  # noqa: F401  (registers its loader)
