"""An admin import of the largest allowed file runs on the real queue and worker: the
confirmation only queues it, the worker writes it, the status page tells the KI."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from ik_wagtail.projects.enums import ImportState
from ik_wagtail.projects.importing import MAX_ROWS
from ik_wagtail.projects.models import IntegrationProject, PendingProjectImport
from tests.factories import ActorFactory
from tests.worker import run_worker

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def largest_file():
    lines = ["Titel;Kurzbeschreibung;Träger;Kommunen;Handlungsfelder"]
    lines += [
        f"Projekt {number:04d};Kurzbeschreibung {number};Initiative Miteinander;Wegberg;Sprache"
        for number in range(MAX_ROWS)
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.mark.slow
@pytest.mark.django_db
@override_settings(TASKS=DATABASE_QUEUE)
def test_an_import_of_the_largest_allowed_file_completes_on_the_worker(
    admin_client_logged_in, django_capture_on_commit_callbacks, monkeypatch
):
    ActorFactory(name="Initiative Miteinander")
    upload = SimpleUploadedFile("projekte.csv", largest_file(), content_type="text/csv")
    admin_client_logged_in.post(reverse("ik_projects_import"), {"file": upload})
    job = PendingProjectImport.objects.get()

    with django_capture_on_commit_callbacks(execute=True):  # the commit queues the job
        confirmed = admin_client_logged_in.post(
            reverse("ik_projects_import_confirm", args=[job.pk])
        )
    waiting = admin_client_logged_in.get(confirmed.url)
    written_by_the_request = IntegrationProject.objects.count()
    run_worker(monkeypatch)
    finished = admin_client_logged_in.get(confirmed.url)

    assert written_by_the_request == 0
    assert "Der Import wartet auf die Hintergrundverarbeitung." in waiting.text
    assert IntegrationProject.objects.live().count() == MAX_ROWS
    assert f"Importiert: {MAX_ROWS} Projekte neu angelegt" in finished.text
    job.refresh_from_db()
    assert job.state == ImportState.DONE
    [job_task] = DBTaskResult.objects.filter(task_path__endswith="run_project_import")
    assert job_task.status == "SUCCESSFUL"
