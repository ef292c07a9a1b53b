"""The plugin's roles, as Wagtail groups (names are what the KI sees in the admin).

Issue-level rules: the KI group manages everything in the IK part of the tree and approves
results and project proposals; forum moderators edit only their own forums' results and never
publish; intranet users (actors) read what is published and propose projects.
"""

KI_GROUP_NAME = "Integrationszentrum (KI)"
MODERATION_GROUP_NAME = "Forum-Moderation"
ACTORS_GROUP_NAME = "Akteure"
