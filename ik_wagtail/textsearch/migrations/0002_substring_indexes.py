from django.db import migrations

from ik_wagtail.textsearch import fts


class Migration(migrations.Migration):
    """The indexes that serve ``LIKE '%wort%'``: pg_trgm on PostgreSQL, FTS5 trigram on SQLite
    (``ik_wagtail/textsearch/fts.py``)."""

    dependencies = [("ik_textsearch", "0001_initial")]

    operations = [migrations.RunPython(fts.set_up, fts.tear_down)]
