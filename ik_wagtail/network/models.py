"""Tables of the network: precomputed links between actors, users' organisations, the page."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from ik_wagtail.access import IntranetPageMixin
from ik_wagtail.conf import section_parent_page_types

from .enums import LinkKind


class ActorLink(models.Model):
    """One reason why two actors know each other: a shared live forum or live project.

    Maintained from publish, unpublish, save and delete signals (``links.py``) so the network
    page and the partner suggestions read rows instead of walking forums and projects per
    request. The pair is stored once, the lower actor id first.
    """

    actor_a = models.ForeignKey("ik_actors.Actor", on_delete=models.CASCADE, related_name="+")
    actor_b = models.ForeignKey("ik_actors.Actor", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=LinkKind.choices)
    forum = models.ForeignKey(
        "ik_conferences.ForumPage", null=True, on_delete=models.CASCADE, related_name="+"
    )
    project = models.ForeignKey(
        "ik_projects.IntegrationProject", null=True, on_delete=models.CASCADE, related_name="+"
    )
    # The conference year of a forum link; the start (or first publication) year of a project.
    year = models.PositiveSmallIntegerField(null=True)

    class Meta:
        verbose_name = _("actor link")
        verbose_name_plural = _("actor links")
        indexes = [
            models.Index(fields=["actor_a", "actor_b"]),
            models.Index(fields=["actor_b"]),
            models.Index(fields=["year"]),
        ]

    def __str__(self):
        return f"{self.actor_a_id}–{self.actor_b_id} ({self.kind})"


class ActorMembership(models.Model):
    """The organisation (actor) an intranet user works for.

    Lets moderators count as their organisation's people in forums and gives a logged-in user
    partner suggestions for their own organisation.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.CASCADE,
        related_name="ik_actor_membership",
    )
    actor = models.ForeignKey(
        "ik_actors.Actor",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )

    panels = [FieldPanel("user"), FieldPanel("actor")]

    class Meta:
        verbose_name = _("organisation of a user")
        verbose_name_plural = _("organisations of users")
        ordering = ["actor__name"]

    def __str__(self):
        return f"{self.user} – {self.actor}"


class NetworkPage(IntranetPageMixin, Page):
    """Netzwerk: who works with whom, as a picture, a table, a sentence and yearly figures."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    ik_section_page = True  # the KI manages this subtree (conferences.roles)
    parent_page_types = section_parent_page_types()
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("network page")
        verbose_name_plural = _("network pages")

    def get_context(self, request, *args, **kwargs):
        from .views import network_context  # views import this module's models

        context = super().get_context(request, *args, **kwargs)
        context.update(network_context(self, request))
        return context
