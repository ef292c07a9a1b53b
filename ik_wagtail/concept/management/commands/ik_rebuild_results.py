from django.core.management.base import BaseCommand

from ik_wagtail.concept.read_model import rebuild_all_records


class Command(BaseCommand):
    help = "Baut die Tabelle der Ergebnisblöcke aller veröffentlichten Ergebnissicherungen neu auf."

    def handle(self, *args, **options):
        count = rebuild_all_records()
        self.stdout.write(self.style.SUCCESS(f"{count} Ergebnisblöcke erfasst."))
