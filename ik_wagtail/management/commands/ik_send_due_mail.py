from django.core.management.base import BaseCommand

from ik_wagtail.mail import send_due_mail


class Command(BaseCommand):
    help = (
        "Hand every e-mail that is due to the task worker: retries whose pause is over and "
        "messages whose worker was lost. For cron; idempotent."
    )

    def handle(self, *args, **options):
        count = send_due_mail()
        self.stdout.write(f"{count} e-mail(s) handed to the worker.")
