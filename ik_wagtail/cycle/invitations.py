"""The invitation list of a conference: built from the actor directory, tracked, sent, answered.

Status changes always go through ``change_status`` so that every step has a history row (who,
when, via admin or reply link). Sending renders the KI's letter per invitee; the reply link in
it is a signed token naming one delivery, valid until the conference and usable once.
"""

from dataclasses import dataclass
from string import Template

from django.core import signing
from django.db import transaction
from django.dispatch import receiver
from django.urls import reverse
from django.utils import formats, timezone
from django_tasks import task

from ik_wagtail.actors.models import Actor
from ik_wagtail.conferences.enums import InvitationStatus
from ik_wagtail.conferences.models import ConferenceInvitation
from ik_wagtail.derived import INVITATIONS
from ik_wagtail.mail import absolute_url, mail_failed, mail_sent, queue_mail

from .enums import ChangeChannel, DeliveryStatus
from .models import InvitationDelivery, InvitationLetter, InvitationSending, InvitationStatusChange

RSVP_SALT = "ik_cycle.rsvp"
# Reply links stop working this long after sending, and in any case once the conference is over.
RSVP_MAX_AGE = 90 * 24 * 60 * 60
PLACEHOLDERS = [
    "actor",
    "contact_person",
    "conference",
    "lead_theme",
    "date",
    "time",
    "venue",
    "programme_link",
    "reply_link",
]
DEFAULT_SUBJECT = "Einladung: ${conference} am ${date}"
DEFAULT_BODY = """Guten Tag ${contact_person},

das Kommunale Integrationszentrum des Kreises Heinsberg lädt ${actor} herzlich zur
${conference} ein.

Leitthema: ${lead_theme}
Datum: ${date}, ${time}
Ort: ${venue}

Das Programm finden Sie hier: ${programme_link}

Bitte geben Sie uns mit einem Klick Bescheid, ob Sie teilnehmen:
${reply_link}

Mit freundlichen Grüßen
Ihr Kommunales Integrationszentrum
"""


# Building the list ---------------------------------------------------------------------------


def add_actors(conference, actors, user):
    """Invite the actors not yet on the list; returns the new invitations (none twice)."""
    already = set(conference.invitations.values_list("actor_id", flat=True))
    new = [actor for actor in actors if actor.pk not in already]
    with transaction.atomic():
        ConferenceInvitation.objects.bulk_create(
            [ConferenceInvitation(conference=conference, actor=actor) for actor in new]
        )
        invitations = list(
            conference.invitations.filter(actor__in=[actor.pk for actor in new]).select_related(
                "actor"
            )
        )
        InvitationStatusChange.objects.bulk_create(
            InvitationStatusChange(
                invitation=invitation, status=InvitationStatus.INVITED, changed_by=user
            )
            for invitation in invitations
        )
        INVITATIONS.bump()  # bulk writes send no signals
    return invitations


def change_status(invitation, status, user=None, channel=ChangeChannel.ADMIN):
    """Set the invitation's status and record the step; no row if nothing changes."""
    if invitation.status == status:
        return None
    invitation.status = status
    invitation.save(update_fields=["status"])
    return InvitationStatusChange.objects.create(
        invitation=invitation, status=status, changed_by=user, channel=channel
    )


@dataclass
class InviteeFlags:
    no_email: bool
    no_consent: bool

    @property
    def can_be_sent(self):
        return not self.no_email


def flags_for(actor):
    """Why an invitee needs the KI's attention: no address to send to, or no contact consent.

    Without consent the contact data may still be used for the invitation itself (the KI holds
    it for that purpose), but the door list and exports must not show it to others.
    """
    return InviteeFlags(no_email=not actor.email, no_consent=not actor.contact_consent)


