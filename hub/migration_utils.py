"""Helpers for data migrations that give the editor groups permissions on new models.

Permissions are normally created after `migrate` finishes; `grant` creates them first.
"""

from django.contrib.auth.management import create_permissions


def ensure_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, group_name, app_label, codenames):
    ensure_permissions(apps)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group, _ = Group.objects.get_or_create(name=group_name)
    for codename in codenames:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
