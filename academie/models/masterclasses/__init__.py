"""Masterclasses: a series (a page with its programme) held as sessions in several regions,
and the registrations for each session. Import the models from `academie.models`."""
