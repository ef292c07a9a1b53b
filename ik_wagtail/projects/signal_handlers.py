"""Keep the library's search index and cached facet counts in step with the data."""

from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail.search import index

from ik_wagtail.actors.models import Actor
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup

from .facets import LIBRARY_VERSION
from .models import GoodPracticeCriterion, IntegrationProject

# Projects, and what the facets show of them: term names and the kinds of lead organisations.
COUNTED_MODELS = [
    IntegrationProject,
    FieldOfAction,
    Municipality,
    TargetGroup,
    GoodPracticeCriterion,
    Tag,
    Actor,
]


def refresh_library_facets(sender, **kwargs):
    if not kwargs.get("raw", False):
        LIBRARY_VERSION.renew_now_and_on_commit()


for model in COUNTED_MODELS:
    post_save.connect(refresh_library_facets, sender=model)
    post_delete.connect(refresh_library_facets, sender=model)


def remove_unpublished_from_index(sender, instance, **kwargs):
    """The index holds published projects only; saving one as not live (unpublishing,
    expiring, a new proposal) takes it out, which the search's own handler does not do."""
    if not instance.live and not kwargs.get("raw", False):
        index.remove_object(instance)


post_save.connect(remove_unpublished_from_index, sender=IntegrationProject)
