"""What the two import commands share: reading the file and printing the report in Dutch."""

from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _


def read_file(path):
    file = Path(path)
    if not file.is_file():
        raise CommandError(_("Bestand niet gevonden: %(path)s") % {"path": path})
    return file.name, file.read_bytes()


def finish(command, report):
    """Print the report; a CommandError (exit code 1) when the import failed."""
    if not report.ok:
        for error in report.errors:
            command.stderr.write(
                _("rij %(row)s, kolom %(column)s: %(message)s")
                % {"row": error.row or "-", "column": error.column or "-", "message": error.message}
            )
        raise CommandError(
            _("%(count)s fout(en); er is niets opgeslagen.") % {"count": len(report.errors)}
        )
    command.stdout.write(command.style.SUCCESS(report.summary))
