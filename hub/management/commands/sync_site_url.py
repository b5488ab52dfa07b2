from django.core.management.base import BaseCommand, CommandError

from hub.siteurl import sync_default_site


class Command(BaseCommand):
    help = (
        "Zet de hostnaam en poort van de standaardsite (Wagtail) op die van SITE_URL. "
        "Maakt nooit een site aan; twee keer draaien verandert niets."
    )

    def handle(self, *args, **options):
        try:
            site, changed = sync_default_site()
        except ValueError as error:
            raise CommandError(str(error)) from None
        if site is None:
            raise CommandError("Er is geen standaardsite. Draai eerst migrate.")
        state = "aangepast" if changed else "klopte al"
        self.stdout.write(f"Standaardsite: {site.hostname}:{site.port} ({state}).")
