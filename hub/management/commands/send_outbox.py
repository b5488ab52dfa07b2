from django.core.management.base import BaseCommand

from hub import outbox
from hub.models import OutboundEmail


class Command(BaseCommand):
    help = (
        "Verstuur e-mail die nog in de wachtrij staat (bijvoorbeeld na een storing). "
        "Met --mislukte worden ook mislukte e-mails opnieuw geprobeerd."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--mislukte", action="store_true", help="Probeer ook mislukte e-mails opnieuw"
        )

    def handle(self, mislukte, **options):
        if mislukte:
            failed = OutboundEmail.objects.filter(status=OutboundEmail.Status.FAILED)
            # Without their text (account emails, old emails) they cannot be sent again.
            retried = failed.filter(body_purged_at__isnull=True).update(
                status=OutboundEmail.Status.PENDING, attempts=0, interrupted=False
            )
            self.stdout.write(f"{retried} mislukte e-mails staan weer in de wachtrij.")
            skipped = failed.count()
            if skipped:
                self.stdout.write(
                    f"{skipped} mislukte e-mails zonder tekst (verwijderd na verzending) "
                    "kunnen niet opnieuw; laat de persoon ze opnieuw aanvragen."
                )
        ids = list(
            OutboundEmail.objects.filter(status=OutboundEmail.Status.PENDING)
            .order_by("created_at")
            .values_list("pk", flat=True)
        )
        results = [outbox.deliver(pk) for pk in ids]
        sent = results.count(OutboundEmail.Status.SENT)
        self.stdout.write(f"{sent} van {len(ids)} e-mails verstuurd.")
