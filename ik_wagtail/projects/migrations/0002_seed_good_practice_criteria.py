from django.db import migrations

from ik_wagtail.projects.seeds import seed_good_practice_criteria


def seed(apps, schema_editor):
    seed_good_practice_criteria(apps)


class Migration(migrations.Migration):
    dependencies = [("ik_projects", "0001_project_library")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
