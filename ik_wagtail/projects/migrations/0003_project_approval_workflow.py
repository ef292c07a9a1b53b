"""The moderation workflow for project proposals: "Projektfreigabe", approved by the KI group.

Idempotent: the KI group is looked up by name and created if the roles set-up has not run yet
(it uses get_or_create too); an existing workflow or task of the same name is reused. Only
workflow, task and the assignment to projects are made here; the KI group's permissions are
granted by the roles set-up.
"""

from django.db import migrations

from ik_wagtail.roles import KI_GROUP_NAME

WORKFLOW_NAME = "Projektfreigabe"
TASK_NAME = "Projektvorschlag prüfen (Kommunales Integrationszentrum)"


def create_project_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    ki_group, _ = Group.objects.get_or_create(name=KI_GROUP_NAME)
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type)
    task.groups.add(ki_group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    project_type, _ = ContentType.objects.get_or_create(
        app_label="ik_projects", model="integrationproject"
    )
    WorkflowContentType.objects.get_or_create(
        content_type=project_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("ik_projects", "0002_seed_good_practice_criteria"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_project_workflow, migrations.RunPython.noop)]
