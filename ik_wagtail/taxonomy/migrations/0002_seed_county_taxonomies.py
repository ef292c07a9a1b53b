from django.db import migrations

from ik_wagtail.taxonomy.seeds import seed_taxonomies


def seed(apps, schema_editor):
    seed_taxonomies(apps)


class Migration(migrations.Migration):
    dependencies = [("ik_taxonomy", "0001_taxonomy_terms")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
