from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from ik_wagtail.access import IntranetPageMixin
from ik_wagtail.conf import section_parent_page_types

from ..enums import ConferenceScope
from ..exporting import rollup_csv, rollup_docx
from ..rollup import build_rollup, rendered_rollup


class IntegrationskonzeptPage(IntranetPageMixin, RoutablePageMixin, Page):
    """The county's Integrationskonzept contribution: every approved result, by field of action."""

    introduction = RichTextField(_("introduction"), blank=True)
    conference_scope = models.CharField(
        _("conferences covered"),
        max_length=10,
        choices=ConferenceScope.choices,
        default=ConferenceScope.ALL,
    )
    conferences = ParentalManyToManyField(
        "ik_conferences.ConferencePage",
        verbose_name=_("chosen conferences"),
        blank=True,
        related_name="+",
    )
    year_from = models.PositiveSmallIntegerField(_("from year"), null=True, blank=True)
    year_to = models.PositiveSmallIntegerField(_("to year"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("conference_scope", widget=forms.RadioSelect),
                FieldPanel("conferences", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("year_from"), FieldPanel("year_to")]),
            ],
            heading=_("Which conferences"),
        ),
        InlinePanel(
            "field_settings",
            heading=_("Fields of action: order and forewords"),
            label=_("Field of action"),
            help_text=_("Fields not listed here follow in their usual order."),
        ),
    ]

    ik_section_page = True  # the KI manages this subtree (conferences.roles)
    parent_page_types = section_parent_page_types()
    subpage_types = []

    class Meta:
        verbose_name = _("Integrationskonzept contribution")
        verbose_name_plural = _("Integrationskonzept contributions")

    def clean(self):
        super().clean()
        if self.year_from and self.year_to and self.year_from > self.year_to:
            raise ValidationError({"year_to": _("The last year must not lie before the first.")})

    @path("")
    def rollup(self, request):
        return self.render(request, context_overrides={"rollup": rendered_rollup(self, request)})

    @path("export/csv/", name="export_csv")
    def export_csv(self, request):
        return attachment(
            rollup_csv(build_rollup(self, request)),
            "text/csv; charset=utf-8",
            f"{self.slug}.csv",
        )

    @path("export/docx/", name="export_docx")
    def export_docx(self, request):
        return attachment(
            rollup_docx(self, build_rollup(self, request)),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            f"{self.slug}.docx",
        )


def attachment(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class ConceptFieldOfAction(Orderable):
    """Position of a field of action in the contribution, with the editors' optional foreword."""

    page = ParentalKey(
        IntegrationskonzeptPage, on_delete=models.CASCADE, related_name="field_settings"
    )
    field_of_action = models.ForeignKey(
        "ik_taxonomy.FieldOfAction",
        verbose_name=_("field of action"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    foreword = RichTextField(_("foreword"), blank=True)

    panels = [FieldPanel("field_of_action"), FieldPanel("foreword")]

    class Meta(Orderable.Meta):
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")
