import datetime

from django.core.management.base import BaseCommand, CommandError

from ik_wagtail.cycle.reminders import send_reminders
from ik_wagtail.followup.following import send_digests
from ik_wagtail.followup.requests import send_status_requests


class Command(BaseCommand):
    help = (
        "Queue the reminders that are due: participants before a conference, moderators whose "
        "forum results are missing after it, and the status requests to the actors "
        "responsible for recommendations; on Mondays the weekly digests of followers. Daily by "
        "cron; idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Act as if today were this day (YYYY-MM-DD).")
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be sent; send nothing."
        )

    def handle(self, *args, date=None, dry_run=False, **options):
        today = None
        if date:
            try:
                today = datetime.date.fromisoformat(date)
            except ValueError as error:
                raise CommandError(f"--date must look like 2026-12-07 (got {date!r}).") from error
        run = send_reminders(today=today, dry_run=dry_run)
        requests = send_status_requests(today=today, dry_run=dry_run)
        digests = 0 if dry_run else send_digests(today=today)
        verb = "would be queued" if dry_run else "queued"
        if dry_run:
            for cause in run.participants + run.moderators + requests:
                self.stdout.write(cause)
        self.stdout.write(
            f"Participant reminders {verb}: {len(run.participants)}; "
            f"moderator reminders {verb}: {len(run.moderators)}; "
            f"status requests {verb}: {len(requests)}."
        )
        if digests:
            self.stdout.write(f"Weekly digests queued: {digests}.")
