from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingProjectImport(models.Model):
    """An uploaded import file between the admin's preview and the KI's confirmation.

    Kept in the database rather than in a session or a local file, so that the confirmation
    works on any application server. Deleted once imported; left-overs are purged after a day.
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

    class Meta:
        verbose_name = _("pending project import")
        verbose_name_plural = _("pending project imports")

    def __str__(self):
        return self.file_name
