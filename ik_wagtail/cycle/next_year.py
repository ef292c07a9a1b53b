"""Folgekonferenz vorbereiten: next year's conference as a draft, started from this year's.

Copied: the conference's facts (lead actor, venue, times, lead theme, programme skeleton with
its forum links pointing at the new forums), the forums without results, moderators,
referents or participants (those are decided anew each year), the invitation list with every
status reset to "invited", the invitation letter and the registration settings. Collected into
the new introduction for the editors to start from: the old conference's open questions and
its recommendations not yet implemented. Nothing of the old year is changed.
"""

from django.db import transaction
from django.utils.html import format_html, format_html_join
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.concept.models import ResultBlockRecord
from ik_wagtail.conferences.enums import InvitationStatus
from ik_wagtail.conferences.models import ConferenceInvitation, ConferencePage, ForumPage

from .models import InvitationLetter, InvitationStatusChange, RegistrationSettings

FINISHED_STATUSES = [RecommendationStatus.IMPLEMENTED, RecommendationStatus.REJECTED]
FORUM_FIELDS_NOT_COPIED = ["moderators", "participants", "forum_referents"]
CONFERENCE_FIELDS_NOT_COPIED = ["documents"]


class FollowUpRefused(Exception):
    pass


def next_date(date):
    try:
        return date.replace(year=date.year + 1)
    except ValueError:  # 29 February
        return date.replace(year=date.year + 1, day=28)


def next_title(conference, year):
    old = str(conference.year)
    return (
        conference.title.replace(old, str(year))
        if old in conference.title
        else (f"{conference.title} {year}")
    )


def open_questions(conference):
    return list(
        ResultBlockRecord.objects.filter(conference=conference, kind="open_question").order_by(
            "forum_number", "forum_title", "position"
        )
    )


def unfinished_recommendations(conference):
    """Recommendations of the conference's live results whose tracking is not finished (no
    tracking yet counts as open)."""
    records = (
        ResultBlockRecord.objects.filter(conference=conference, kind="recommendation")
        .exclude(tracking__status__in=FINISHED_STATUSES)
        .select_related("tracking")
        .order_by("forum_number", "forum_title", "position")
    )
    for record in records:
        record.status_label = (
            record.tracking.get_status_display()
            if record.tracking
            else RecommendationStatus.OPEN.label
        )
    return list(records)


def what_became_of_section(conference):
    """Rich-text HTML: "Was wurde aus …?" with the open questions and unfinished
    recommendations of the conference, each with its forum; empty if there are none."""
    questions = open_questions(conference)
    recommendations = unfinished_recommendations(conference)
    if not questions and not recommendations:
        return ""
    parts = [format_html("<h2>{}</h2>", _("What became of …?"))]
    if questions:
        parts.append(
            format_html(
                "<p><b>{}</b></p>", _("Open questions of %(title)s") % {"title": conference.title}
            )
        )
        parts.append(
            format_html(
                "<ul>{}</ul>",
                format_html_join(
                    "", "<li>{} ({})</li>", ((q.text, q.forum_title) for q in questions)
                ),
            )
        )
    if recommendations:
        parts.append(format_html("<p><b>{}</b></p>", _("Recommendations not yet implemented")))
        parts.append(
            format_html(
                "<ul>{}</ul>",
                format_html_join(
                    "",
                    "<li>{} – {} ({})</li>",
                    ((r.title or r.text, r.status_label, r.forum_title) for r in recommendations),
                ),
            )
        )
    return "".join(parts)


def remap_programme(programme, forum_ids):
    """The programme's raw data with forum links moved to the copied forums."""
    items = []
    for item in programme.raw_data:
        value = dict(item["value"])
        if value.get("forum"):
            value["forum"] = forum_ids.get(value["forum"])
        items.append({"type": item["type"], "value": value, "id": item.get("id")})
    return items


def unique_slug(parent, base):
    slug, number = base, 2
    while parent.get_children().filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def prepare_next_conference(conference, user):
    """Create next year's conference as a draft (see the module docstring); returns it."""
    year = conference.year + 1
    if ConferencePage.objects.filter(year=year).exists():
        raise FollowUpRefused(_("There is already a conference for %(year)d.") % {"year": year})
    parent = conference.get_parent()
    title = next_title(conference, year)
    with transaction.atomic():
        new = conference.copy(
            update_attrs={
                "year": year,
                "title": title,
                "draft_title": title,
                "slug": unique_slug(parent, slugify(title) or f"konferenz-{year}"),
                "date": next_date(conference.date),
                "introduction": what_became_of_section(conference),
            },
            exclude_fields=CONFERENCE_FIELDS_NOT_COPIED,
            copy_revisions=False,
            keep_live=False,
            user=user,
        )
        forum_ids = {}
        for forum in ForumPage.objects.child_of(conference).order_by("path"):
            copy = forum.copy(
                to=new,
                exclude_fields=FORUM_FIELDS_NOT_COPIED,
                copy_revisions=False,
                keep_live=False,
                user=user,
            )
            forum_ids[forum.pk] = copy.pk
        new = ConferencePage.objects.get(pk=new.pk)
        new.programme = remap_programme(conference.programme, forum_ids)
        new.save()
        new.save_revision(user=user, log_action=False)
        copy_invitations(conference, new, user)
        copy_settings(conference, new)
    return new


def copy_invitations(old, new, user):
    invitations = ConferenceInvitation.objects.bulk_create(
        ConferenceInvitation(
            conference=new, actor_id=invitation.actor_id, note="", sort_order=invitation.sort_order
        )
        for invitation in old.invitations.order_by("sort_order", "pk")
    )
    InvitationStatusChange.objects.bulk_create(
        InvitationStatusChange(
            invitation=invitation, status=InvitationStatus.INVITED, changed_by=user
        )
        for invitation in new.invitations.all()
    )
    return invitations


def copy_settings(old, new):
    letter = InvitationLetter.objects.filter(conference=old).first()
    if letter:
        InvitationLetter.objects.create(
            conference=new,
            subject=letter.subject.replace(str(old.year), str(new.year)),
            body=letter.body,
        )
    settings = RegistrationSettings.objects.filter(conference=old).first()
    if settings:
        RegistrationSettings.objects.create(
            conference=new,
            is_open=settings.is_open,
            max_forums_per_person=settings.max_forums_per_person,
        )
