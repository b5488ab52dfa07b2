"""The intervention spreadsheet: import and export of interventions as CSV or XLSX.

- `schema`: the columns (one definition for import and export) and the limits of a file.
- `richtext`: rich text to and from the plain-text notation of a cell.
- `reading`: a CSV or XLSX file into header and rows of cell texts.
- `validating`: every row checked and cleaned; all problems reported with row and column.
- `importing`: `import_interventions`, which reads, validates and then writes in one go.
- `report`: what an import did, and the sentence that sums it up.
- `export`: a filtered listing as CSV or XLSX, in the import's format.
"""
