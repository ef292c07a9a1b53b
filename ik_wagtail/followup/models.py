import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ik_wagtail.concept.enums import RecommendationStatus

from .enums import FollowKind, NoticeFrequency, ReviewState


class StatusRequest(models.Model):
    """One request to an actor's contact to report on one recommendation, by e-mail link.

    The link names this row; it works without an account until it expires or has been used
    once (``used_at``), so a forwarded or old e-mail cannot report twice.
    """

    tracking = models.ForeignKey(
        "ik_concept.RecommendationTracking",
        verbose_name=_("recommendation"),
        on_delete=models.CASCADE,
        related_name="status_requests",
    )
    actor = models.ForeignKey(
        "ik_actors.Actor",
        verbose_name=_("responsible actor"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    recipient = models.EmailField(_("recipient"))
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))
    used_at = models.DateTimeField(_("used"), null=True, blank=True)

    class Meta:
        verbose_name = _("status request")
        verbose_name_plural = _("status requests")

    def __str__(self):
        return f"{self.tracking} → {self.recipient}"


class StatusReport(models.Model):
    """What a responsible actor reports about a recommendation: a proposal for the KI.

    Nothing of it counts (status, progress, history) before the KI approves it; then it
    becomes a dated entry of the recommendation's history (``RecommendationStatusChange``).
    """

    tracking = models.ForeignKey(
        "ik_concept.RecommendationTracking",
        verbose_name=_("recommendation"),
        on_delete=models.CASCADE,
        related_name="status_reports",
    )
    actor = models.ForeignKey(
        "ik_actors.Actor",
        verbose_name=_("reported for"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    request = models.OneToOneField(
        StatusRequest,
        verbose_name=_("by e-mail link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="report",
    )
    status = models.CharField(
        _("implementation status"), max_length=20, choices=RecommendationStatus.choices
    )
    progress = models.PositiveSmallIntegerField(
        _("progress in percent"), validators=[MaxValueValidator(100)]
    )
    done = models.TextField(_("what was done"), max_length=3000)
    next_step = models.TextField(_("next step"), max_length=1000, blank=True)
    # [{"date": "YYYY-MM-DD", "label": "…"}, …], as ``forms.MilestonesField`` cleans them.
    milestones = models.JSONField(_("milestones"), default=list, blank=True)
    indicator = models.CharField(_("indicator value"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    review_state = models.CharField(
        _("review"), max_length=10, choices=ReviewState.choices, default=ReviewState.PENDING
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    review_note = models.TextField(_("note of the review"), blank=True)

    class Meta:
        verbose_name = _("status report")
        verbose_name_plural = _("status reports")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["review_state", "created_at"], name="ik_report_queue")]

    def __str__(self):
        return f"{self.tracking} ({self.get_status_display()}, {self.progress} %)"

    def milestone_list(self):
        """The milestones as (date, label) pairs in date order, for templates and notes."""
        return sorted(
            (datetime.date.fromisoformat(item["date"]), item.get("label", ""))
            for item in self.milestones
        )


class StatusRequestRound(models.Model):
    """A day on which the responsible actors of a conference's recommendations are asked for
    their status (e.g. twice a year); ``ik_send_reminders`` sends the requests on or after it."""

    conference = models.ForeignKey(
        "ik_conferences.ConferencePage",
        verbose_name=_("conference"),
        on_delete=models.CASCADE,
        related_name="status_request_rounds",
    )
    date = models.DateField(_("send on"))
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("status request round")
        verbose_name_plural = _("status request rounds")
        ordering = ["date", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["conference", "date"], name="ik_one_round_per_day")
        ]

    def __str__(self):
        return f"{self.conference} – {self.date:%d.%m.%Y}"


class Follow(models.Model):
    """An intranet user follows a recommendation, forum, project or field of action.

    The target is named by kind and id rather than by a foreign key per kind, so the four
    kinds share one table and one query per notification.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.CASCADE,
        related_name="ik_follows",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=FollowKind.choices)
    object_id = models.PositiveBigIntegerField(_("object"))
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind", "object_id"], name="ik_follow_once")
        ]
        indexes = [models.Index(fields=["kind", "object_id"], name="ik_followers")]

    def __str__(self):
        return f"{self.user} → {self.kind}:{self.object_id}"


class NoticeSettings(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.CASCADE,
        related_name="ik_notice_settings",
    )
    frequency = models.CharField(
        _("e-mails about what I follow"),
        max_length=12,
        choices=NoticeFrequency.choices,
        default=NoticeFrequency.IMMEDIATELY,
    )

    class Meta:
        verbose_name = _("notification settings")
        verbose_name_plural = _("notification settings")

    def __str__(self):
        return str(self.user)


class DigestEntry(models.Model):
    """One change waiting for a follower's weekly digest (once per change and person)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    event = models.CharField(_("change"), max_length=120)
    text = models.CharField(_("text"), max_length=500)
    link = models.CharField(_("link"), max_length=500)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("digest entry")
        verbose_name_plural = _("digest entries")
        constraints = [
            models.UniqueConstraint(fields=["user", "event"], name="ik_digest_entry_once")
        ]

    def __str__(self):
        return self.text


class YearlyReport(models.Model):
    """The *Sachstandsbericht zum Integrationskonzept* for the council, built by the worker.

    ``figures`` keeps the counts per field of action and status, so the next report can show
    what changed since this one; the documents are kept as made (behind the login).

    The Word document is ready first (``state``); the PDF takes several times longer and is
    laid out by a second task (``pdf_state``) from ``pdf_html``, the HTML rendered with the
    same content in the first, so both documents show the same numbers whatever happens in
    between.
    """

    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting for the worker")
        RUNNING = "running", _("Being built")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")
        UNAVAILABLE = "unavailable", _("Not available on this server")

    page = models.ForeignKey(
        "ik_concept.IntegrationskonzeptPage",
        verbose_name=_("Integrationskonzept page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.QUEUED)
    figures = models.JSONField(_("figures"), default=dict, blank=True)
    docx = models.BinaryField(_("Word document"), blank=True, default=b"")
    pdf = models.BinaryField(_("PDF document"), blank=True, default=b"")
    pdf_state = models.CharField(
        _("state of the PDF"), max_length=12, choices=State.choices, default=State.QUEUED
    )
    pdf_html = models.TextField(blank=True, editable=False)
    error = models.TextField(_("error"), blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("status report to the council")
        verbose_name_plural = _("status reports to the council")
        ordering = ["-requested_at", "-pk"]

    def __str__(self):
        return f"{self.page} ({self.requested_at:%d.%m.%Y})"
