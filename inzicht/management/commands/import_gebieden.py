from django.core.management.base import BaseCommand

from inzicht.importing.areas import import_areas
from inzicht.management.commands._reporting import finish, read_file


class Command(BaseCommand):
    help = (
        "Importeer gemeenten met hun provincie, politie-eenheid, werkgebied van de ADV en "
        "inwoners per jaar uit een CSV- of XLSX-bestand. Eerst wordt alles gecontroleerd; bij "
        "één fout wordt niets opgeslagen."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Pad naar het .csv- of .xlsx-bestand")

    def handle(self, path, **options):
        filename, data = read_file(path)
        finish(self, import_areas(filename, data))
