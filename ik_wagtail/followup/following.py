"""Follow and be told: who follows what, and how a change reaches them.

A change (results published, a status approved, a project's status) is announced once with
:func:`announce`, naming the targets it concerns. Each follower of any of them hears of it
once, however many of the targets they follow: at once (an outbox message whose cause is the
change and the person) or in their weekly digest (a :class:`DigestEntry`, unique per change
and person). Every message carries a signed link that ends the follow with one click, and the
``List-Unsubscribe`` headers mail programs show as a button.
"""

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ik_wagtail.mail import absolute_url, queue_mail

from .enums import FollowKind, NoticeFrequency
from .models import DigestEntry, Follow, NoticeSettings

UNSUBSCRIBE_SALT = "ik_followup.unsubscribe"
DIGEST_WEEKDAY = 0  # Monday


def is_following(user, kind, object_id):
    return Follow.objects.filter(user=user, kind=kind, object_id=object_id).exists()


ALL = "*"  # an unsubscribe link that ends every follow (digests span them all)


def set_following(user, kind, object_id, follow):
    if kind == ALL and not follow:
        Follow.objects.filter(user=user).delete()
    elif follow:
        Follow.objects.get_or_create(user=user, kind=kind, object_id=object_id)
    else:
        Follow.objects.filter(user=user, kind=kind, object_id=object_id).delete()


# Unsubscribing ---------------------------------------------------------------------------------


def unsubscribe_token(user, kind, object_id):
    return signing.dumps({"user": user.pk, "kind": kind, "id": object_id}, salt=UNSUBSCRIBE_SALT)


def unsubscribe_url(user, kind, object_id):
    return absolute_url(
        reverse("ik_followup:unsubscribe", args=[unsubscribe_token(user, kind, object_id)])
    )


