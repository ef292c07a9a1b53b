"""The field-of-action select inside result blocks, as the StreamField editor talks to it."""

import pytest

from ik_wagtail.conferences.blocks import FieldOfActionChooserBlock, ResultStreamBlock
from ik_wagtail.taxonomy.models import FieldOfAction

pytestmark = pytest.mark.django_db


def test_field_of_action_select_state_is_a_list_as_the_select_widget_expects():
    block = FieldOfActionChooserBlock()
    sprache = FieldOfAction.objects.get(slug="sprache")

    assert block.get_form_state(None) == [""]
    assert block.get_form_state(sprache) == [str(sprache.pk)]


def test_empty_field_of_action_means_the_forums():
    block = FieldOfActionChooserBlock()

    assert block.value_from_form("") is None
    assert block.clean(None) is None


def test_empty_choice_is_labelled_for_editors():
    choices = list(FieldOfActionChooserBlock().field.choices)

    assert choices[0] == ("", "(Handlungsfeld des Forums)")
    assert len(choices) == FieldOfAction.objects.count() + 1


@pytest.mark.parametrize("block_type", list(ResultStreamBlock.base_blocks))
def test_every_result_block_has_icon_label_template_and_preview(block_type):
    block = ResultStreamBlock.base_blocks[block_type]

    assert block.meta.icon != "placeholder"
    assert block.meta.template.startswith("ik_conferences/blocks/")
    assert block.meta.preview_value
    assert block.child_blocks["field_of_action"].required is False
