"""Business rules of the "wat werkt" database that views and templates call: the visitor's
shortlist ("Mijn lijst", shortlist.py), comparing interventions (comparison.py) and the
evidence gap map (gaps.py)."""
