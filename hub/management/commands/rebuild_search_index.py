from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = (
        "Bouw de zoekindex opnieuw op, zonder dat zoeken tussentijds leeg is: de nieuwe index "
        "wordt naast de oude gebouwd en pas aan het eind omgewisseld (Elasticsearch: alias; "
        "PostgreSQL: in één transactie)."
    )

    def handle(self, **options):
        from hub.models import SearchIndexBacklog

        started = timezone.now()
        # Wagtail's update_index builds atomically on Elasticsearch (a new index behind an
        # alias) and on PostgreSQL (ATOMIC_REBUILD); every configured backend is rebuilt.
        call_command("update_index", stdout=self.stdout, stderr=self.stderr)
        # What the engine missed before the rebuild is in it now (hub/searchengine).
        SearchIndexBacklog.objects.filter(failed_at__lte=started).delete()
