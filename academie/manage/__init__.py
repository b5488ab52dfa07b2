"""The academy's screens in the Wagtail admin (registered in academie/wagtail_hooks.py):
`courses` (enrolments, certificates, completions per organisation), `masterclasses`
(sessions and registrations) and `participants` (per session: participants, check-in,
export, email, capacity, thank-you), with `read_only` and `exports` (CSV and XLSX) shared
by them. Named `manage`, not `admin`, so it is not taken for Django's admin."""
