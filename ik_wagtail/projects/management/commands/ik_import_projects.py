from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ik_wagtail.projects.importing import MAX_FILE_BYTES, ImportFileError, apply_import, plan_import

PROGRESS_STEPS = 20


class Command(BaseCommand):
    help = (
        "Importiert Gute-Praxis-Projekte aus einer CSV- oder XLSX-Datei (Spalten: siehe README). "
        "Alles oder nichts: enthält eine Zeile einen Fehler, wird nichts importiert. Ein erneuter "
        "Import derselben Datei aktualisiert die Projekte, statt sie zu verdoppeln."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV (UTF-8, ; oder ,) oder XLSX")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="nur prüfen und anzeigen, was sich ändern würde; nichts speichern",
        )
        parser.add_argument(
            "--overwrite-drafts",
            action="store_true",
            help=(
                "auch Projekte mit unveröffentlichtem Entwurf importieren (der Entwurf bleibt in "
                "der Versionsgeschichte); ohne diese Option werden sie übersprungen"
            ),
        )

    def handle(self, file, dry_run, overwrite_drafts, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("File not found: %(path)s") % {"path": path})
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CommandError(
                _("The file is too large: at most %(limit)s MB are allowed.")
                % {"limit": MAX_FILE_BYTES // (1024 * 1024)}
            )
        try:
            plan = plan_import(path.read_bytes(), path.name, overwrite_drafts=overwrite_drafts)
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        if not plan.is_valid:
            for error in plan.errors:
                self.stderr.write(
                    _("Line %(line)s: %(messages)s")
                    % {"line": error.line, "messages": " ".join(error.messages)}
                )
            raise CommandError(
                _("%(count)s faulty rows: nothing was imported.") % {"count": len(plan.errors)}
            )
        summary = _("%(created)s new, %(updated)s changed, %(unchanged)s unchanged projects.") % {
            "created": plan.created_count,
            "updated": plan.updated_count,
            "unchanged": plan.unchanged_count,
        }
        for row in plan.rows:
            if row.action == "keep_draft":
                self.stderr.write(
                    _(
                        "Line %(line)s: “%(title)s” has an unpublished draft and is skipped "
                        "(--overwrite-drafts imports it)."
                    )
                    % {"line": row.line, "title": row.title}
                )
        if dry_run:
            for row in plan.changed_rows:
                changes = f" ({', '.join(row.changes)})" if row.changes else ""
                self.stdout.write(f"  {row.action_label}: {row.title}{changes}")
            self.stdout.write(summary + " " + _("Dry run: nothing was saved."))
            return
        step = max(1, len(plan.changed_rows) // PROGRESS_STEPS)

        def progress(done, total, planned):
            if done % step == 0 or done == total:
                self.stdout.write(f"[{done}/{total}] {planned.action_label}: {planned.title}")

        apply_import(plan, progress=progress)
        self.stdout.write(self.style.SUCCESS(_("Imported: %(summary)s") % {"summary": summary}))
