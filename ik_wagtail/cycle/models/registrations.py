from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import ACTIVE_REGISTRATION_STATUSES, RegistrationStatus


class RegistrationSettings(models.Model):
    """Per conference: whether forum registration is open and for how many forums a person."""

    conference = models.OneToOneField(
        "ik_conferences.ConferencePage",
        verbose_name=_("conference"),
        on_delete=models.CASCADE,
        related_name="registration_settings",
    )
    is_open = models.BooleanField(_("registration open"), default=True)
    max_forums_per_person = models.PositiveSmallIntegerField(
        _("forums per person"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("How many forums one person may register for (the waiting list counts)."),
    )
    remind_participants = models.BooleanField(
        _("remind participants"),
        default=True,
        help_text=_("E-mail registered participants their forum, time and room before the day."),
    )
    participant_reminder_days = models.PositiveSmallIntegerField(
        _("days before the conference"),
        default=3,
        validators=[MinValueValidator(1)],
    )
    remind_moderators = models.BooleanField(
        _("remind moderators"),
        default=True,
        help_text=_("E-mail moderators whose forum has no submitted results after the conference."),
    )
    moderator_reminder_days = models.PositiveSmallIntegerField(
        _("days after the conference"),
        default=7,
        validators=[MinValueValidator(1)],
    )

    class Meta:
        verbose_name = _("registration settings")
        verbose_name_plural = _("registration settings")

    def __str__(self):
        return str(self.conference_id)


class ForumRegistration(models.Model):
    """An intranet user's seat in a forum, or their place on its waiting list.

    Cancelled registrations stay as rows (with the time), so the KI can see who dropped out;
    the waiting list is ordered by ``created_at``.
    """

    forum = models.ForeignKey(
        "ik_conferences.ForumPage",
        verbose_name=_("forum"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="forum_registrations",
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.REGISTERED,
    )
    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    promoted_at = models.DateTimeField(_("moved up"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    class Meta:
        verbose_name = _("forum registration")
        verbose_name_plural = _("forum registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["forum", "user"],
                condition=Q(status__in=ACTIVE_REGISTRATION_STATUSES),
                name="ik_registration_one_active_per_forum",
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.get_status_display()}"

    @property
    def display_name(self):
        return self.user.get_full_name() or self.user.get_username()
