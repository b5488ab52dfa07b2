from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from inzicht.importing.observations import import_observations
from inzicht.management.commands._reporting import finish, read_file
from inzicht.models import Dataset


class Command(BaseCommand):
    help = (
        "Importeer de cijfers van één dataset uit een CSV- of XLSX-bestand. Eerst wordt alles "
        "gecontroleerd; bij één fout wordt niets opgeslagen. Anders vervangen de cijfers in het "
        "bestand alle cijfers van de dataset."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Pad naar het .csv- of .xlsx-bestand")
        parser.add_argument("--dataset", required=True, help="Slug van de dataset")
        parser.add_argument(
            "--create", action="store_true", help="Maak de dataset aan als die nog niet bestaat"
        )
        parser.add_argument("--title", help="Titel van de nieuwe dataset (met --create)")
        parser.add_argument("--organisation", help="Bronorganisatie (met --create)")
        parser.add_argument("--year", type=int, help="Jaar van publicatie (met --create)")
        parser.add_argument("--methodology", help="Toelichting op de methode (met --create)")
        parser.add_argument(
            "--example", action="store_true", help="Voorbeeldcijfers (met --create)"
        )

    def handle(self, path, dataset, create, **options):
        filename, data = read_file(path)
        found = Dataset.objects.filter(slug=dataset).first()
        if found is None and not create:
            raise CommandError(
                _(
                    "Er is geen dataset met slug '%(slug)s'. Maak hem aan in de beheeromgeving, "
                    "of gebruik --create met --title, --organisation, --year en --methodology."
                )
                % {"slug": dataset}
            )
        created = found is None
        if created:
            found = self._create(dataset, options)
        report = import_observations(filename, data, found)
        if created and not report.ok:
            found.delete()  # all or nothing: the log keeps the title, the dataset goes
        finish(self, report)

    def _create(self, slug, options):
        missing = [
            f"--{name}"
            for name in ("title", "organisation", "year", "methodology")
            if not options.get(name)
        ]
        if missing:
            raise CommandError(
                _("Met --create zijn ook nodig: %(options)s.") % {"options": ", ".join(missing)}
            )
        dataset = Dataset(
            slug=slug,
            title=options["title"],
            organisation=options["organisation"],
            year=options["year"],
            methodology=options["methodology"],
            is_example=options["example"],
        )
        try:
            dataset.full_clean()
        except ValidationError as error:
            raise CommandError(
                _("De dataset is niet geldig: %(errors)s") % {"errors": " ".join(error.messages)}
            ) from error
        dataset.save()
        return dataset
