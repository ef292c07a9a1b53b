import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import override_settings

from home.benchmark.generate import MAX_CONFERENCES, counts_for, generate_intranet, has_content


class Command(BaseCommand):
    help = (
        "Erzeugt realistische Daten für Lasttests (Skala 1: 10 Konferenzen × 8 Foren × 25 "
        "Ergebnisblöcke, 2.000 Akteure, 10.000 Projekte, 200 Referent*innen), reproduzierbar "
        "aus --seed. Nur für eine eigene Benchmark-Datenbank gedacht."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=1.0, help="z. B. 0.1 oder 1")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, scale, seed, **options):
        if scale <= 0:
            raise CommandError("--scale muss größer als 0 sein.")
        if counts_for(scale)["conferences"] > MAX_CONFERENCES:
            raise CommandError(f"Höchstens {MAX_CONFERENCES} Konferenzen (bis 2100) möglich.")
        if has_content():
            raise CommandError(
                "Die Datenbank enthält schon Projekte, Akteure oder Konferenzen. Bitte eine "
                "eigene, frisch migrierte Datenbank verwenden (DATABASE_URL)."
            )
        started = time.perf_counter()

        def progress(line):
            self.stdout.write(f"[{time.perf_counter() - started:6.1f} s] {line}")

        counts = ", ".join(f"{name}: {count}" for name, count in counts_for(scale).items())
        progress(f"Skala {scale} ({counts}), Seed {seed}")
        # Query logging (DEBUG in development) would slow the generation down.
        with override_settings(DEBUG=False):
            generate_intranet(scale, seed=seed, progress=progress)
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            # What autovacuum does soon after a bulk load anyway: planner statistics, and the
            # visibility map that lets index-only scans skip the table. Measured right after
            # the load without it, PostgreSQL reads every row again (the benchmark would show a
            # database nobody runs).
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
            progress("VACUUM ANALYZE")
        self.stdout.write(self.style.SUCCESS("Daten erzeugt."))
