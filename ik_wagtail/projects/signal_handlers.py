"""Keep the library's search index in step with the data.

Cached searches and facet counts follow ``derived.LIBRARY`` (declared in ``ik_wagtail.derived``).
"""

from django.db.models import Q
from django.db.models.signals import post_save
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


def reindex_projects_naming(sender, instance, raw=False, **kwargs):
    """A project's search row holds the names of its organisations and terms: renaming one
    rewrites the rows of the published projects that show it."""
    if raw:
        return
    if sender is Actor:
        named = Q(lead_actor=instance) | Q(project_partners__actor=instance)
    else:
        named = Q(**{TERM_RELATIONS[sender]: instance})
    index_projects(
        IntegrationProject.objects.filter(named, live=True).values_list("pk", flat=True).distinct()
    )


TERM_RELATIONS = {
    Municipality: "municipalities",
    FieldOfAction: "fields_of_action",
    TargetGroup: "target_groups",
}
for model in (Actor, Municipality, FieldOfAction, TargetGroup):
    post_save.connect(reindex_projects_naming, sender=model, dispatch_uid=f"ik_projects_{model}")
