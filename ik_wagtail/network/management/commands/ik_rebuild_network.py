import time

from django.core.management.base import BaseCommand

from ik_wagtail.network.links import rebuild_network


class Command(BaseCommand):
    help = (
        "Baut die Verbindungen zwischen Akteuren aus allen veröffentlichten Foren und "
        "Projekten neu auf."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = rebuild_network()
        seconds = time.perf_counter() - started
        self.stdout.write(self.style.SUCCESS(f"{count} Verbindungen in {seconds:.2f} s aufgebaut."))
