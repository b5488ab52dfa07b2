"""The group Toetser (reviewers of submitted scans) and who sees the overall picture.

- Toetser: into the admin, and review scans (the queue, comments per step, the advice).
- Redacteur and Eindredacteur: the overall picture of all scans (aggregates only).
"""

from django.db import migrations

from hub.migration_utils import ensure_permissions, grant


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    toetser, _ = Group.objects.get_or_create(name="Toetser")
    toetser.permissions.add(access_admin)
    grant(apps, "Toetser", "beleidsscan", ["review_scan"])
    for name in ("Redacteur", "Eindredacteur"):
        grant(apps, name, "beleidsscan", ["view_scan_overview"])
    grant(apps, "Eindredacteur", "beleidsscan", ["change_questionnaire", "view_questionnaire"])


def backwards(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name="Toetser").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("beleidsscan", "0001_initial"),
        ("hub", "0004_editor_groups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
