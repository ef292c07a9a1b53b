from django.db import models
from django.utils.translation import gettext_lazy as _


class MunicipalityKind(models.TextChoices):
    TOWN = "town", _("Town")
    MUNICIPALITY = "municipality", _("Municipality")
    COUNTY = "county", _("County-wide")
