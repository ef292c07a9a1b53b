from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("project status", "Planned")
    RUNNING = "running", pgettext_lazy("project status", "Running")
    COMPLETED = "completed", pgettext_lazy("project status", "Completed")


class LibrarySort(models.TextChoices):
    """Orderings of the library's result list; relevance only applies to a text search."""

    RELEVANCE = "relevance", _("Relevance")
    NEWEST = "newest", _("Newest first")
    TITLE = "title", _("Title (A–Z)")


class ImportState(models.TextChoices):
    """Where an admin import stands: previewed, waiting for the worker, running, finished."""

    PREVIEWED = "previewed", _("Previewed, not confirmed")
    QUEUED = "queued", _("Waiting for the worker")
    RUNNING = "running", _("Running")
    DONE = "done", _("Imported")
    FAILED = "failed", _("Not imported")
