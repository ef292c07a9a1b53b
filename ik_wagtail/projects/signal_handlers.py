"""Keep the library's search index in step with the data.

Cached searches and facet counts follow ``derived.LIBRARY`` (declared in ``ik_wagtail.derived``).
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.search import index

from ik_wagtail.actors.models import Actor
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup

from .indexing import index_projects
from .models import IntegrationProject


def remove_unpublished_from_index(sender, instance, **kwargs):
    """The index holds published projects only; saving one as not live (unpublishing,
    expiring, a new proposal) takes it out, which the search's own handler does not do."""
    if not instance.live and not kwargs.get("raw", False):
        index.remove_object(instance)


post_save.connect(remove_unpublished_from_index, sender=IntegrationProject)


def projects_naming(sender, instance):
    """The published projects whose search row names ``instance`` (an actor or a term)."""
    if sender is Actor:
        named = Q(lead_actor=instance) | Q(project_partners__actor=instance)
    else:
        named = Q(**{TERM_RELATIONS[sender]: instance})
    return list(
        IntegrationProject.objects.filter(named, live=True).values_list("pk", flat=True).distinct()
    )


def reindex_projects_naming(sender, instance, raw=False, **kwargs):
    """A project's search row holds the names of its organisations and terms: renaming one
    rewrites the rows of the published projects that show it."""
    if not raw:
        index_projects(projects_naming(sender, instance))


def remember_projects_naming(sender, instance, **kwargs):
    """Deleting one changes the projects without their signals (the lead organisation set to
    empty, partnerships and term links deleted): remember whose rows to rewrite."""
    instance._ik_project_ids = projects_naming(sender, instance)


def reindex_remembered_projects(sender, instance, **kwargs):
    index_projects(getattr(instance, "_ik_project_ids", []))


TERM_RELATIONS = {
    Municipality: "municipalities",
    FieldOfAction: "fields_of_action",
    TargetGroup: "target_groups",
}
for model in (Actor, Municipality, FieldOfAction, TargetGroup):
    uid = f"ik_projects_{model._meta.label}"
    post_save.connect(reindex_projects_naming, sender=model, dispatch_uid=uid)
    pre_delete.connect(remember_projects_naming, sender=model, dispatch_uid=uid)
    post_delete.connect(reindex_remembered_projects, sender=model, dispatch_uid=uid)
