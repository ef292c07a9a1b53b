"""Set up the plugin's roles and the result workflow; idempotent, run after every ``migrate``.

Groups and workflow are data, but the permissions they need only exist once Django has created
them at the end of ``migrate``; so this runs from ``post_migrate`` (and again from the demo).
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.models import Collection, GroupCollectionPermission, Page, get_page_models

from ik_wagtail.roles import ACTORS_GROUP_NAME, KI_GROUP_NAME, MODERATION_GROUP_NAME

from .models import ForumPage
from .moderation import grant_page_permissions, result_workflow, sync_forum_moderation

# The KI manages these apps' models in full (actors, taxonomies, projects, tracking).
KI_MANAGED_APP_LABELS = ["ik_taxonomy", "ik_actors", "ik_projects", "ik_concept"]
KI_PAGE_PERMISSIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]


def admin_access_permission():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def ensure_groups():
    ki, _ = Group.objects.get_or_create(name=KI_GROUP_NAME)
    media_permissions = Permission.objects.filter(
        Q(content_type__app_label="wagtaildocs") | Q(content_type__app_label="wagtailimages"),
        codename__in=[
            "add_document",
            "change_document",
            "choose_document",
            "add_image",
            "change_image",
            "choose_image",
        ],
    )
    ki.permissions.add(
        admin_access_permission(),
        *Permission.objects.filter(content_type__app_label__in=KI_MANAGED_APP_LABELS),
        *media_permissions,
    )
    grant_collection_permissions(ki, media_permissions)
    moderation, _ = Group.objects.get_or_create(name=MODERATION_GROUP_NAME)
    moderation.permissions.add(admin_access_permission())
    Group.objects.get_or_create(name=ACTORS_GROUP_NAME)
    return ki


def grant_collection_permissions(group, permissions):
    """Wagtail decides documents and images by collection: model permissions alone do not
    open the admin's document and image listings. Granted on the root collection, so on all."""
    root = Collection.get_first_root_node()
    if root is None:
        return
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


def grant_section_to_ki(page):
    """KI rights on one IK section page, and so on its subtree."""
    grant_page_permissions(ensure_groups(), page, KI_PAGE_PERMISSIONS)


def is_section_page_model(model):
    return getattr(model, "ik_section_page", False)


def section_pages():
    """The IK section pages (types marked ``ik_section_page``) whose subtrees the KI manages."""
    section_models = [model for model in get_page_models() if is_section_page_model(model)]
    return Page.objects.type(*section_models).specific() if section_models else []


def ensure_roles():
    ensure_groups()
    result_workflow()
    for page in section_pages():
        grant_section_to_ki(page)
    for forum in ForumPage.objects.all():
        sync_forum_moderation(forum)