def invitation_rows(conference):
    """The list with actor, flags and status history (who, when, how), in a fixed number of
    queries."""
    invitations = list(conference.invitations.select_related("actor").order_by("actor__name", "pk"))
    history = {}
    for change in InvitationStatusChange.objects.filter(
        invitation__conference=conference
    ).select_related("changed_by"):
        history.setdefault(change.invitation_id, []).append(change)
    sent = set(
        InvitationDelivery.objects.filter(
            invitation__conference=conference, status=DeliveryStatus.SENT
        ).values_list("invitation_id", flat=True)
    )
    for invitation in invitations:
        invitation.flags = flags_for(invitation.actor)
        invitation.history = history.get(invitation.pk, [])
        invitation.latest_change = invitation.history[-1] if invitation.history else None
        invitation.was_sent = invitation.pk in sent
    return invitations


# The letter ----------------------------------------------------------------------------------


def letter_for(conference):
    """The conference's letter; a German default until the KI writes its own."""
    letter = InvitationLetter.objects.filter(conference=conference).first()
    return letter or InvitationLetter(
        conference=conference, subject=DEFAULT_SUBJECT, body=DEFAULT_BODY
    )


def letter_problems(text):
    """Placeholders the letter uses that do not exist (the letter form reports them)."""
    try:
        names = Template(text).get_identifiers()
    except ValueError:
        return ["$"]
    return [name for name in names if name not in PLACEHOLDERS]


def letter_values(invitation, reply_link):
    conference = invitation.conference
    actor = invitation.actor
    time = ""
    if conference.starts_at:
        time = conference.starts_at.strftime("%H:%M")
        if conference.ends_at:
            time += "–" + conference.ends_at.strftime("%H:%M")
        time += " Uhr"
    venue = ", ".join(
        part
        for part in [conference.venue_name, conference.venue_address.replace("\n", ", ")]
        if part
    )
    return {
        "actor": actor.name,
        "contact_person": actor.contact_person or actor.name,
        "conference": conference.title,
        "lead_theme": conference.lead_theme,
        "date": formats.date_format(conference.date, "DATE_FORMAT"),
        "time": time,
        "venue": venue,
        "programme_link": absolute_url(reverse("ik_cycle:programme", args=[conference.pk])),
        "reply_link": reply_link,
    }


def render_letter(letter, invitation, reply_link):
    values = letter_values(invitation, reply_link)
    return (
        Template(letter.subject).safe_substitute(values).replace("\n", " "),
        Template(letter.body).safe_substitute(values),
    )


# Sending -------------------------------------------------------------------------------------


def rsvp_token(delivery):
    return signing.dumps({"delivery": delivery.pk}, salt=RSVP_SALT)


def delivery_for_token(token):
    """The delivery a reply token names; raises ``signing.BadSignature`` (or its subclass
    ``SignatureExpired``) for forged or outdated tokens, ``InvitationDelivery.DoesNotExist``
    for a delivery that is gone."""
    data = signing.loads(token, salt=RSVP_SALT, max_age=RSVP_MAX_AGE)
    if not isinstance(data, dict) or not isinstance(data.get("delivery"), int):
        raise signing.BadSignature("malformed reply token")
    return InvitationDelivery.objects.select_related(
        "invitation__conference", "invitation__actor"
    ).get(pk=data["delivery"])


def start_sending(conference, invitations, user):
    """Record a sending for the invitees with an e-mail address and queue the task.

    Returns the sending; invitees without an address are left out here and stay flagged in
    the list. The task runs after the transaction commits (in the request with Wagtail's
    default immediate backend, in a worker with a queueing backend).
    """
    invitations = [invitation for invitation in invitations if invitation.actor.email]
    with transaction.atomic():
        sending = InvitationSending.objects.create(
            conference=conference, started_by=user, total=len(invitations)
        )
        InvitationDelivery.objects.bulk_create(
            InvitationDelivery(
                sending=sending, invitation=invitation, recipient=invitation.actor.email
            )
            for invitation in invitations
        )
        transaction.on_commit(lambda: send_invitations.enqueue(sending.pk))
    return sending


