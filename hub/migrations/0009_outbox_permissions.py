"""Organisers and final editors can see the outbox (failed emails) and requeue emails."""

from django.db import migrations

from hub.migration_utils import grant


def forwards(apps, schema_editor):
    for group in ("Academiebeheerder", "Eindredacteur"):
        grant(apps, group, "hub", ["view_outboundemail", "change_outboundemail"])


class Migration(migrations.Migration):
    dependencies = [("hub", "0008_redactie_workflow")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
