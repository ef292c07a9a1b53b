from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from ..enums import RecommendationStatus


class RecommendationTracking(index.Indexed, models.Model):
    """What became of one recommendation: the KI's follow-up, separate from the moderated text.

    Keyed by result page and block id, so editing the status never touches the result page or
    its workflow, and the history survives an unpublish (the read model row goes, this stays).
    """

    page = models.ForeignKey(
        "ik_conferences.ResultStatementPage",
        verbose_name=_("result statement"),
        on_delete=models.CASCADE,
        related_name="recommendation_trackings",
    )
    block_id = models.CharField(_("block id"), max_length=64)
    title = models.CharField(
        _("recommendation"),
        max_length=255,
        help_text=_("Copied from the approved result; changes there update it."),
    )
    status = models.CharField(
        _("implementation status"),
        max_length=20,
        choices=RecommendationStatus.choices,
        default=RecommendationStatus.OPEN,
    )
    responsible_actors = models.ManyToManyField(
        "ik_actors.Actor",
        verbose_name=_("responsible actors"),
        blank=True,
        related_name="tracked_recommendations",
    )
    progress = models.PositiveSmallIntegerField(
        _("progress in percent"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("From the latest approved status report."),
    )
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("implementation status")
        verbose_name_plural = _("implementation status")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(fields=["page", "block_id"], name="ik_tracking_unique_block")
        ]

    def __str__(self):
        return self.title

    def change_status(self, status, note, user):
        """Set the status and record who changed it, when and why."""
        self.status = status
        self.updated_at = timezone.now()
        self.save(update_fields=["status", "updated_at"])
        return self.changes.create(status=status, note=note, changed_by=user)


class RecommendationStatusChange(models.Model):
    tracking = models.ForeignKey(
        RecommendationTracking, on_delete=models.CASCADE, related_name="changes"
    )
    status = models.CharField(
        _("implementation status"), max_length=20, choices=RecommendationStatus.choices
    )
    note = models.TextField(_("note"), blank=True)
    progress = models.PositiveSmallIntegerField(
        _("progress in percent"), null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.get_status_display()} ({self.changed_at:%d.%m.%Y})"
