from django.core.management.base import BaseCommand

from ik_wagtail.textsearch.indexing import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the intranet search index (pages, forum results, projects, actors)."

    def handle(self, *args, **options):
        count = rebuild_index()
        self.stdout.write(f"{count} Einträge im Suchindex.")
