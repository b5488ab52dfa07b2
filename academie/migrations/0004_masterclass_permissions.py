"""Give the Academiebeheerder group what it needs for masterclasses: make and change
sessions, see and manage registrations (participants, waitlist, check-in, exports, emails),
and write and publish masterclass pages below the masterclass index (if it exists yet;
otherwise `load_demo` or the after_create_page hook does that when the index is made)."""

from django.db import migrations

from hub.migration_utils import grant

MODEL_PERMISSIONS = [
    "add_masterclasssession",
    "change_masterclasssession",
    "view_masterclasssession",
    "view_masterclassregistration",
    "change_masterclassregistration",
]
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def forwards(apps, schema_editor):
    grant(apps, "Academiebeheerder", "academie", MODEL_PERMISSIONS)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    MasterclassIndexPage = apps.get_model("academie.MasterclassIndexPage")
    group = Group.objects.get(name="Academiebeheerder")
    for index in MasterclassIndexPage.objects.all():
        for codename in PAGE_PERMISSIONS:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=index.pk, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [
        ("academie", "0003_masterclasses"),
        ("academie", "0002_manager_permissions"),
        ("hub", "0004_editor_groups"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
