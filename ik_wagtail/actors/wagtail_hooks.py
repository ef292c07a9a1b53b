from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.options import ModelAdmin

from ik_wagtail.admin_menu import register_modeladmin_in_ik_menu

from .models import Actor
from .views import actor_chooser_viewset


@hooks.register("register_admin_viewset")
def register_actor_chooser():
    return actor_chooser_viewset


@register_modeladmin_in_ik_menu
class ActorAdmin(ModelAdmin):
    model = Actor
    menu_label = _("Actors")
    menu_icon = "group"
    menu_order = 100
    list_display = ("name", "kind", "engagement", "municipality_names", "contact_consent")
    list_filter = ("kind", "engagement", "municipalities", "fields_of_action", "tags")
    search_fields = ("name", "description", "contact_person")
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "kind",
        "engagement",
        "municipalities",
        "fields_of_action",
        "tags",
        "description",
        "website",
        "contact_person",
        "email",
        "phone",
        "contact_consent",
        "created_at",
        "updated_at",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("municipalities")

    def municipality_names(self, actor):
        return ", ".join(municipality.name for municipality in actor.municipalities.all())

    municipality_names.short_description = _("municipalities")
