"""Page types of a conference year: index → conference → forum → result statement; referents."""

from .conference import (
    ConferenceDocument,
    ConferenceIndexPage,
    ConferenceInvitation,
    ConferencePage,
)
from .forum import ForumModerator, ForumPage, ForumParticipant, ForumReferent
from .referent import ReferentIndexPage, ReferentPage, TaggedReferent
from .result import ResultStatementPage

__all__ = [
    "ConferenceDocument",
    "ConferenceIndexPage",
    "ConferenceInvitation",
    "ConferencePage",
    "ForumModerator",
    "ForumPage",
    "ForumParticipant",
    "ForumReferent",
    "ReferentIndexPage",
    "ReferentPage",
    "ResultStatementPage",
    "TaggedReferent",
]
