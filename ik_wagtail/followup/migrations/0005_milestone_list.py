"""A status report names any number of dated milestones instead of one date."""

from django.db import migrations, models


def dates_to_lists(apps, schema_editor):
    StatusReport = apps.get_model("ik_followup", "StatusReport")
    reports = list(StatusReport.objects.exclude(milestone_date=None))
    for report in reports:
        report.milestones = [{"date": report.milestone_date.isoformat(), "label": ""}]
    StatusReport.objects.bulk_update(reports, ["milestones"], batch_size=500)


def lists_to_dates(apps, schema_editor):
    StatusReport = apps.get_model("ik_followup", "StatusReport")
    reports = [report for report in StatusReport.objects.all() if report.milestones]
    for report in reports:
        report.milestone_date = min(item["date"] for item in report.milestones)
    StatusReport.objects.bulk_update(reports, ["milestone_date"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("ik_followup", "0004_yearly_report")]

    operations = [
        migrations.AddField(
            model_name="statusreport",
            name="milestones",
            field=models.JSONField(blank=True, default=list, verbose_name="milestones"),
        ),
        migrations.RunPython(dates_to_lists, lists_to_dates),
        migrations.RemoveField(model_name="statusreport", name="milestone_date"),
    ]
