"""The invitation list and the forums' participant lists as CSV or XLSX.

Every cell passes ``ik_wagtail.exports`` (formula injection, control characters). Contact data
of actors without contact consent is left out: the door list is seen by others.
"""

from django.utils import timezone
from django.utils.translation import gettext as _

from ik_wagtail.exports import csv_response, xlsx_response

from .enums import RegistrationStatus
from .invitations import invitation_rows

FORMATS = {"csv": csv_response, "xlsx": xlsx_response}


def invitation_export(conference, export_format):
    header = [
        _("Actor"),
        _("Kind"),
        _("Contact person"),
        _("E-mail"),
        _("Status"),
        _("Changed"),
        _("Flags"),
    ]
    rows = []
    for invitation in invitation_rows(conference):
        actor = invitation.actor
        flags = []
        if invitation.flags.no_email:
            flags.append(_("no e-mail address"))
        if invitation.flags.no_consent:
            flags.append(_("no contact consent"))
        change = invitation.latest_change
        rows.append(
            [
                actor.name,
                actor.get_kind_display(),
                actor.contact_person if actor.contact_consent else "",
                actor.email if actor.contact_consent else "",
                invitation.get_status_display(),
                local_time(change.changed_at) if change else "",
                ", ".join(flags),
            ]
        )
    return FORMATS[export_format](
        f"einladungen-{conference.year}.{export_format}",
        header,
        rows,
        sheet_title=_("Invitations %(year)s") % {"year": conference.year},
    )


def participant_export(forum, export_format):
    header = [_("Name"), _("Organisation"), _("Status"), _("Registered")]
    registrations = (
        forum.registrations.exclude(status=RegistrationStatus.CANCELLED)
        .select_related("user")
        .order_by("status", "created_at", "pk")
    )
    rows = [
        [
            registration.display_name,
            registration.organisation,
            registration.get_status_display(),
            local_time(registration.created_at),
        ]
        for registration in registrations
    ]
    return FORMATS[export_format](
        f"teilnehmende-{forum.slug}.{export_format}",
        header,
        rows,
        sheet_title=_("Participants %(forum)s") % {"forum": forum.title},
    )


def local_time(moment):
    """The county's wall-clock time without time zone: a real date cell in XLSX (which has no
    time zones), German digits in CSV (``csv_text``)."""
    return timezone.localtime(moment).replace(tzinfo=None, microsecond=0)
