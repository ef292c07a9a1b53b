"""StreamField blocks of conference programmes and forum results.

Every result block carries its own field of action; left empty it inherits the forum's, so a
forum on work can still record a finding about language. The block id (``block.id``) is the
stable anchor other pages and the implementation tracking point at.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from ik_wagtail.actors.blocks import ActorChooserBlock
from ik_wagtail.projects.blocks import ProjectChooserBlock

from .enums import Priority, TimeHorizon


class FieldOfActionChooserBlock(blocks.ChooserBlock):
    """A select of the fields of action, stored as the term's id (the taxonomy is small)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Field of action"))
        kwargs.setdefault("help_text", _("Leave empty to use the forum's field of action."))
        super().__init__(**kwargs)

    @cached_property
    def target_model(self):
        from ik_wagtail.taxonomy.models import FieldOfAction

        return FieldOfAction

    @cached_property
    def widget(self):
        return forms.Select()

    @cached_property
    def field(self):
        field = super().field
        field.empty_label = _("(the forum's field of action)")
        return field

    def get_form_state(self, value):
        # A plain select, not a chooser modal: its state is what a FieldBlock's select gets.
        return self.widget.format_value(self.field.prepare_value(self.get_prep_value(value)))

    def value_from_form(self, value):
        # The select posts "" for "use the forum's field of action".
        return super().value_from_form(value or None)

    class Meta:
        icon = "tag"


class AgendaItemBlock(blocks.StructBlock):
    starts_at = blocks.TimeBlock(label=_("Start"))
    ends_at = blocks.TimeBlock(label=_("End"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("Description"), required=False)
    forum = blocks.PageChooserBlock(
        label=_("Forum"), page_type="ik_conferences.ForumPage", required=False
    )

    class Meta:
        icon = "time"
        label = _("Agenda item")
        template = "ik_conferences/blocks/agenda_item.html"
        preview_value = {"starts_at": "10:00", "ends_at": "10:30", "title": "Begrüßung"}


class ResultBlock(blocks.StructBlock):
    """Base of all result blocks: they share the optional field of action."""

    field_of_action = FieldOfActionChooserBlock()


class FindingBlock(ResultBlock):
    text = blocks.TextBlock(label=_("Finding"))

    class Meta:
        icon = "doc-full"
        label = _("Finding")
        template = "ik_conferences/blocks/finding.html"
        preview_value = {
            "text": "Ehrenamtliche Sprachpat*innen erreichen Frauen, die keinen Kurs besuchen."
        }


class RecommendationValue(blocks.StructValue):
    """Gives templates the German labels of the stored choice values."""

    def priority_label(self):
        return Priority(self["priority"]).label if self.get("priority") else ""

    def time_horizon_label(self):
        return TimeHorizon(self["time_horizon"]).label if self.get("time_horizon") else ""


class RecommendationBlock(ResultBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("Recommendation"))
    responsible_actors = blocks.ListBlock(
        ActorChooserBlock(), label=_("Proposed responsible actors"), default=[]
    )
    priority = blocks.ChoiceBlock(
        label=_("Priority"), choices=Priority.choices, default=Priority.MEDIUM
    )
    time_horizon = blocks.ChoiceBlock(
        label=_("Time horizon"), choices=TimeHorizon.choices, default=TimeHorizon.MEDIUM
    )

    class Meta:
        icon = "pick"
        label = _("Recommendation / measure")
        value_class = RecommendationValue
        template = "ik_conferences/blocks/recommendation.html"
        preview_value = {
            "title": "Kinderbetreuung während der Sprachkurse",
            "text": "Träger bieten parallel zu Sprachkursen eine Kinderbetreuung an.",
            "priority": Priority.HIGH,
            "time_horizon": TimeHorizon.SHORT,
        }


class OpenQuestionBlock(ResultBlock):
    question = blocks.TextBlock(label=_("Open question"))

    class Meta:
        icon = "help"
        label = _("Open question")
        template = "ik_conferences/blocks/open_question.html"
        preview_value = {"question": "Wer finanziert Fahrtkosten zu Kursen im ländlichen Raum?"}


class GoodPracticeReferenceBlock(ResultBlock):
    """Points at a project of the Gute-Praxis-Börse, or names one that is not in it (yet).

    Either a (published) project is chosen or a title given; the title overrides the chosen
    project's own, the link is for projects outside the library.
    """

    project = ProjectChooserBlock(label=_("Project from the library"), required=False)
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=200,
        required=False,
        help_text=_("Leave empty to use the chosen project's title."),
    )
    text = blocks.TextBlock(label=_("Why it is worth sharing"), required=False)
    link = blocks.URLBlock(label=_("Link"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("project") and not value.get("title"):
            raise StructBlockValidationError(
                block_errors={
                    "title": ValidationError(
                        _("Choose a project from the library or enter a title.")
                    )
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Good-practice reference")
        template = "ik_conferences/blocks/good_practice_reference.html"
        preview_value = {"title": "Sprachcafé Hückelhoven", "text": "Offenes Angebot, montags."}


class QuoteBlock(ResultBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        max_length=200,
        help_text=_("A role, not a name, unless the person agreed (e.g. “volunteer, Erkelenz”)."),
    )

    class Meta:
        icon = "openquote"
        label = _("Voice from the forum")
        template = "ik_conferences/blocks/quote.html"
        preview_value = {"quote": "Endlich wissen wir, wer im Nachbarort dasselbe macht."}


class ResultStreamBlock(blocks.StreamBlock):
    finding = FindingBlock()
    recommendation = RecommendationBlock()
    open_question = OpenQuestionBlock()
    good_practice = GoodPracticeReferenceBlock()
    quote = QuoteBlock()
