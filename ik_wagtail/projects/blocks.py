from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from .views import project_chooser_viewset

BaseProjectChooserBlock = project_chooser_viewset.get_block_class(
    name="BaseProjectChooserBlock", module_path="ik_wagtail.projects.blocks"
)


class ProjectChooserBlock(BaseProjectChooserBlock):
    """Chooses a published project; a draft's id is refused even when posted by hand."""

    @cached_property
    def field(self):
        field = super().field
        field.queryset = field.queryset.filter(live=True)
        field.error_messages["invalid_choice"] = _("Choose a published project.")
        return field
