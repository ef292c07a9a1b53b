"""Invitation letters, status history and deliveries; forum registrations and their settings."""

from .invitations import (
    InvitationDelivery,
    InvitationLetter,
    InvitationSending,
    InvitationStatusChange,
)
from .registrations import ForumRegistration, RegistrationSettings

__all__ = [
    "ForumRegistration",
    "InvitationDelivery",
    "InvitationLetter",
    "InvitationSending",
    "InvitationStatusChange",
    "RegistrationSettings",
]
