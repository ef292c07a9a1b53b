from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class MunicipalityKind(models.TextChoices):
    TOWN = "town", _("Town")
    MUNICIPALITY = "municipality", pgettext_lazy("municipality kind", "Municipality")
    COUNTY = "county", _("County-wide")
