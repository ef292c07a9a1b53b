"""Invitation letters, status history and deliveries; forum registrations and their settings."""

from .calendar_feeds import CalendarFeed
from .invitations import (
    InvitationDelivery,
    InvitationLetter,
    InvitationSending,
    InvitationStatusChange,
)
from .registrations import ForumRegistration, RegistrationSettings

__all__ = [
    "CalendarFeed",
    "ForumRegistration",
    "InvitationDelivery",
    "InvitationLetter",
    "InvitationSending",
    "InvitationStatusChange",
    "RegistrationSettings",
]
