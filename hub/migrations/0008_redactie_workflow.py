"""The editorial workflow "Redactie": a Redacteur submits, an Eindredacteur approves.

It replaces Wagtail's default "Moderators approval" on the root page, so every page of the
site goes through it; snippets and other models are not moderated.
"""

from django.db import migrations


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _ = GroupApprovalTask.objects.get_or_create(
        name="Eindredactie", defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([Group.objects.get(name="Eindredacteur")])
    workflow, _ = Workflow.objects.get_or_create(name="Redactie", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.objects.get(depth=1)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    Workflow.objects.filter(name="Moderators approval").update(active=False)


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore.Workflow").objects.filter(name="Redactie").delete()


class Migration(migrations.Migration):
    dependencies = [("hub", "0007_seed_synonyms"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
