from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ik_wagtail.access import IntranetPageMixin

from ..blocks import ResultStreamBlock

SEARCH_TITLE_LENGTH = 120


class ResultStatementPage(IntranetPageMixin, Page):
    """Ergebnissicherung: what one forum found and recommends, entered by its moderators."""

    summary = models.TextField(_("summary"), blank=True)
    participant_count = models.PositiveIntegerField(
        _("number of participants"), null=True, blank=True
    )
    results = StreamField(ResultStreamBlock(), verbose_name=_("results"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("participant_count"),
        FieldPanel("results"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("results"),
    ]

    parent_page_types = ["ik_conferences.ForumPage"]
    subpage_types = []

    # The intranet search finds each result on its own and links to its anchor; the page's
    # own row holds title and summary only (``ik_wagtail.textsearch.indexing``).
    ik_search_parts_field = ("results",)

    class Meta:
        verbose_name = _("result statement")
        verbose_name_plural = _("result statements")

    @classmethod
    def can_create_at(cls, parent):
        """A forum has one result statement: it is edited, not added again."""
        return super().can_create_at(parent) and not cls.objects.child_of(parent).exists()

    def clean(self):
        super().clean()
        parent = self.get_parent() if self.pk else None
        if parent and self.__class__.objects.child_of(parent).exclude(pk=self.pk).exists():
            raise ValidationError(_("This forum already has a result statement."))

    def ik_search_parts(self):
        """One search row per result block: its text and its kind (the search shows the
        forum's current title beside it). Called in the site's language (``page_documents``)."""
        parts = []
        for block in self.results:
            label = str(block.block.label)
            texts = [str(text) for text in block.block.get_searchable_content(block.value)]
            title = block.value.get("title") or (texts[0] if texts else "")
            parts.append(
                {
                    "title": Truncator(title).chars(SEARCH_TITLE_LENGTH),
                    "text": "\n".join([label, *texts]),
                    "url_key": block.id,
                    "context": label,
                }
            )
        return parts

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        forum = self.get_parent().specific_deferred
        context["forum"] = forum
        context["conference"] = forum.get_parent().specific_deferred
        # Lazy: parsed and annotated only when the cached part of the page is rendered.
        context["result_blocks"] = SimpleLazyObject(
            lambda: resolved_result_blocks(
                self.results, forum.field_of_action, result_annotations(self)
            )
        )
        return context


# Apps above this one (the roll-up's implementation tracking) add HTML to single result blocks
# through this hook: ``fn(statement) -> {block_id: html}``. The page caches the HTML for every
# reader (``{% ik_pagecache "result-statement" %}``), so the hook gets no request or user.
RESULT_ANNOTATION_HOOK = "register_ik_result_annotation"


def result_annotations(statement):
    annotations = {}
    for annotate in hooks.get_hooks(RESULT_ANNOTATION_HOOK):
        for block_id, html in annotate(statement).items():
            annotations[block_id] = annotations.get(block_id, SafeString()) + html
    return annotations


def resolved_result_blocks(results, forum_field_of_action, annotations):
    """(block, field of action, annotation HTML) per block; the field is the block's own or the
    forum's."""
    return [
        (
            block,
            block.value.get("field_of_action") or forum_field_of_action,
            annotations.get(block.id, ""),
        )
        for block in results
    ]
