"""E-mail backends for tests: a mail server that is down."""

from django.core.mail.backends.base import BaseEmailBackend


class RefusingBackend(BaseEmailBackend):
    """Like an SMTP server that does not answer: every send raises."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError(111, "Connection refused")
