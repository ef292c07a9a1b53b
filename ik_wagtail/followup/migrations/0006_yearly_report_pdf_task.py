"""The yearly report's PDF is laid out by a task of its own, after the Word document."""

from django.db import migrations, models

STATES = [
    ("queued", "Waiting for the worker"),
    ("running", "Being built"),
    ("done", "Ready"),
    ("failed", "Failed"),
    ("unavailable", "Not available on this server"),
]


def mark_existing(apps, schema_editor):
    YearlyReport = apps.get_model("ik_followup", "YearlyReport")
    YearlyReport.objects.exclude(pdf=b"").update(pdf_state="done")
    YearlyReport.objects.filter(pdf=b"", state="done").update(pdf_state="unavailable")
    YearlyReport.objects.filter(state="failed").update(pdf_state="failed")


class Migration(migrations.Migration):
    dependencies = [("ik_followup", "0005_milestone_list")]

    operations = [
        migrations.AlterField(
            model_name="yearlyreport",
            name="state",
            field=models.CharField(
                choices=STATES, default="queued", max_length=12, verbose_name="state"
            ),
        ),
        migrations.AddField(
            model_name="yearlyreport",
            name="pdf_state",
            field=models.CharField(
                choices=STATES, default="queued", max_length=12, verbose_name="state of the PDF"
            ),
        ),
        migrations.AddField(
            model_name="yearlyreport",
            name="pdf_html",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(mark_existing, migrations.RunPython.noop),
    ]