def follow_for_token(token):
    """``(user, kind, object_id)`` of a valid link; ``signing.BadSignature`` otherwise."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not (
        isinstance(data, dict)
        and isinstance(data.get("user"), int)
        and (data.get("kind") in FollowKind.values or data.get("kind") == ALL)
        and isinstance(data.get("id"), int)
    ):
        raise signing.BadSignature("malformed unsubscribe token")
    user = get_user_model().objects.filter(pk=data["user"]).first()
    if user is None:
        raise signing.BadSignature("unknown user")
    return user, data["kind"], data["id"]


# Announcing ------------------------------------------------------------------------------------


def announce(event, targets, text, link):
    """Tell the followers of ``targets`` (``[(kind, id), …]``) about ``event`` once each.

    Call inside the transaction of the change: immediate messages go out after the commit.
    """
    follows = {}
    for kind, object_id in targets:
        for follow in Follow.objects.filter(kind=kind, object_id=object_id).select_related("user"):
            follows.setdefault(follow.user_id, follow)  # the first target they follow names it
    if not follows:
        return 0
    weekly = set(
        NoticeSettings.objects.filter(
            user_id__in=list(follows), frequency=NoticeFrequency.WEEKLY
        ).values_list("user_id", flat=True)
    )
    DigestEntry.objects.bulk_create(
        [
            DigestEntry(user_id=user_id, event=event[:120], text=text[:500], link=link[:500])
            for user_id in follows
            if user_id in weekly
        ],
        ignore_conflicts=True,
    )
    for user_id, follow in follows.items():
        if user_id in weekly or not follow.user.email or not follow.user.is_active:
            continue
        stop = unsubscribe_url(follow.user, follow.kind, follow.object_id)
        queue_mail(
            f"notice:{event}",
            follow.user.email,
            text,
            "\n".join(
                [
                    text,
                    "",
                    absolute_url(link),
                    "",
                    _("You receive this e-mail because you follow this in the intranet."),
                    _("Stop following with one click: %(link)s") % {"link": stop},
                    _("Choose between single e-mails and a weekly digest: %(link)s")
                    % {"link": absolute_url(reverse("ik_followup:notice_settings"))},
                ]
            ),
            headers={
                "List-Unsubscribe": f"<{stop}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
    return len(follows)


def send_digests(today=None):
    """On the digest weekday, one message per person with everything waiting; returns how
    many. Safe to run more than once a day (the cause names the week)."""
    today = today or timezone.localdate()
    if today.weekday() != DIGEST_WEEKDAY:
        return 0
    week = today.isocalendar()
    sent = 0
    with transaction.atomic():
        waiting = list(
            DigestEntry.objects.filter(sent_at__isnull=True)
            .select_related("user")
            .order_by("user_id", "created_at", "pk")
        )
        by_user = {}
        for entry in waiting:
            by_user.setdefault(entry.user, []).append(entry)
        for user, entries in by_user.items():
            if user.email and user.is_active:
                lines = [f"– {entry.text}\n  {absolute_url(entry.link)}" for entry in entries]
                stop_all = unsubscribe_url(user, ALL, 0)
                queue_mail(
                    f"digest:{user.pk}:{week.year}-W{week.week:02d}",
                    user.email,
                    ngettext(
                        "%(count)s change in what you follow",
                        "%(count)s changes in what you follow",
                        len(entries),
                    )
                    % {"count": len(entries)},
                    "\n".join(
                        [
                            _("What changed this week in what you follow:"),
                            "",
                            *lines,
                            "",
                            _("Stop following everything with one click: %(link)s")
                            % {"link": stop_all},
                            _("Change what you follow and how you are told: %(link)s")
                            % {"link": absolute_url(reverse("ik_followup:notice_settings"))},
                        ]
                    ),
                    headers={
                        "List-Unsubscribe": f"<{stop_all}>",
                        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                    },
                )
                sent += 1
        DigestEntry.objects.filter(pk__in=[entry.pk for entry in waiting]).update(
            sent_at=timezone.now()
        )
    return sent


# What a follow names ---------------------------------------------------------------------------


def targets(kind, ids):
    """``{id: (title, url)}`` of the followable, visible objects of ``kind`` among ``ids``."""
    from ik_wagtail.concept.models import RecommendationTracking
    from ik_wagtail.conferences.models import ForumPage, ResultStatementPage
    from ik_wagtail.projects.models import IntegrationProject
    from ik_wagtail.projects.templatetags.ik_project_tags import project_url
    from ik_wagtail.taxonomy.models import FieldOfAction
    from ik_wagtail.visibility import visible

    ids = list(ids)
    if kind == FollowKind.FORUM:
        return {
            forum.pk: (forum.title, forum.url or "")
            for forum in visible(ForumPage.objects.filter(pk__in=ids)).defer_streamfields()
        }
    if kind == FollowKind.RECOMMENDATION:
        pages = visible(ResultStatementPage.objects.all())
        return {
            tracking.pk: (tracking.title, f"{tracking.page.url or ''}#ergebnis-{tracking.block_id}")
            for tracking in RecommendationTracking.objects.filter(
                pk__in=ids, page__in=pages
            ).select_related("page")
        }
    if kind == FollowKind.PROJECT:
        return {
            project.pk: (project.title, project_url({}, project))
            for project in IntegrationProject.objects.live().filter(pk__in=ids)
        }
    if kind == FollowKind.FIELD_OF_ACTION:
        return {field.pk: (field.name, "") for field in FieldOfAction.objects.filter(pk__in=ids)}
    return {}


def target_exists(kind, object_id):
    return object_id in targets(kind, [object_id])


def describe(kind, object_id):
    if kind == ALL:
        return ""
    title, _url = targets(kind, [object_id]).get(object_id, ("", ""))
    return f"{FollowKind(kind).label}: {title}" if title else ""


def described_follows(user):
    """The user's follows with kind label, title and link; gone or hidden targets left out."""
    by_kind = {}
    for follow in Follow.objects.filter(user=user).order_by("kind", "created_at"):
        by_kind.setdefault(follow.kind, []).append(follow.object_id)
    rows = []
    for kind, ids in by_kind.items():
        found = targets(kind, ids)
        for object_id in ids:
            if object_id in found:
                title, url = found[object_id]
                rows.append(
                    {
                        "kind": kind,
                        "kind_label": FollowKind(kind).label,
                        "object_id": object_id,
                        "title": title,
                        "url": url,
                    }
                )
    return rows
