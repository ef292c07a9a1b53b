"""The admin's project import as a job on the task worker.

Why a job: writing and publishing 2,000 projects takes longer than a web server lets a request
live, so the confirmation only queues the job and the KI watches its progress on a page of its
own. The job plans the file again before writing (the data may have changed since the
preview) and then applies the plan in one transaction (``importing.apply_import``): all
projects or none, whatever happens to the worker.

Progress lives in the cache, not in the job's row: the row cannot show it before the import's
transaction commits. With a cache the web processes share (Redis), the KI sees "412 of 2,000";
with each process's own memory, the page says "running" until the end.
"""

import logging

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from .enums import ImportState
from .importing import ImportFileError, apply_import, plan_import
from .models import PendingProjectImport

logger = logging.getLogger(__name__)

PROGRESS_EVERY = 20  # rows between two progress reports
PROGRESS_TIMEOUT = 6 * 60 * 60


def progress_key(job_id):
    return f"ik-project-import-progress:{job_id}"


def queue_import(job):
    """Confirm a previewed import: hand it to the worker once the confirmation commits."""
    job.state = ImportState.QUEUED
    job.save(update_fields=["state"])
    transaction.on_commit(lambda: run_project_import.enqueue(job.pk), robust=True)


@task()
def run_project_import(job_id):
    """Plan and apply one confirmed import; the job's row records how it ended."""
    claimed = PendingProjectImport.objects.filter(pk=job_id, state=ImportState.QUEUED).update(
        state=ImportState.RUNNING, started_at=timezone.now()
    )
    if not claimed:  # run twice, or by two workers: the first one does the work
        return "skipped"
    job = PendingProjectImport.objects.select_related("uploaded_by").get(pk=job_id)
    try:
        plan = plan_import(bytes(job.content), job.file_name, overwrite_drafts=job.overwrite_drafts)
    except ImportFileError as error:
        return finish(job, ImportState.FAILED, problems=str(error))
    if not plan.is_valid:
        lines = [
            _("Line %(line)s: %(problems)s")
            % {"line": error.line, "problems": " ".join(error.messages)}
            for error in plan.errors
        ]
        return finish(job, ImportState.FAILED, problems="\n".join(lines))

    def report(done, total, planned):
        if done % PROGRESS_EVERY == 0 or done == total:
            cache.set(progress_key(job_id), done, PROGRESS_TIMEOUT)

    try:
        apply_import(plan, user=job.uploaded_by, progress=report)
    except Exception:
        logger.exception("Project import %s failed", job_id)
        return finish(
            job,
            ImportState.FAILED,
            problems=_("The import stopped with an unexpected error; nothing was imported."),
        )
    return finish(job, ImportState.DONE, plan=plan)


def finish(job, state, problems="", plan=None):
    counts = {}
    if plan is not None:
        counts = {
            "rows_to_write": len(plan.changed_rows),
            "created_count": plan.created_count,
            "updated_count": plan.updated_count,
            "unchanged_count": plan.unchanged_count,
        }
    PendingProjectImport.objects.filter(pk=job.pk).update(
        state=state, problems=problems, finished_at=timezone.now(), content=b"", **counts
    )
    cache.delete(progress_key(job.pk))
    return state


def rows_done(job):
    """How many of the job's rows are written, as far as this process can know."""
    if job.state == ImportState.DONE:
        return job.rows_to_write
    if job.state == ImportState.RUNNING:
        return cache.get(progress_key(job.pk))
    return 0
