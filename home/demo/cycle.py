"""Demo of the yearly cycle for the upcoming conference: reply history, letter, registrations.

The invitation list itself (with mixed replies) comes with the conference. Here the replies get
their history, the conference its registration settings, and the demo accounts some forum
registrations. Whatever exists is left alone.
"""

from django.contrib.auth import get_user_model
from django.utils import timezone

from ik_wagtail.conferences.enums import InvitationStatus
from ik_wagtail.conferences.models import ConferencePage, ForumPage
from ik_wagtail.cycle.enums import ChangeChannel, RegistrationStatus
from ik_wagtail.cycle.models import ForumRegistration, InvitationStatusChange, RegistrationSettings

from .texts.conference_2026 import CONFERENCE_2026

# Demo account → forums it registers for (by forum slug); accounts that do not exist (no DEBUG)
# are skipped.
REGISTRATIONS = {
    "akteur": ["forum-2-nachbarschaft", "forum-4-gesundheit"],
    "moderation.sprache": ["forum-5-ehrenamt"],
    "moderation.werte": ["forum-2-nachbarschaft"],
    "moderation.bildung": ["forum-3-wohnen"],
    "moderation.arbeit": ["forum-1-bleibeperspektiven"],
}
ORGANISATIONS = {"akteur": "Integrationsinitiative Beispielstadt"}


def ensure_cycle():
    conference = ConferencePage.objects.filter(year=CONFERENCE_2026["year"]).first()
    if conference is None:
        return "keine Konferenz 2026"
    created = []
    histories = ensure_reply_history(conference)
    if histories:
        created.append(f"{histories} Verläufe von Rückmeldungen")
    _, new_settings = RegistrationSettings.objects.get_or_create(
        conference=conference, defaults={"max_forums_per_person": 2}
    )
    if new_settings:
        created.append("Anmeldeeinstellungen")
    registrations = ensure_registrations(conference)
    if registrations:
        created.append(f"{registrations} Forum-Anmeldungen")
    return f"angelegt: {', '.join(created)}" if created else "vorhanden"


def ensure_reply_history(conference):
    """ "Invited" for every invitation without history, then its reply as given by link."""
    invited_at = timezone.now() - timezone.timedelta(days=30)
    changes = []
    for invitation in conference.invitations.filter(status_changes__isnull=True):
        changes.append(
            InvitationStatusChange(
                invitation=invitation, status=InvitationStatus.INVITED, changed_at=invited_at
            )
        )
        if invitation.status != InvitationStatus.INVITED:
            changes.append(
                InvitationStatusChange(
                    invitation=invitation,
                    status=invitation.status,
                    channel=ChangeChannel.RSVP,
                    changed_at=invited_at + timezone.timedelta(days=3 + invitation.pk % 10),
                )
            )
    InvitationStatusChange.objects.bulk_create(changes)
    return len({change.invitation_id for change in changes})


def ensure_registrations(conference):
    forums = {forum.slug: forum for forum in ForumPage.objects.child_of(conference)}
    users = get_user_model().objects.in_bulk(list(REGISTRATIONS), field_name="username")
    count = 0
    for username, slugs in REGISTRATIONS.items():
        user = users.get(username)
        for slug in slugs:
            forum = forums.get(slug)
            if user is None or forum is None:
                continue
            _, new = ForumRegistration.objects.get_or_create(
                forum=forum,
                user=user,
                status=RegistrationStatus.REGISTERED,
                defaults={"organisation": ORGANISATIONS.get(username, "")},
            )
            count += new
    return count
