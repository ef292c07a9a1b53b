from django.db import migrations

from ik_wagtail.textsearch import fts


class Migration(migrations.Migration):
    """PostgreSQL: a trigram index on the index's words, which word parts are looked up in."""

    dependencies = [("ik_textsearch", "0002_substring_indexes")]

    operations = [migrations.RunPython(fts.set_up_words, fts.tear_down_words)]
