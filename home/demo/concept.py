"""The Integrationskonzept contribution page and a plausible follow-up of the 2024 results."""

from django.contrib.auth import get_user_model
from wagtail.models import Site

from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.concept.models import IntegrationskonzeptPage, RecommendationTracking
from ik_wagtail.taxonomy.models import FieldOfAction

from .pages import add_published_page

INTRODUCTION = (
    "<p>Diese Seite bündelt alle vom Kommunalen Integrationszentrum freigegebenen Ergebnisse "
    "der Integrationskonferenzen nach Handlungsfeldern – als Beitrag zur Fortschreibung des "
    "Integrationskonzepts des Kreises Heinsberg. Zu jeder Empfehlung steht, was seitdem aus "
    "ihr geworden ist.</p>"
)
ARBEIT_FOREWORD = (
    "<p>Arbeit ist der Schlüssel zur Teilhabe: Die Foren haben vor allem Wege in Ausbildung "
    "und Beschäftigung beschrieben, die schneller und verlässlicher werden sollen.</p>"
)
# (status, note) for the first recommendations of the 2024 results, in block order.
FOLLOW_UP = [
    (RecommendationStatus.IN_PROGRESS, "Zwei Träger bieten seit Februar Kinderbetreuung an."),
    (RecommendationStatus.IMPLEMENTED, "Seit Schuljahresbeginn fester Bestandteil."),
    (RecommendationStatus.UNDER_REVIEW, "Jobcenter und Agentur prüfen die Finanzierung."),
    (RecommendationStatus.REJECTED, "Durch das Landesprogramm bereits abgedeckt."),
    (RecommendationStatus.IN_PROGRESS, "Pilot in Erkelenz und Hückelhoven gestartet."),
]


def ensure_concept_page():
    home = Site.objects.get(is_default_site=True).root_page
    if IntegrationskonzeptPage.objects.child_of(home).exists():
        return "vorhanden"
    page = IntegrationskonzeptPage(
        title="Beitrag zum Integrationskonzept",
        slug="integrationskonzept",
        introduction=INTRODUCTION,
        show_in_menus=True,
        search_description="Freigegebene Ergebnisse nach Handlungsfeldern, mit Umsetzungsstand.",
    )
    page.field_settings.create(
        field_of_action=FieldOfAction.objects.get(slug="arbeit"), foreword=ARBEIT_FOREWORD
    )
    add_published_page(home, page)
    ki = get_user_model().objects.filter(username="ki").first()
    trackings = RecommendationTracking.objects.filter(records__conference_year=2024).order_by("pk")
    for tracking, (status, note) in zip(trackings, FOLLOW_UP, strict=False):
        tracking.change_status(status, note, ki)
    return "angelegt, Umsetzungsstand für 5 Empfehlungen"
