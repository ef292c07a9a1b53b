"""Page types of a conference year: index → conference → forum → result statement; referents."""

from .conference import (
    ConferenceDocument,
    ConferenceIndexPage,
    ConferenceInvitation,
    ConferencePage,
)
from .forum import ForumModerator, ForumPage, ForumParticipant, ForumReferent
from .moderation import ForumModerationGroup
from .referent import ReferentIndexPage, ReferentPage, TaggedReferent
from .result import ResultStatementPage

__all__ = [
    "ConferenceDocument",
    "ConferenceIndexPage",
    "ConferenceInvitation",
    "ConferencePage",
    "ForumModerationGroup",
    "ForumModerator",
    "ForumPage",
    "ForumParticipant",
    "ForumReferent",
    "ReferentIndexPage",
    "ReferentPage",
    "ResultStatementPage",
    "TaggedReferent",
]
