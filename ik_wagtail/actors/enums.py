from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ActorKind(models.TextChoices):
    COUNTY_ADMINISTRATION = "county_administration", _("County administration")
    MUNICIPAL_ADMINISTRATION = "municipal_administration", _("Town or municipal administration")
    INTEGRATION_CENTRE = "integration_centre", _("Municipal integration centre (KI)")
    JOBCENTRE = "jobcentre", _("Jobcentre")
    EMPLOYMENT_AGENCY = "employment_agency", _("Employment agency")
    IMMIGRATION_OFFICE = "immigration_office", _("Immigration office")
    SOCIAL_WELFARE_OFFICE = "social_welfare_office", _("Social welfare office")
    SCHOOL_AUTHORITY = "school_authority", _("School authority")
    RELIGIOUS_COMMUNITY = "religious_community", _("Religious community")
    WELFARE_ASSOCIATION = "welfare_association", _("Welfare association")
    SPORTS_CLUB = "sports_club", _("Sports club")
    ASSOCIATION = "association", pgettext_lazy("actor kind", "Association")
    MIGRANT_ORGANISATION = "migrant_organisation", _("Migrant organisation")
    INITIATIVE = "initiative", _("Initiative or volunteer group")
    EDUCATION_PROVIDER = "education_provider", _("Education provider")
    COMPANY = "company", _("Company")
    CHAMBER = "chamber", _("Chamber, guild or business association")
    PRIVATE_PERSON = "private_person", _("Private person")
    OTHER = "other", _("Other")


class Engagement(models.TextChoices):
    """Haupt- or Ehrenamt: the motion's point is to bring both together."""

    FULL_TIME = "full_time", _("Full-time (Hauptamt)")
    VOLUNTEER = "volunteer", _("Volunteer (Ehrenamt)")
    BOTH = "both", _("Full-time and volunteer")
