"""Business rules of the "wat werkt" database that views and templates call: the visitor's
shortlist ("Mijn lijst", shortlist.py) and comparing interventions (comparison.py)."""
