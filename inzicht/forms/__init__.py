"""Forms of the figures app (the admin's import forms: inzicht.forms.importing)."""
