"""The real worker of the database task queue, run inside a test."""

from django.core.management import call_command


def run_worker(monkeypatch):
    """Work off the queue with ``manage.py db_worker --batch`` in this test's process.

    The test's database work is inside a transaction that is never committed, so the worker
    must use the same connection. Its check for stale connections between tasks would close
    that connection (a connection inside a transaction does not look like a fresh one; on
    PostgreSQL it is really closed), so that check is switched off here.
    """
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
