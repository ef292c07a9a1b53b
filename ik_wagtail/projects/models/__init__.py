from .criterion import GoodPracticeCriterion
from .imports import PendingProjectImport
from .library import ProjectLibraryPage
from .project import (
    IntegrationProject,
    IntegrationProjectQuerySet,
    ProjectPartner,
    TaggedIntegrationProject,
)

__all__ = [
    "GoodPracticeCriterion",
    "IntegrationProject",
    "IntegrationProjectQuerySet",
    "PendingProjectImport",
    "ProjectLibraryPage",
    "ProjectPartner",
    "TaggedIntegrationProject",
]
