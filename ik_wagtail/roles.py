"""The plugin's roles, as Wagtail groups (names are what the KI sees in the admin).

Issue-level rules: the KI group manages everything in the IK part of the tree and approves
results and project proposals; forum moderators edit only their own forums' results and never
publish; intranet users (actors) read what is published and propose projects.
"""

KI_GROUP_NAME = "Integrationszentrum (KI)"
MODERATION_GROUP_NAME = "Forum-Moderation"
ACTORS_GROUP_NAME = "Akteure"


def ki_recipients():
    """Active members of the KI group with an e-mail address: who is told of things to review."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=KI_GROUP_NAME)
        .exclude(email="")
        .distinct()
    )
