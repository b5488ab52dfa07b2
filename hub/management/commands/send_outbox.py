from django.core.management.base import BaseCommand

from hub import mail
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
            retried = OutboundEmail.objects.filter(status=OutboundEmail.Status.FAILED).update(
                status=OutboundEmail.Status.PENDING, attempts=0
            )
            self.stdout.write(f"{retried} mislukte e-mails staan weer in de wachtrij.")
        ids = list(
            OutboundEmail.objects.filter(status=OutboundEmail.Status.PENDING)
            .order_by("created_at")
            .values_list("pk", flat=True)
        )
        results = [mail.deliver(pk) for pk in ids]
        sent = results.count(OutboundEmail.Status.SENT)
        self.stdout.write(f"{sent} van {len(ids)} e-mails verstuurd.")
