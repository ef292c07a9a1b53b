from django.db import models
from django.utils.translation import gettext_lazy as _


class ResultBlockRecord(models.Model):
    """One result block of a live result statement, flattened for SQL.

    Maintained from Wagtail's publish, unpublish, move and delete signals (``read_model``), so
    the roll-up, filters and counts query rows instead of parsing StreamFields per request.
    """

    page = models.ForeignKey(
        "ik_conferences.ResultStatementPage", on_delete=models.CASCADE, related_name="block_records"
    )
    block_id = models.CharField(max_length=64)
    position = models.PositiveIntegerField()
    kind = models.CharField(max_length=30)
    field_of_action = models.ForeignKey(
        "ik_taxonomy.FieldOfAction", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    forum = models.ForeignKey(
        "ik_conferences.ForumPage", on_delete=models.CASCADE, related_name="+"
    )
    conference = models.ForeignKey(
        "ik_conferences.ConferencePage", on_delete=models.CASCADE, related_name="+"
    )
    conference_year = models.PositiveSmallIntegerField(db_index=True)
    forum_title = models.CharField(max_length=255)
    forum_number = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(max_length=255, blank=True)
    text = models.TextField(blank=True)
    priority = models.CharField(max_length=20, blank=True)
    time_horizon = models.CharField(max_length=20, blank=True)
    attribution = models.CharField(max_length=255, blank=True)
    link = models.URLField(max_length=500, blank=True)
    project = models.ForeignKey(
        "ik_projects.IntegrationProject", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    responsible_actors = models.ManyToManyField("ik_actors.Actor", related_name="+", blank=True)
    tracking = models.ForeignKey(
        "ik_concept.RecommendationTracking",
        null=True,
        on_delete=models.SET_NULL,
        related_name="records",
    )

    class Meta:
        verbose_name = _("result block record")
        verbose_name_plural = _("result block records")
        constraints = [
            models.UniqueConstraint(fields=["page", "block_id"], name="ik_record_unique_block")
        ]
        indexes = [models.Index(fields=["field_of_action", "kind"])]

    def __str__(self):
        return f"{self.forum_title} ({self.conference_year}): {self.title or self.text[:60]}"
