"""A Redacteur no longer changes the site navigation: settings have no review step and go
live at once, so navigation is for the Eindredacteur (who publishes) only."""

from django.db import migrations


def forwards(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permission = Permission.objects.filter(
        content_type__app_label="hub", codename="change_navigationsettings"
    ).first()
    group = Group.objects.filter(name="Redacteur").first()
    if permission and group:
        group.permissions.remove(permission)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permission = Permission.objects.filter(
        content_type__app_label="hub", codename="change_navigationsettings"
    ).first()
    group = Group.objects.filter(name="Redacteur").first()
    if permission and group:
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("hub", "0011_outbox_delivery_and_retention")]

    operations = [migrations.RunPython(forwards, backwards)]
