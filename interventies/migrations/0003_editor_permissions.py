from django.db import migrations

from hub.migration_utils import grant


def forwards(apps, schema_editor):
    base = ["view_checklistquestion", "add_checklistquestion", "change_checklistquestion"]
    grant(apps, "Redacteur", "interventies", base)
    grant(apps, "Eindredacteur", "interventies", [*base, "delete_checklistquestion"])


class Migration(migrations.Migration):
    dependencies = [("interventies", "0002_seed_checklist"), ("hub", "0004_editor_groups")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
