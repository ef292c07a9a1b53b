"""The project chooser for StreamField blocks: published projects only, even by a crafted id.

Wagtail's choosers offer draft snippets too; a forum result must never point at a project
intranet users cannot see. Kept free of model imports: block definitions import it while the
app registry is still loading.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.chooser import ChosenMultipleView, ChosenView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.coreutils import resolve_model_string
from wagtail.snippets.views.chooser import (
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)


class LiveProjectChosenView(ChosenView):
    def get_object(self, pk):
        return self.model_class.objects.live().get(pk=pk)


class LiveProjectsChosenView(ChosenMultipleView):
    def get_objects(self, pks):
        return self.model_class.objects.live().filter(pk__in=pks)


class ProjectChooserViewSet(ChooserViewSet):
    model = "ik_projects.IntegrationProject"
    icon = "pick"
    choose_one_text = _("Choose a project")
    choose_another_text = _("Choose another project")
    edit_item_text = _("Edit project")
    chosen_view_class = LiveProjectChosenView
    chosen_multiple_view_class = LiveProjectsChosenView

    def get_object_list(self):
        return resolve_model_string(self.model).objects.live().select_related("lead_actor")


project_chooser_viewset = ProjectChooserViewSet("project_chooser")


class LiveProjectSnippetChosenView(SnippetChosenView):
    def get_object(self, pk):
        return self.model_class.objects.live().get(pk=pk)


class LiveProjectSnippetsChosenView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.model_class.objects.live().filter(pk__in=pks)


class LiveProjectSnippetChooserViewSet(SnippetChooserViewSet):
    """Wagtail's own snippet chooser for projects (used by snippet choosers in forms): the
    same rule, so proposals and drafts are neither listed nor chosen by id."""

    chosen_view_class = LiveProjectSnippetChosenView
    chosen_multiple_view_class = LiveProjectSnippetsChosenView

    def get_object_list(self):
        return resolve_model_string(self.model).objects.live()
