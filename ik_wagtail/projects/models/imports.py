from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import ImportState


class PendingProjectImport(models.Model):
    """An admin import: the uploaded file between preview and confirmation, then the job the
    worker runs, then its record (who imported what, when, with what result).

    Kept in the database rather than in a session or a local file, so that the confirmation
    and the worker find it on any server. The file's content is dropped once the job has
    finished; previews never confirmed are purged after a day.
    """

    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    file_name = models.CharField(_("file name"), max_length=255)
    content = models.BinaryField(_("content"))
    state = models.CharField(
        _("state"), max_length=10, choices=ImportState.choices, default=ImportState.PREVIEWED
    )
    overwrite_drafts = models.BooleanField(_("overwrite unpublished drafts"), default=False)
    rows_to_write = models.PositiveIntegerField(_("rows to write"), default=0)
    created_count = models.PositiveIntegerField(_("created"), default=0)
    updated_count = models.PositiveIntegerField(_("updated"), default=0)
    unchanged_count = models.PositiveIntegerField(_("unchanged"), default=0)
    problems = models.TextField(_("problems"), blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("project import")
        verbose_name_plural = _("project imports")

    def __str__(self):
        return self.file_name

    @property
    def is_finished(self):
        return self.state in {ImportState.DONE, ImportState.FAILED}
