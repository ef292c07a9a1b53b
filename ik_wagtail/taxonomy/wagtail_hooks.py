from wagtail_modeladmin.options import ModelAdmin

from ik_wagtail.admin_menu import register_modeladmin_in_ik_menu

from .models import FieldOfAction, Municipality, TargetGroup


class TaxonomyTermAdmin(ModelAdmin):
    list_display = ("name", "slug", "sort_order")
    search_fields = ("name",)
    ordering = ("sort_order", "name")
    inspect_view_enabled = True


@register_modeladmin_in_ik_menu
class FieldOfActionAdmin(TaxonomyTermAdmin):
    model = FieldOfAction
    menu_icon = "tag"
    menu_order = 800
    list_display = ("name", "slug", "sort_order", "description")


@register_modeladmin_in_ik_menu
class MunicipalityAdmin(TaxonomyTermAdmin):
    model = Municipality
    menu_icon = "site"
    menu_order = 810
    list_display = ("name", "kind", "slug", "sort_order")
    list_filter = ("kind",)


@register_modeladmin_in_ik_menu
class TargetGroupAdmin(TaxonomyTermAdmin):
    model = TargetGroup
    menu_icon = "user"
    menu_order = 820
