"""The one "Integrationskonferenz" admin menu that every plugin app adds its items to.

Snippet viewsets join it by setting ``menu_hook = IK_MENU_HOOK``; wagtail-modeladmin classes,
which have no such attribute, are registered with ``register_modeladmin_in_ik_menu``.
"""

from wagtail import hooks

IK_MENU_HOOK = "register_ik_menu_item"


def register_modeladmin_in_ik_menu(modeladmin_class):
    """Register a ModelAdmin's views and put its menu item into the IK menu (not the main menu)."""
    modeladmin = modeladmin_class()
    modeladmin.add_to_admin_menu = False
    modeladmin.register_with_wagtail()
    hooks.register(IK_MENU_HOOK, modeladmin.get_menu_item)
    return modeladmin_class
