"""The Integrationskonzept contribution: read model of live results, tracking, roll-up page."""

from .page import ConceptFieldOfAction, IntegrationskonzeptPage
from .read_model import ResultBlockRecord
from .tracking import RecommendationStatusChange, RecommendationTracking

__all__ = [
    "ConceptFieldOfAction",
    "IntegrationskonzeptPage",
    "RecommendationStatusChange",
    "RecommendationTracking",
    "ResultBlockRecord",
]
