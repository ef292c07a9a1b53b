from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.chooser import ChooserViewSet


class ActorChooserViewSet(ChooserViewSet):
    """Lets pages and StreamField blocks pick actors, with search and quick creation."""

    model = "ik_actors.Actor"
    icon = "group"
    choose_one_text = _("Choose an actor")
    choose_another_text = _("Choose another actor")
    edit_item_text = _("Edit actor")
    form_fields = ["name", "kind", "engagement"]


actor_chooser_viewset = ActorChooserViewSet("actor_chooser")
