import django.db.models.deletion
from django.db import migrations, models


def link_referenced_projects(apps, schema_editor):
    """Fill the new column for the records that exist: from the live blocks' raw data."""
    Record = apps.get_model("ik_concept", "ResultBlockRecord")
    Project = apps.get_model("ik_projects", "IntegrationProject")
    Statement = apps.get_model("ik_conferences", "ResultStatementPage")
    existing = set(Project.objects.values_list("pk", flat=True))
    citing = Record.objects.filter(kind="good_practice").values("page_id")
    for statement in Statement.objects.filter(pk__in=citing):
        for raw in statement.results.raw_data:
            project = raw["value"].get("project")
            if raw["type"] == "good_practice" and project in existing:
                Record.objects.filter(page_id=statement.pk, block_id=raw["id"]).update(
                    project_id=project
                )


class Migration(migrations.Migration):
    dependencies = [
        ("ik_concept", "0001_result_read_model_and_tracking"),
        ("ik_conferences", "0003_good_practice_reference_chooses_project"),
        ("ik_projects", "0003_project_approval_workflow"),
    ]

    operations = [
        migrations.AddField(
            model_name="resultblockrecord",
            name="project",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="ik_projects.integrationproject",
            ),
        ),
        migrations.RunPython(link_referenced_projects, migrations.RunPython.noop),
    ]
