from django.core.management.base import BaseCommand

from hub.readability import store_all


class Command(BaseCommand):
    help = "Bereken de leesbaarheid van alle gepubliceerde pagina's (voor het rapport in de beheeromgeving)."

    def handle(self, *args, **options):
        count = store_all()
        self.stdout.write(f"Leesbaarheid berekend voor {count} pagina's.")
