"""A change committed by one process shows on the next request of another, whatever the cache.

A running server (``manage.py runserver``) and management commands (Wagtail's
``publish_scheduled`` as cron runs it, a shell) share a database of their own, as in
production; the test database cannot serve here, since its changes are never committed. Run
with the local-memory cache of each process (``CACHE_URL`` unset, the default) and with Redis.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

REPO = Path(__file__).resolve().parent.parent
SERVER_START_DEADLINE = 60  # seconds until the server must answer
REDIS_URL = "redis://127.0.0.1:6379/13"

SETUP = """
import json
from datetime import timedelta
from django.test import Client
from django.utils import timezone
from wagtail.models import Site
from tests.factories import UserFactory
from tests.ik_wagtail.derived_world import build_county, page_urls

home = Site.objects.get(is_default_site=True).root_page.specific
county = build_county(home)
statement = county["statement"]
statement.expire_at = timezone.now() - timedelta(minutes=1)  # due for cron's publish_scheduled
statement.save(update_fields=["expire_at"])
client = Client()
client.force_login(UserFactory(username="leserin"))
print(json.dumps({"urls": page_urls(county), "session": client.cookies["sessionid"].value}))
"""

RENAME_ACTOR = """
from ik_wagtail.actors.models import Actor
actor = Actor.objects.get(name="Jobcenter Kreis Heinsberg")
actor.name = "Jobcenter Heinsberg (umbenannt)"
actor.save()
"""


def manage(env, *arguments):
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    """A migrated database to copy for each test: (how to make a copy, environment); the
    PostgreSQL databases are dropped at the end."""
    folder = tmp_path_factory.mktemp("two-processes")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "CACHE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(DJANGO_SETTINGS_MODULE="ik_wagtail.settings.dev", IK_DATA_DIR=str(folder))
    if connection.vendor == "postgresql":
        template = "ik_two_processes_template"
        server = "postgres://postgres@127.0.0.1:5432"
        created = [template]
        recreate_postgres_database(template)
        manage({**env, "DATABASE_URL": f"{server}/{template}"}, "migrate", "-v0")

        def copy(name):
            recreate_postgres_database(name, template=template)
            created.append(name)
            return f"{server}/{name}"

        yield copy, env
        for name in created:
            drop_postgres_database(name)
    else:
        template = folder / "template.sqlite3"
        manage({**env, "DATABASE_URL": f"sqlite:///{template}"}, "migrate", "-v0")

        def copy(name):
            target = folder / f"{name}.sqlite3"
            shutil.copy(template, target)
            return f"sqlite:///{target}"

        yield copy, env


def postgres_server():
    import psycopg

    return psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True)


def recreate_postgres_database(name, template=None):
    drop_postgres_database(name)
    with postgres_server() as db:
        db.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))


def drop_postgres_database(name):
    with postgres_server() as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Server:
    def __init__(self, env, port, session):
        self.base = f"http://127.0.0.1:{port}"
        self.session = session
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + SERVER_START_DEADLINE
        while not self.answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"The server did not start: {self.process.stderr.read()}")
            time.sleep(0.2)

    def answers(self):
        try:
            with urllib.request.urlopen(self.base + "/konto/login/", timeout=2):
                return True
        except OSError:  # refused, reset or timed out while the server starts
            return False

    def get(self, url):
        request = urllib.request.Request(
            self.base + url, headers={"Cookie": f"sessionid={self.session}"}
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.process.stderr.close()


@pytest.fixture(params=["local memory", "redis"])
def intranet(request, migrated):
    """A running server on a fresh copy of the migrated database, and the environment that
    management commands share with it."""
    copy, env = migrated
    env = {**env, "DATABASE_URL": copy(f"ik_two_processes_{request.param.replace(' ', '_')}")}
    if request.param == "redis":
        import redis

        redis.Redis.from_url(REDIS_URL).flushdb()
        env["CACHE_URL"] = REDIS_URL
    county = json.loads(manage(env, "shell", "-c", SETUP).strip().splitlines()[-1])
    server = Server(env, free_port(), county["session"])
    yield server, env, county["urls"]
    server.stop()


def test_scheduled_unpublishing_by_cron_shows_on_the_servers_next_request(intranet):
    """The result statement is due to expire: cron's ``publish_scheduled`` unpublishes it."""
    server, env, urls = intranet
    # The forum page links the result; the roll-up and the actor page show its blocks.
    shown = {
        "forum": urls["result statement"],
        "roll-up": "Sprachkurse mit Kinderbetreuung",
        "actor jobcenter": "Sprachkurse mit Kinderbetreuung",
    }
    before = {name: server.get(urls[name]) for name in shown}

    manage(env, "publish_scheduled")

    after = {name: server.get(urls[name]) for name in shown}
    assert {
        name: (status, shown[name] in text) for name, (status, text) in before.items()
    } == dict.fromkeys(shown, (200, True))
    assert {
        name: (status, shown[name] in text) for name, (status, text) in after.items()
    } == dict.fromkeys(shown, (200, False))


def test_a_rename_in_a_shell_shows_on_the_servers_next_request(intranet):
    server, env, urls = intranet
    pages = ["conference", "roll-up", "network", "directory", "forum arbeit"]
    for name in pages:
        server.get(urls[name])

    manage(env, "shell", "-c", RENAME_ACTOR)

    shown = {name: "Jobcenter Heinsberg (umbenannt)" in server.get(urls[name])[1] for name in pages}
    assert shown == dict.fromkeys(pages, True)


QUEUE_A_MAIL = """
from django.db import transaction
from ik_wagtail.mail import queue_mail
with transaction.atomic():
    queue_mail("seat:1", "lea@example.org", "Ein Platz ist frei", "Sie sind nachgerückt.")
"""


def test_the_documented_worker_command_sends_queued_mail_once(migrated, tmp_path):
    """A request (here: a shell) only queues; ``manage.py db_worker`` in its own process sends,
    and a second run of the worker sends nothing again."""
    copy, env = migrated
    outbox = tmp_path / "mail"
    env = {
        **env,
        "DATABASE_URL": copy("ik_two_processes_worker"),
        "TASK_BACKEND": "database",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(outbox),
    }

    manage(env, "shell", "-c", QUEUE_A_MAIL)
    queued_only = list(outbox.glob("*")) if outbox.exists() else []
    manage(env, "db_worker", "--batch", "--no-startup-delay", "--no-reload")
    manage(env, "shell", "-c", QUEUE_A_MAIL)  # the same cause again: nothing new
    manage(env, "db_worker", "--batch", "--no-startup-delay", "--no-reload")

    assert queued_only == []
    [message] = outbox.glob("*")
    assert "To: lea@example.org" in message.read_text()
    assert "Subject: Ein Platz ist frei" in message.read_text()
