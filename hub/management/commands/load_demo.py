from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import autodiscover_modules
from wagtail.models import Site

from hub.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD, TRAINEE
from hub.demo.registry import DemoContext, loaders


class Command(BaseCommand):
    help = "Laad voorbeeldinhoud (idempotent: twee keer draaien verandert niets)."

    def handle(self, *args, **options):
        autodiscover_modules("demo")
        site = Site.objects.get(is_default_site=True)
        ctx = DemoContext(home=site.root_page.specific, stdout=self.stdout)
        with transaction.atomic():
            for loader in loaders():
                loader(ctx)
        if ctx.created:
            self.stdout.write(
                self.style.SUCCESS(f"Voorbeeldinhoud geladen: {len(ctx.created)} nieuwe items.")
            )
        else:
            self.stdout.write("Voorbeeldinhoud was al geladen; er is niets veranderd.")
        self.stdout.write("")
        self.stdout.write(
            "Inloggen (ook voor de beheeromgeving /admin/) met e-mailadres en wachtwoord:"
        )
        for _username, email, _first, _last, _superuser, groups in DEMO_ACCOUNTS:
            role = ", ".join(groups) or "beheerder"
            self.stdout.write(f"  {email:<34} wachtwoord {DEMO_PASSWORD}   ({role})")
        self.stdout.write(f"  {TRAINEE['email']:<34} wachtwoord {DEMO_PASSWORD}   (cursist)")