@task()
def send_invitations(sending_id):
    """Send the pending messages of one sending, one e-mail per invitee, recording each."""
    sending = InvitationSending.objects.select_related("conference").get(pk=sending_id)
    letter = letter_for(sending.conference)
    deliveries = sending.deliveries.filter(status=DeliveryStatus.PENDING).select_related(
        "invitation__actor", "invitation__conference"
    )
    for delivery in deliveries:
        reply_link = absolute_url(reverse("ik_cycle:rsvp", args=[rsvp_token(delivery)]))
        subject, body = render_letter(letter, delivery.invitation, reply_link)
        InvitationDelivery.objects.filter(pk=delivery.pk).update(subject=subject[:200])
        # Through the outbox: sent once, retried while the mail server is down; the delivery
        # follows the message's fate (``record_delivery``).
        queue_mail(f"{DELIVERY_CAUSE}{delivery.pk}", delivery.recipient, subject, body)
    sending.finished_at = timezone.now()
    sending.save(update_fields=["finished_at"])


DELIVERY_CAUSE = "invitation:"


@receiver(mail_sent)
def record_delivery(sender, mail, **kwargs):
    if mail.cause.startswith(DELIVERY_CAUSE):
        InvitationDelivery.objects.filter(pk=int(mail.cause[len(DELIVERY_CAUSE) :])).update(
            status=DeliveryStatus.SENT, sent_at=mail.sent_at, error=""
        )


@receiver(mail_failed)
def record_failed_delivery(sender, mail, error, **kwargs):
    """Failed shows at once (the KI sees it in the list); a later retry that works clears it."""
    if mail.cause.startswith(DELIVERY_CAUSE):
        InvitationDelivery.objects.filter(pk=int(mail.cause[len(DELIVERY_CAUSE) :])).update(
            status=DeliveryStatus.FAILED, error=str(error)[:255]
        )


def sending_progress(sending):
    counts = dict.fromkeys(DeliveryStatus.values, 0)
    for status in sending.deliveries.values_list("status", flat=True):
        counts[status] += 1
    return counts


# Replying ------------------------------------------------------------------------------------


class ReplyRefused(Exception):
    """A reply link that may not change anything; ``status`` is the HTTP status to answer."""

    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


REPLY_STATUSES = {"accept": InvitationStatus.ACCEPTED, "decline": InvitationStatus.DECLINED}


def check_reply_allowed(delivery, today=None):
    from django.utils.translation import gettext as _

    today = today or timezone.localdate()
    if delivery.reply_used_at:
        raise ReplyRefused(
            _(
                "This reply link has already been used. If you want to change your reply, "
                "please contact the Kommunales Integrationszentrum."
            ),
            409,
        )
    # "Usable once" holds for the invitation, not per e-mail: after a second sending, the
    # first e-mail's link must not undo the reply given with the second one.
    replied_elsewhere = (
        InvitationDelivery.objects.filter(
            invitation_id=delivery.invitation_id, reply_used_at__isnull=False
        )
        .exclude(pk=delivery.pk)
        .exists()
    )
    if replied_elsewhere:
        raise ReplyRefused(
            _(
                "This invitation has already been answered with the link of another invitation "
                "e-mail. If you want to change your reply, please contact the Kommunales "
                "Integrationszentrum."
            ),
            409,
        )
    invitation = delivery.invitation
    if invitation.conference.date < today or invitation.status == InvitationStatus.ATTENDED:
        raise ReplyRefused(_("This conference is over; replies are no longer possible."), 410)


def apply_reply(delivery_pk, answer):
    """Accept or decline through the link of one delivery, once; locked against double use."""
    with transaction.atomic():
        delivery = (
            InvitationDelivery.objects.select_for_update(of=("self",))
            .select_related("invitation__conference", "invitation__actor")
            .get(pk=delivery_pk)
        )
        check_reply_allowed(delivery)
        change_status(delivery.invitation, REPLY_STATUSES[answer], channel=ChangeChannel.RSVP)
        delivery.reply_used_at = timezone.now()
        delivery.save(update_fields=["reply_used_at"])
    return delivery


def matching_actors(filterset):
    """The directory's actors matching the KI's criteria (a validated filter set)."""
    return Actor.objects.filter(pk__in=filterset.qs.values("pk")).order_by("name")
