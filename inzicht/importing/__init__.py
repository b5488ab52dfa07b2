"""Import of figures (observations into one dataset) and of areas with their inhabitants,
from CSV or XLSX, in the admin and on the command line.

- `common`: reading (hub.tabular with these limits), the report, the header check, numbers,
  vocabulary look-ups (one query per vocabulary) and the import log.
- `observations`: `import_observations`, which replaces all observations of a dataset.
- `areas`: `import_areas`, municipalities with their police unit, ADV working area, province
  and inhabitants per year.
- `template`: the XLSX templates with headers and two example rows.

Both importers validate the whole file first and report every problem with its row and
column; if there is one, nothing is saved (all or nothing), and the attempt is logged.
"""
