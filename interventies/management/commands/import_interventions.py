from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from interventies.spreadsheets.importing import import_interventions
from interventies.spreadsheets.report import report_summary


class Command(BaseCommand):
    help = (
        "Importeer interventies uit een CSV- of XLSX-bestand. Eerst wordt alles gecontroleerd; "
        "bij één fout wordt niets opgeslagen."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Pad naar het .csv- of .xlsx-bestand")
        parser.add_argument(
            "--publish", action="store_true", help="Nieuwe interventies direct publiceren"
        )

    def handle(self, path, publish, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"Bestand niet gevonden: {path}")
        report = import_interventions(file.name, file.read_bytes(), publish=publish)
        if not report.ok:
            for error in report.errors:
                row = error.row or "-"
                self.stderr.write(f"rij {row}, kolom {error.column or '-'}: {error.message}")
            raise CommandError(f"{len(report.errors)} fout(en); er is niets opgeslagen.")
        self.stdout.write(self.style.SUCCESS(report_summary(report)))
