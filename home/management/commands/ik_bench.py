import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from home.benchmark.measure import MissingData, PageFailed, run_benchmark
from home.benchmark.measure import session_cookie as benchmark_session_cookie


class Command(BaseCommand):
    help = (
        "Misst jede Seitenart des Intranets (Median, p95, SQL-Abfragen, Größe) samt "
        "Vergleichsmessungen im selben Lauf. Daten vorher mit ik_generate erzeugen."
    )

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=20, help="Messungen je URL")
        parser.add_argument("--json", dest="json_path", help="Ergebnis zusätzlich als JSON")
        parser.add_argument(
            "--session-cookie",
            action="store_true",
            help="nur ein Sitzungs-Cookie des Benchmark-Kontos ausgeben (für wrk), nichts messen",
        )

    def handle(self, repeat, json_path, session_cookie, **options):
        if session_cookie:
            self.stdout.write(benchmark_session_cookie())
            return
        if repeat < 1:
            raise CommandError("--repeat muss mindestens 1 sein.")
        # Query logging (DEBUG in development) would distort every figure.
        with override_settings(DEBUG=False):
            try:
                report = run_benchmark(repeat, progress=lambda line: self.stderr.write(line))
            except MissingData as error:
                raise CommandError(
                    "Es fehlen Seiten oder Daten zum Messen: zuerst manage.py ik_generate."
                ) from error
            except PageFailed as error:
                raise CommandError(
                    f"Messung abgebrochen, eine Seite antwortet nicht: {error}"
                ) from error
        self.write_table(report)
        if json_path:
            Path(json_path).write_text(
                json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8"
            )

    def write_table(self, report):
        data = ", ".join(f"{name} {count}" for name, count in report["data"].items())
        self.stdout.write(f"Datenbank: {report['database']}; Daten: {data}")
        self.stdout.write(
            f"Je URL {report['repeat']} Messungen; leere Seite: {report['baseline_ms']} ms\n"
        )
        self.stdout.write(
            "| Seite | Median ms | p95 ms | × leere Seite | × Volltext-SQL | SQL | KB |\n"
            "|---|---:|---:|---:|---:|---:|---:|"
        )
        for name, page in report["pages"].items():
            fulltext = (
                "" if page["ratio_to_fulltext"] is None else f"{page['ratio_to_fulltext']:.1f}"
            )
            self.stdout.write(
                f"| {name} | {page['median_ms']:.1f} | {page['p95_ms']:.1f} | "
                f"{page['ratio_to_baseline']:.1f} | {fulltext} | "
                f"{page['queries']} | {page['kilobytes']:.0f} |"
            )
        if report.get("followup"):
            self.stdout.write("\n| Nachverfolgung | ms | SQL |\n|---|---:|---:|")
            for name, figures in report["followup"].items():
                queries = "" if figures["queries"] is None else figures["queries"]
                self.stdout.write(f"| {name} | {figures['median_ms']:.1f} | {queries} |")
        if report.get("exports"):
            self.stdout.write("\n| Export | ms | KB |\n|---|---:|---:|")
            for name, figures in report["exports"].items():
                self.stdout.write(
                    f"| {name} | {figures['median_ms']:.1f} | {figures['kilobytes']} |"
                )
        if report["fulltext_baseline_ms"]:
            self.stdout.write("\nVolltext-SQL (Median ms):")
            for name, ms in report["fulltext_baseline_ms"].items():
                self.stdout.write(f"  {name}: {ms}")
