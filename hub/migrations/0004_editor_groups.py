"""Create the groups Redacteur, Eindredacteur and Academiebeheerder with their permissions.

- Redacteur: writes and edits pages and submits them for review; cannot publish.
- Eindredacteur: everything a Redacteur can, plus publish, unpublish, lock and delete.
- Academiebeheerder: admin access; its page and model permissions for the academy are
  added by the academie app's migrations.

Both editor roles manage images, documents and the shared taxonomy.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_PERMISSIONS = {
    "Redacteur": ["add_page", "change_page"],
    "Eindredacteur": [
        "add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page",
    ],
}
COLLECTION_PERMISSIONS = {
    "Redacteur": [
        ("wagtailimages", "add_image"), ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
}
COLLECTION_PERMISSIONS["Eindredacteur"] = [
    *COLLECTION_PERMISSIONS["Redacteur"],
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
]
TAXONOMY_MODELS = [
    "policystep", "municipalrole", "domain", "discriminationground", "audience", "mechanism",
    "evidencelevel", "councilrole", "municipalitysize", "province",
]


def ensure_permissions(apps):
    """Permissions are normally made after migrate; make them now so we can assign them."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_groups(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    for name in ["Redacteur", "Eindredacteur", "Academiebeheerder"]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)

    for name, codenames in PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)

    for name, pairs in COLLECTION_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        for app_label, codename in pairs:
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )

    for name in ["Redacteur", "Eindredacteur"]:
        group = Group.objects.get(name=name)
        actions = ["view", "add", "change"] + (["delete"] if name == "Eindredacteur" else [])
        for model in TAXONOMY_MODELS:
            for action in actions:
                group.permissions.add(
                    Permission.objects.get(content_type__app_label="hub", codename=f"{action}_{model}")
                )
        group.permissions.add(
            Permission.objects.get(content_type__app_label="hub", codename="change_navigationsettings")
        )


def remove_groups(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(
        name__in=["Redacteur", "Eindredacteur", "Academiebeheerder"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0003_seed_taxonomy"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
