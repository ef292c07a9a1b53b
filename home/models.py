from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """Landing page of the intranet: a welcome text and the way into the conference content."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Short welcome shown at the top of the page."),
    )
    body = RichTextField(_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "ik_conferences.ConferenceIndexPage",
        "ik_conferences.ReferentIndexPage",
        "ik_actors.ActorDirectoryPage",
        "ik_projects.ProjectLibraryPage",
        "ik_concept.IntegrationskonzeptPage",
        "ik_network.NetworkPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("intranet home page")
        verbose_name_plural = _("intranet home pages")
