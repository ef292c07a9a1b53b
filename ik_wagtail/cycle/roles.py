"""Only the KI group manages invitations, registrations and next year's conference.

One custom permission carries that right, so a host site can grant it to another group too.
"""

from django.contrib.auth.models import Group, Permission

from ik_wagtail.roles import KI_GROUP_NAME

MANAGE_PERMISSION = "ik_cycle.manage_cycle"


def can_manage_cycle(user):
    return user.is_active and user.has_perm(MANAGE_PERMISSION)


def grant_cycle_rights_to_ki():
    ki, _ = Group.objects.get_or_create(name=KI_GROUP_NAME)
    ki.permissions.add(
        *Permission.objects.filter(content_type__app_label="ik_cycle", codename="manage_cycle")
    )
