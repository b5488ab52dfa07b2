"""Example figures for invented municipalities, for `make bench` (and trying things out):
`manage.py generate_figures 342 --years 10` makes 342 municipalities (the demo's real ones and
invented ones for the rest) × 10 years."""

from django.core.management.base import BaseCommand

from inzicht.demo.generate import generate, invented_municipalities
from inzicht.demo.municipalities import MUNICIPALITIES


class Command(BaseCommand):
    help = "Maak voorbeeldcijfers voor verzonnen gemeenten (voor metingen)."

    def add_arguments(self, parser):
        parser.add_argument("municipalities", type=int)
        parser.add_argument("--years", type=int, default=10)
        parser.add_argument("--last-year", type=int, default=2025)

    def handle(self, *args, **options):
        last = options["last_year"]
        years = list(range(last - options["years"] + 1, last + 1))
        number = options["municipalities"]
        areas = MUNICIPALITIES[:number]
        areas += invented_municipalities(number - len(areas))
        count = generate(areas, years)
        self.stdout.write(
            f"{options['municipalities']} gemeenten × {len(years)} jaar: {count} cijfers."
        )
