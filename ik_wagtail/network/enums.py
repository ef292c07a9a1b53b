from django.db import models
from django.utils.translation import gettext_lazy as _


class LinkKind(models.TextChoices):
    """How two actors are connected; each kind comes from one source of live data."""

    FORUM = "forum", _("Shared forum")
    PROJECT = "project", _("Shared project")
    PARTNERSHIP = "partnership", _("Partnership (lead organisation and partner)")


class NetworkOrdering(models.TextChoices):
    """Sort keys of the actor table; a leading minus sorts descending."""

    NAME = "name", _("Name")
    LINKS = "links", _("Links")
    PARTNERS = "partners", _("Project partners")
