from django.conf import settings
from django.core.management.base import BaseCommand

from home.demo import build_demo
from home.demo.accounts import DEMO_ACCOUNTS, MODERATOR_ACCOUNTS


class Command(BaseCommand):
    help = (
        "Legt Demo-Inhalte für das Intranet an (idempotent: ein zweiter Lauf ergänzt nur, was "
        "fehlt). Demo-Konten werden nur mit DEBUG angelegt."
    )

    def handle(self, *args, **options):
        create_accounts = settings.DEBUG

        def report(index, total, label, summary):
            self.stdout.write(f"[{index}/{total}] {label}: {summary}")

        build_demo(report, create_accounts=create_accounts)
        self.stdout.write(self.style.SUCCESS("Demo-Inhalte sind bereit."))
        if create_accounts:
            self.stdout.write("Anmeldung unter http://127.0.0.1:8000/ mit:")
            for account in DEMO_ACCOUNTS:
                self.stdout.write(
                    f"  {account['username']} / {account['password']}  ({account['description']})"
                )
            moderators = ", ".join(account["username"] for account in MODERATOR_ACCOUNTS)
            self.stdout.write(f"  Moderation (Passwort = Benutzername): {moderators}")
        else:
            self.stdout.write("DEBUG ist aus: es wurden keine Demo-Konten angelegt.")
