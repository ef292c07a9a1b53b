"""The changes followers hear of: published results, approved status changes, a project's
status. Only what readers may see is announced (live and without view restrictions)."""

from django.db.models import Q
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.signals import page_published

from ik_wagtail.concept.models import RecommendationStatusChange, ResultBlockRecord
from ik_wagtail.conferences.models import ForumPage, ResultStatementPage
from ik_wagtail.projects.models import IntegrationProject
from ik_wagtail.projects.templatetags.ik_project_tags import project_url
from ik_wagtail.visibility import is_visible, visible

from .enums import FollowKind
from .following import announce
from .models import Follow


@receiver(page_published, sender=ResultStatementPage)
def results_published(sender, instance, revision, **kwargs):
    if not is_visible(instance):
        return
    forum = ForumPage.objects.filter(pk=instance.get_parent().pk).first()
    if forum is None:
        return
    targets = [(FollowKind.FORUM, forum.pk)]
    if forum.field_of_action_id:
        targets.append((FollowKind.FIELD_OF_ACTION, forum.field_of_action_id))
    announce(
        f"results:{instance.pk}:{revision.pk if revision else 0}",
        targets,
        _("New results of the forum “%(forum)s”") % {"forum": forum.title},
        instance.url or "",
    )


def announce_status_changes(changes):
    """Tell followers of each recommendation (and its field of action) of its new status.

    A few queries for any number of changes nobody follows (a bulk approval), and a few more
    per change that has followers.
    """
    trackings = {change.tracking_id: change.tracking for change in changes}
    fields = dict(
        ResultBlockRecord.objects.filter(tracking_id__in=list(trackings)).values_list(
            "tracking_id", "field_of_action_id"
        )
    )
    targets_of = {}
    for tracking_id in trackings:
        targets_of[tracking_id] = [(FollowKind.RECOMMENDATION, tracking_id)]
        if fields.get(tracking_id):
            targets_of[tracking_id].append((FollowKind.FIELD_OF_ACTION, fields[tracking_id]))
    followed = set(
        Follow.objects.filter(
            Q(kind=FollowKind.RECOMMENDATION, object_id__in=list(trackings))
            | Q(kind=FollowKind.FIELD_OF_ACTION, object_id__in=set(fields.values()))
        ).values_list("kind", "object_id")
    )
    changes = [c for c in changes if followed.intersection(targets_of[c.tracking_id])]
    shown = set(
        visible(
            ResultStatementPage.objects.filter(
                pk__in={trackings[c.tracking_id].page_id for c in changes}
            )
        ).values_list("pk", flat=True)
    )
    for change in changes:
        tracking = trackings[change.tracking_id]
        if tracking.page_id not in shown:
            continue
        page = tracking.page
        targets = targets_of[tracking.pk]
        status = change.get_status_display()
        if change.progress is not None:
            status += f" ({change.progress} %)"
        announce(
            f"status:{change.pk}",
            targets,
            _("Implementation status of “%(title)s”: %(status)s")
            % {"title": tracking.title, "status": status},
            f"{page.url or ''}#ergebnis-{tracking.block_id}",
        )


@receiver(post_save, sender=RecommendationStatusChange)
def status_changed_by_the_ki(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        announce_status_changes([instance])


@receiver(pre_save, sender=IntegrationProject)
def remember_live_status(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk:
        instance._ik_status_before = (
            IntegrationProject.objects.filter(pk=instance.pk, live=True)
            .values_list("status", flat=True)
            .first()
        )


@receiver(post_save, sender=IntegrationProject)
def project_status_changed(sender, instance, raw=False, update_fields=None, **kwargs):
    before = getattr(instance, "_ik_status_before", None)
    if raw or not instance.live or before is None or before == instance.status:
        return
    if update_fields is not None and "status" not in update_fields:
        return  # a save of other fields: the status in the database is still the old one
    instance._ik_status_before = instance.status
    targets = [(FollowKind.PROJECT, instance.pk)]
    targets += [(FollowKind.FIELD_OF_ACTION, field.pk) for field in instance.fields_of_action.all()]
    announce(
        f"project-status:{instance.pk}:{instance.live_revision_id}:{instance.status}",
        targets,
        _("Project “%(title)s” is now: %(status)s")
        % {"title": instance.title, "status": instance.get_status_display()},
        project_url({}, instance),
    )
