from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ik_wagtail.access import IntranetPageMixin


class HomePage(IntranetPageMixin, Page):
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
        "home.StandardPage",
        "ik_network.NetworkPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("intranet home page")
        verbose_name_plural = _("intranet home pages")


class StandardPage(IntranetPageMixin, Page):
    """A plain content page of the intranet (about the conference, contacts, directions).

    With only a title it is also the benchmark's baseline: the cost of the site's base template
    and page serving, against which every other page is measured (``manage.py ik_bench``).
    """

    introduction = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
