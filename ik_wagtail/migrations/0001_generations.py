import uuid

from django.db import migrations, models

# The generations declared in ik_wagtail.derived when this migration was written; one added
# later gets its row with its first change.
NAMES = ["page_tree", "pages", "invitations", "tracking", "results", "library", "network"]


def create_generations(apps, schema_editor):
    """Random first tokens: no two databases (a restored copy, a test run, a second site on the
    same Redis) start with the same keys."""
    Generation = apps.get_model("ik_wagtail", "Generation")
    Generation.objects.bulk_create(Generation(name=name, token=uuid.uuid4().hex) for name in NAMES)


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Generation",
            fields=[
                (
                    "name",
                    models.CharField(
                        max_length=40, primary_key=True, serialize=False, verbose_name="name"
                    ),
                ),
                ("token", models.CharField(max_length=32, verbose_name="token")),
            ],
            options={
                "verbose_name": "generation of derived state",
                "verbose_name_plural": "generations of derived state",
            },
        ),
        migrations.RunPython(create_generations, migrations.RunPython.noop),
    ]
