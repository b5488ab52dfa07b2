"""Give the Academiebeheerder group what it needs: see and manage enrolments and
certificates, and write and publish courses below the course catalogue (if it exists yet;
otherwise `load_demo` or the after_create_page hook does that when the catalogue is made)."""

from django.db import migrations

from hub.migration_utils import grant

MODEL_PERMISSIONS = [
    "view_enrolment",
    "change_enrolment",
    "view_certificate",
    "change_certificate",
]
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def forwards(apps, schema_editor):
    grant(apps, "Academiebeheerder", "academie", MODEL_PERMISSIONS)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    CourseIndexPage = apps.get_model("academie.CourseIndexPage")
    group = Group.objects.get(name="Academiebeheerder")
    for index in CourseIndexPage.objects.all():
        for codename in PAGE_PERMISSIONS:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=index.pk, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [
        ("academie", "0001_initial"),
        ("hub", "0004_editor_groups"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
