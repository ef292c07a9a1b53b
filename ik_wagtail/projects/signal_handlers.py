"""Keep the library's search index in step with the data.

Cached searches and facet counts follow ``derived.LIBRARY`` (declared in ``ik_wagtail.derived``).
"""

from django.db.models.signals import post_save
from wagtail.search import index

from .models import IntegrationProject


def remove_unpublished_from_index(sender, instance, **kwargs):
    """The index holds published projects only; saving one as not live (unpublishing,
    expiring, a new proposal) takes it out, which the search's own handler does not do."""
    if not instance.live and not kwargs.get("raw", False):
        index.remove_object(instance)


post_save.connect(remove_unpublished_from_index, sender=IntegrationProject)
