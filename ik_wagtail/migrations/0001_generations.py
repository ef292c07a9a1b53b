from django.db import migrations, models


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
    ]
