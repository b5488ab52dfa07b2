"""What the two import commands share: reading the file and printing the report in Dutch."""

from pathlib import Path

from django.core.management.base import CommandError


def read_file(path):
    file = Path(path)
    if not file.is_file():
        raise CommandError(f"Bestand niet gevonden: {path}")
    return file.name, file.read_bytes()


def finish(command, report):
    """Print the report; a CommandError (exit code 1) when the import failed."""
    if not report.ok:
        for error in report.errors:
            command.stderr.write(
                f"rij {error.row or '-'}, kolom {error.column or '-'}: {error.message}"
            )
        raise CommandError(f"{len(report.errors)} fout(en); er is niets opgeslagen.")
    command.stdout.write(command.style.SUCCESS(report.summary))
