"""Mark every cached page and facet index outdated (hub.versions.bump_content).

Changes made through the models (the admin, a script that calls save() or delete()) do this
by themselves. A bulk write or raw SQL sends no signals: run this command after one, e.g. after
adding view restrictions with bulk_create, so no cached page still shows what is now hidden.
"""

from django.core.management.base import BaseCommand

from hub import versions


class Command(BaseCommand):
    help = (
        "Markeer alle opgeslagen pagina's en filteroverzichten als verouderd. Nodig na een "
        "bulkwijziging of SQL rechtstreeks in de database; wijzigingen via het beheer doen dit zelf."
    )

    def handle(self, **options):
        versions.bump_content()
        self.stdout.write(f"Inhoudsversie is nu {versions.content_version()}.")
